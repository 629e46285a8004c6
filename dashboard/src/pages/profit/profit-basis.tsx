import type { ProfitReport } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, formatPercent } from "../../lib/format.ts";
import { Link } from "../../router.tsx";
import { costCoverage } from "./profit-figures.ts";

/** Where product costs and platform rates are entered (the settings page's sections). */
const COSTS_SETTINGS = "/settings#costs";
const FEES_SETTINGS = "/settings#fees";

/** How complete the cost of goods is: the share of net sales with a product cost. */
function CostCoverage({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  const c = costCoverage(report.total.figures, report.total.coverage);
  const share = c.costedShare ?? (c.complete ? 1 : 0);
  return (
    <section
      className={`panel profit-coverage${c.complete ? "" : " profit-coverage--incomplete"}`}
      aria-labelledby="profit-coverage-title"
      data-testid="profit-coverage"
      data-complete={c.complete}
    >
      <h2 className="section__title" id="profit-coverage-title">
        {t("profit.coverage.title")}
      </h2>
      <p className="profit-coverage__share">
        {t("profit.coverage.share", { share: formatPercent(c.costedShare, 1) })}
      </p>
      {/* The sentence above states the share; the bar only repeats it for the eye. */}
      <div className="profit-meter" aria-hidden="true">
        <span className="profit-meter__fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="muted">
        {t("profit.coverage.counts", {
          costed: formatCount(c.costedUnits),
          uncosted: formatCount(c.uncostedUnits),
        })}
      </p>
      {c.complete ? (
        <p>{t("profit.coverage.complete")}</p>
      ) : (
        <p className="notice">
          {t("profit.coverage.incomplete", {
            units: formatCount(c.uncostedUnits),
            revenue: formatMoney(c.uncostedRevenueFen),
          })}{" "}
          <Link to={COSTS_SETTINGS} data-testid="profit-costs-link">
            {t("profit.coverage.fix")}
          </Link>
        </p>
      )}
    </section>
  );
}

/** Fees from settlements vs estimated from rates, and what the figures leave out. */
function FeeBasis({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  const { basis } = report.meta;
  const missing = basis.platformsWithoutSettings.map((p) => t(`platform.${p}`)).join("、");
  return (
    <section className="panel" aria-labelledby="profit-fees-title" data-testid="profit-basis">
      <h2 className="section__title" id="profit-fees-title">
        {t("profit.fees.title")}
      </h2>
      <p className="profit-fees__split">
        {t("profit.fees.split", {
          settled: formatMoney(basis.feesSettledFen),
          estimated: formatMoney(basis.feesEstimatedFen),
        })}
      </p>
      <p className="muted">
        {basis.feesEstimated ? t("profit.fees.estimated") : t("profit.fees.allSettled")}
      </p>
      {missing ? (
        <p className="notice" data-testid="profit-no-settings">
          {t("profit.basis.noSettings", { platforms: missing })}{" "}
          <Link to={FEES_SETTINGS}>{t("profit.basis.settingsLink")}</Link>
        </p>
      ) : null}
      {basis.platformCostsIncluded ? null : (
        <p className="muted">{t("profit.basis.platformCostsLeftOut")}</p>
      )}
      {basis.workspaceCostsIncluded ? null : (
        <p className="muted">{t("profit.basis.workspaceCostsLeftOut")}</p>
      )}
    </section>
  );
}

/** What the profit figures rest on: cost coverage and the source of platform fees. */
export function ProfitBasis({ report }: { report: ProfitReport }) {
  return (
    <div className="profit-basis">
      <CostCoverage report={report} />
      <FeeBasis report={report} />
    </div>
  );
}
