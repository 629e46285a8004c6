import { QUALITY_TIERS, type QualityReport, type QualityTier } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { isPlainLeftClick } from "../../routes.ts";

interface QualityTotalsProps {
  totals: QualityReport["totals"];
  /** The link of a tier's list (same filter, ?tier=…), for new tabs. */
  hrefOf: (tier: QualityTier) => string;
  /** Shows that tier's findings and scrolls to them. */
  onJump: (tier: QualityTier) => void;
}

/** 阻断 / 警告 / 提示: how many findings of each tier, each a jump to its list. */
export function QualityTotals({ totals, hrefOf, onJump }: QualityTotalsProps) {
  const { t } = useI18n();
  const none = QUALITY_TIERS.every((tier) => totals[tier] === 0);
  return (
    <div className="quality-totals-wrap">
      <ul className="quality-totals" aria-label={t("quality.totals.label")}>
        {QUALITY_TIERS.map((tier) => (
          <li key={tier}>
            <a
              className={`quality-total quality-total--${tier}${totals[tier] === 0 ? " is-zero" : ""}`}
              href={hrefOf(tier)}
              data-testid={`quality-total-${tier}`}
              data-value={totals[tier]}
              onClick={(event) => {
                if (!isPlainLeftClick(event)) return;
                event.preventDefault();
                onJump(tier);
              }}
            >
              <span className="quality-total__label">{t(`quality.tier.${tier}`)}</span>
              <span className="quality-total__count">
                {t("quality.totals.count", { count: formatCount(totals[tier]) })}
              </span>
              <span className="quality-total__help">{t(`quality.tierHelp.${tier}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      {none ? (
        <p className="quality-pass" data-testid="quality-all-clear">
          <span aria-hidden="true">✓ </span>
          {t("quality.totals.none")}
        </p>
      ) : null}
    </div>
  );
}
