import { useAuth } from "../../auth.tsx";
import { KpiCard } from "../../components/kpi-card.tsx";
import { type ReportFilterState, reportFilterSearch } from "../../filters/report-filter.ts";
import { useReport } from "../../filters/use-report.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getProfitReport } from "../../report-api.ts";
import { Link } from "../../router.tsx";
import "../../styles/profit.css";

// The overview needs the totals only: one product, SKU and order row keeps the response small.
const TOTALS_ONLY = "limit=1&orderPageSize=1";

/** Profit and margin on the overview, for members who may see costs; loads on its own. */
export function ProfitKpi({ filter }: { filter: ReportFilterState }) {
  const { me } = useAuth();
  return me.member.canSeeCosts ? <ProfitKpiCards filter={filter} /> : null;
}

function ProfitKpiCards({ filter }: { filter: ReportFilterState }) {
  const { t } = useI18n();
  const [report, retry] = useReport(getProfitReport, filter, TOTALS_ONLY);
  const search = reportFilterSearch(filter);
  const more = (
    <Link to={`/profit${search ? `?${search}` : ""}`} className="profit-kpi__link">
      {t("profit.overview.link")} →
    </Link>
  );
  if (report.status !== "ready")
    return (
      <div className="kpi-grid profit-kpi" data-testid="overview-profit">
        <div className="kpi-card profit-kpi__pending" aria-busy={report.status === "loading"}>
          <div className="kpi-card__label">{t("profit.metric.profitFen")}</div>
          {report.status === "loading" ? (
            <div className="kpi-card__value muted">…</div>
          ) : (
            <p className="muted">
              {t("profit.overview.failed")}{" "}
              <button type="button" className="button--link" onClick={retry}>
                {t("common.retry")}
              </button>
            </p>
          )}
        </div>
      </div>
    );
  const { compare, coverage } = report.data.total;
  return (
    <div className="kpi-grid profit-kpi" data-testid="overview-profit">
      <KpiCard
        id="profitFen"
        label={t("profit.metric.profitFen")}
        figure={compare.profitFen}
        unit="fen"
        note={
          coverage.uncostedUnits > 0
            ? t("profit.kpi.uncostedNote", { units: coverage.uncostedUnits })
            : undefined
        }
      />
      <KpiCard
        id="marginRate"
        label={t("profit.metric.marginRate")}
        figure={compare.marginRate}
        unit="ratio"
      />
      <div className="profit-kpi__more">{more}</div>
    </div>
  );
}
