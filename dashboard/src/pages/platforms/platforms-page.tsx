import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getPlatformsReport, reportCsvUrl } from "../../report-api.ts";
import { platformColumns, shopColumns } from "../overview/sales-columns.tsx";
import { SalesKpiGrid } from "../overview/sales-kpis.tsx";
import { PlatformShareBars } from "./platform-share-bars.tsx";

/** 平台对比: every platform and shop side by side, share of the total and growth. */
export function PlatformsPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useReportFilter();
  const [report, retry, query] = useReport(getPlatformsReport, filter);
  return (
    <PageFrame id="platforms" title={t("nav.platforms")}>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["order"]} />
      <AsyncView resource={report} retry={retry}>
        {(data) =>
          data.shops.length === 0 ? (
            <EmptyState variant="no-data" title={t("report.empty.title")}>
              <p>{t("report.empty.body")}</p>
            </EmptyState>
          ) : (
            <div data-testid="platforms-report">
              <SalesKpiGrid kpis={data.total.kpis} />
              <PlatformShareBars platforms={data.platforms} />
              <DataTable
                id="platforms"
                caption={t("overview.platforms.title")}
                columns={platformColumns(t)}
                rows={data.platforms}
                rowKey={(r) => r.platform}
                exportName={`platforms-${data.meta.range.from}-${data.meta.range.to}`}
                initialSort={{ column: "paid", direction: "desc" }}
              />
              <DataTable
                id="platform-shops"
                caption={t("overview.shops.title")}
                columns={shopColumns(t)}
                rows={data.shops}
                rowKey={(r) => `${r.platform}:${r.shopId}`}
                exportName={`shops-${data.meta.range.from}-${data.meta.range.to}`}
                initialSort={{ column: "paid", direction: "desc" }}
              />
              <p className="footnote">
                <a href={reportCsvUrl("platforms", query, locale)} download>
                  {t("report.serverCsv")}
                </a>
              </p>
            </div>
          )
        }
      </AsyncView>
    </PageFrame>
  );
}
