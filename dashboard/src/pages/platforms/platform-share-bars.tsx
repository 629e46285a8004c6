import type { PlatformsReport } from "@tongshu/shared";
import { PLATFORM_COLORS } from "../../charts/series.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatMoney, formatPercent } from "../../lib/format.ts";

/** Each platform's share of GMV as a plain bar (numbers beside it, so no chart is needed). */
export function PlatformShareBars({ platforms }: { platforms: PlatformsReport["platforms"] }) {
  const { t } = useI18n();
  const sorted = [...platforms].sort((a, b) => b.figures.paidFen - a.figures.paidFen);
  return (
    <section className="panel share-bars" aria-labelledby="share-title" data-testid="share-bars">
      <h2 className="section__title" id="share-title">
        {t("platforms.share.title")}
      </h2>
      {sorted.map((p) => (
        <div key={p.platform} className="share-bars__row">
          <span className="share-bars__label">{t(`platform.${p.platform}`)}</span>
          <span className="share-bars__track">
            <span
              className="share-bars__fill"
              style={{
                width: `${Math.round((p.share ?? 0) * 1000) / 10}%`,
                background: PLATFORM_COLORS[p.platform],
              }}
            />
          </span>
          <span className="share-bars__value">
            {formatPercent(p.share, 1)} · {formatMoney(p.figures.paidFen)}
          </span>
        </div>
      ))}
    </section>
  );
}
