import { getCoverage } from "../../api.ts";
import { TrendChart } from "../../charts/lazy-chart.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { coverageTotals, sortShops } from "../../lib/coverage.ts";
import { formatCount } from "../../lib/format.ts";
import { getOverviewReport, reportCsvUrl } from "../../report-api.ts";
import { useResource } from "../../use-resource.ts";
import { ProfitKpi } from "../profit/profit-kpi.tsx";
import { CoverageTable } from "./coverage-table.tsx";
import { LiveToday } from "./live-today.tsx";
import { NoData } from "./no-data.tsx";
import { dailyGmvByPlatform } from "./overview-chart-data.ts";
import { platformColumns, shopColumns } from "./sales-columns.tsx";
import { SalesKpiGrid } from "./sales-kpis.tsx";

/** 总览: KPI cards with 环比/同比, today live, the daily trend by platform, platform and shop split. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  const [coverage, retry] = useResource(getCoverage);
  const [filter, setFilter] = useReportFilter();
  const [report, retryReport, query] = useReport(getOverviewReport, filter);
  return (
    <PageFrame id="overview" title={t("nav.overview")}>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["order", "traffic"]} />
      <AsyncView resource={report} retry={retryReport}>
        {(data) => (
          <div data-testid="overview-report">
            <SalesKpiGrid kpis={data.kpis} />
            <ProfitKpi filter={filter} />
            <div className="report-grid">
              <section className="panel" aria-labelledby="trend-title">
                <h2 className="section__title" id="trend-title">
                  {t("overview.trend.title")}
                </h2>
                <TrendChart
                  kind="bar"
                  label={t("overview.trend.title")}
                  data={dailyGmvByPlatform(data, (p) => t(`platform.${p}`))}
                />
              </section>
              <LiveToday live={data.live} />
            </div>
            <DataTable
              id="overview-platforms"
              caption={t("overview.platforms.title")}
              columns={platformColumns(t)}
              rows={data.platforms}
              rowKey={(r) => r.platform}
              exportName={`platforms-${data.meta.range.from}-${data.meta.range.to}`}
              initialSort={{ column: "paid", direction: "desc" }}
            />
            <DataTable
              id="overview-shops"
              caption={t("overview.shops.title")}
              columns={shopColumns(t)}
              rows={data.shops}
              rowKey={(r) => `${r.platform}:${r.shopId}`}
              exportName={`shops-${data.meta.range.from}-${data.meta.range.to}`}
              initialSort={{ column: "paid", direction: "desc" }}
            />
            <p className="footnote">
              {t("overview.note")}{" "}
              <a href={reportCsvUrl("overview", query, locale)} download>
                {t("overview.dailyCsv")}
              </a>
            </p>
          </div>
        )}
      </AsyncView>
      <section className="section" aria-labelledby="coverage-title">
        <h2 className="section__title" id="coverage-title">
          {t("coverage.title")}
        </h2>
        <AsyncView resource={coverage} retry={retry}>
          {({ shops }) => {
            if (shops.length === 0) return <NoData />;
            const totals = coverageTotals(shops);
            return (
              <div data-testid="coverage">
                <p className="section__intro">{t("coverage.intro")}</p>
                <p className="summary" data-testid="coverage-summary">
                  {t("coverage.summary", {
                    shops: formatCount(totals.shops),
                    records: formatCount(totals.records),
                  })}
                </p>
                <div className="shop-grid">
                  {sortShops(shops).map((shop) => (
                    <CoverageTable key={`${shop.platform}:${shop.shopId}`} shop={shop} />
                  ))}
                </div>
                <p className="footnote">{t("coverage.gapNote")}</p>
              </div>
            );
          }}
        </AsyncView>
      </section>
    </PageFrame>
  );
}
