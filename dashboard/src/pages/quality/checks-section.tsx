import { QUALITY_TIERS, type QualityReport, type QualityTier } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { CheckPanel } from "./check-panel.tsx";
import { orderedChecks, shopNames } from "./quality-findings.ts";

export const CHECKS_HEADING_ID = "quality-checks-title";

interface ChecksSectionProps {
  report: QualityReport;
  tier: QualityTier | null;
  onTier: (tier: QualityTier | null) => void;
}

/** 检查: a tier filter, then one panel per check in QUALITY_CHECKS order. */
export function ChecksSection({ report, tier, onTier }: ChecksSectionProps) {
  const { t } = useI18n();
  const ctx = { t, names: shopNames(report.freshness) };
  const choices: Array<QualityTier | null> = [null, ...QUALITY_TIERS];
  return (
    <section className="section" aria-labelledby={CHECKS_HEADING_ID}>
      <h2 className="section__title" id={CHECKS_HEADING_ID}>
        {t("quality.checks.title")}
      </h2>
      <fieldset className="quality-tier-filter">
        <legend className="visually-hidden">{t("quality.checks.filter")}</legend>
        {choices.map((choice) => (
          <button
            key={choice ?? "all"}
            type="button"
            className="chip"
            aria-pressed={tier === choice}
            data-tier={choice ?? "all"}
            onClick={() => onTier(choice)}
          >
            {choice === null ? t("quality.checks.all") : t(`quality.tier.${choice}`)}{" "}
            {formatCount(
              choice === null
                ? report.totals.blocking + report.totals.warning + report.totals.info
                : report.totals[choice],
            )}
          </button>
        ))}
      </fieldset>
      {orderedChecks(report.checks).map((result) => (
        <CheckPanel
          key={result.check}
          result={result}
          tier={tier}
          ctx={ctx}
          range={report.meta.range}
        />
      ))}
    </section>
  );
}
