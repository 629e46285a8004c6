import { useEffect, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingClock, isStale } from "./big-screen-data.ts";

/** Re-renders every second: the clock and the stale check live here, not in the whole wall. */
function useNow(stepMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}

interface WallStatusProps {
  /** When the figures on screen were computed (the report's asOf). */
  updatedAt: number | null;
  failed: boolean;
}

/** Beijing clock, "更新于 HH:MM:SS", and a small badge when the figures stopped updating. */
export function WallStatus({ updatedAt, failed }: WallStatusProps) {
  const { t } = useI18n();
  const now = useNow(1000);
  const stale = isStale(updatedAt, now, failed);
  const updated = updatedAt === null ? null : formatBeijingClock(updatedAt);
  return (
    <div className="bs-status">
      <div className="bs-clock">
        <span className="bs-clock__label">{t("bigScreen.clock")}</span>
        <time className="bs-clock__time" data-testid="big-screen-clock">
          {formatBeijingClock(now)}
        </time>
      </div>
      <div className="bs-status__updated" aria-live="polite">
        {updated ? (
          <span data-testid="big-screen-updated">
            {t("bigScreen.updatedAt", { time: updated })}
          </span>
        ) : null}
        {stale && updated ? (
          <span
            className="bs-stale"
            data-testid="big-screen-stale"
            title={t("bigScreen.staleHint", { time: updated })}
          >
            {t("bigScreen.stale")}
          </span>
        ) : null}
      </div>
    </div>
  );
}
