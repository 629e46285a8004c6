import type { KindFreshness } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { type DayRange, dayCells } from "./quality-days.ts";

/**
 * A row of small cells, one per day of the range: filled with data, hollow where a day is
 * missing; each says its date and state on hover. Nothing for undated kinds or long ranges.
 */
export function DayStrip({
  range,
  today,
  kind,
}: {
  range: DayRange;
  today: string;
  kind: KindFreshness;
}) {
  const { t } = useI18n();
  const cells = dayCells(range, today, kind);
  if (!cells) return null;
  return (
    <div
      className="day-strip"
      role="img"
      data-testid={`day-strip-${kind.kind}`}
      aria-label={t("quality.strip.label", {
        kind: t(`kind.${kind.kind}`),
        with: formatCount(kind.daysWithData ?? 0),
        total: formatCount(kind.daysInRange),
      })}
    >
      {cells.map((cell) => (
        <span
          key={cell.date}
          className={`day-strip__cell day-strip__cell--${cell.state}`}
          data-state={cell.state}
          title={t(`quality.strip.${cell.state}`, { date: cell.date })}
        />
      ))}
    </div>
  );
}

/** What the cells mean, once above the shops. */
export function DayStripLegend() {
  const { t } = useI18n();
  return (
    <p className="day-strip-legend muted">
      {t("quality.legend.label")}
      {(["data", "missing", "before", "future"] as const).map((state) => (
        <span key={state} className="day-strip-legend__item">
          <span className={`day-strip__cell day-strip__cell--${state}`} aria-hidden="true" />
          {t(`quality.legend.${state}`)}
        </span>
      ))}
    </p>
  );
}
