import type { TrafficReport } from "@tongshu/shared";
import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getTrafficReport, reportCsvUrl } from "../../report-api.ts";
import { itemColumns, shopColumns } from "./traffic-columns.tsx";
import { hasTrafficData, listDatesShort, shopNames, unknownTotalReason } from "./traffic-data.ts";
import { TrafficEmpty } from "./traffic-empty.tsx";
import { TrafficFunnelPanel } from "./traffic-funnel.tsx";
import { TrafficKpiGrid } from "./traffic-kpis.tsx";
import { TrafficTrend } from "./traffic-trend.tsx";
import "../../styles/traffic.css";

/** 流量: visitors and conversion; distinct counts are never summed across items or days. */
export function TrafficPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useReportFilter();
  const [report, retry, query] = useReport(getTrafficReport, filter);
  return (
    <PageFrame id="traffic" title={t("nav.traffic")}>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["traffic"]} />
      <AsyncView resource={report} retry={retry}>
        {(data) =>
          hasTrafficData(data) ? <TrafficReportView data={data} query={query} /> : <TrafficEmpty />
        }
      </AsyncView>
    </PageFrame>
  );
}

function TrafficReportView({ data, query }: { data: TrafficReport; query: string }) {
  const { t, locale } = useI18n();
  const span = `${data.meta.range.from}-${data.meta.range.to}`;
  const names = shopNames(data.shops);
  const missing = data.total.figures.missingDates;
  return (
    <div className="traffic-report" data-testid="traffic-report">
      <TrafficKpiGrid kpis={data.total.kpis} reason={unknownTotalReason(data)} />
      <div className="traffic-report__charts">
        <TrafficFunnelPanel shops={data.shops} />
        {/* A one-day range has no trend to draw. */}
        {data.meta.range.from < data.meta.range.to ? <TrafficTrend report={data} /> : null}
      </div>
      <DataTable
        id="traffic-shops"
        caption={t("traffic.shops.title")}
        columns={shopColumns(t)}
        rows={data.shops}
        rowKey={(r) => `${r.platform}:${r.shopId}`}
        exportName={`traffic-shops-${span}`}
        initialSort={{ column: "pageViews", direction: "desc" }}
      />
      <DataTable
        id="traffic-items"
        caption={t("traffic.items.title")}
        columns={itemColumns(t, (r) => names.get(`${r.platform}:${r.shopId}`) ?? r.shopId)}
        rows={data.items}
        rowKey={(r) => `${r.platform}:${r.shopId}:${r.itemId}`}
        exportName={`traffic-items-${span}`}
      />
      <div className="traffic-notes">
        <p className="footnote" data-testid="traffic-distinct-note">
          {t("traffic.note.distinct")}
        </p>
        {missing.length > 0 ? (
          <p className="footnote" data-testid="traffic-missing">
            {t("traffic.note.missing", { count: missing.length, dates: listDatesShort(missing) })}
          </p>
        ) : null}
        <p className="footnote">
          <a href={reportCsvUrl("traffic", query, locale)} download>
            {t("report.serverCsv")}
          </a>
        </p>
      </div>
    </div>
  );
}
