import type { AdsReport } from "@tongshu/shared";
import { TrendChart } from "../../charts/lazy-chart.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney } from "../../lib/format.ts";
import { getAdsReport, reportCsvUrl } from "../../report-api.ts";
import { useResource } from "../../use-resource.ts";
import { getAlertRules } from "./ads-api.ts";
import { dailySpendVsGmv, hasAdData } from "./ads-chart-data.ts";
import { campaignColumns, channelColumns, itemColumns, platformColumns } from "./ads-columns.tsx";
import { AdsEmpty } from "./ads-empty.tsx";
import { AdsKpiGrid } from "./ads-kpis.tsx";
import { formatRoas, type RoasTarget, roasTarget } from "./ads-roas.ts";
import "../../styles/ads.css";

/** 推广: ad spend and what it brought in, per platform, channel, campaign and item. */
export function AdsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useReportFilter();
  const [report, retry, query] = useReport(getAdsReport, filter);
  // The target only marks campaigns; if the rules cannot be read the report still shows.
  const [rules] = useResource(getAlertRules);
  const target = rules.status === "ready" ? roasTarget(rules.data.rules) : null;
  return (
    <PageFrame id="ads" title={t("nav.ads")}>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["ad", "order"]} />
      <AsyncView resource={report} retry={retry}>
        {(data) =>
          hasAdData(data) ? (
            <AdsReportView data={data} query={query} target={target} />
          ) : (
            <AdsEmpty />
          )
        }
      </AsyncView>
    </PageFrame>
  );
}

function AdsReportView({
  data,
  query,
  target,
}: {
  data: AdsReport;
  query: string;
  target: RoasTarget | null;
}) {
  const { t, locale } = useI18n();
  const span = `${data.meta.range.from}-${data.meta.range.to}`;
  return (
    <div className="ads-report" data-testid="ads-report">
      <AdsKpiGrid total={data.total} target={target} />
      <section className="panel ads-trend" aria-labelledby="ads-trend-title">
        <h2 className="section__title" id="ads-trend-title">
          {t("ads.trend.title")}
        </h2>
        <TrendChart
          label={t("ads.trend.title")}
          data={dailySpendVsGmv(data, { spend: t("ads.trend.spend"), gmv: t("ads.trend.gmv") })}
        />
      </section>
      <DataTable
        id="ads-platforms"
        caption={t("ads.platforms.title")}
        columns={platformColumns(t)}
        rows={data.platforms}
        rowKey={(r) => r.platform}
        exportName={`ads-platforms-${span}`}
        initialSort={{ column: "spend", direction: "desc" }}
      />
      <DataTable
        id="ads-channels"
        caption={t("ads.channels.title")}
        columns={channelColumns(t, locale)}
        rows={data.channels}
        rowKey={(r) => `${r.platform}:${r.channel}`}
        exportName={`ads-channels-${span}`}
        initialSort={{ column: "spend", direction: "desc" }}
      />
      <DataTable
        id="ads-campaigns"
        caption={t("ads.campaigns.title")}
        columns={campaignColumns(t, locale, target)}
        rows={data.campaigns}
        rowKey={(r) => `${r.platform}:${r.shopId}:${r.channel}:${r.campaignId}`}
        exportName={`ads-campaigns-${span}`}
      />
      <DataTable
        id="ads-items"
        caption={t("ads.items.title")}
        columns={itemColumns(t)}
        rows={data.items}
        rowKey={(r) => `${r.platform}:${r.shopId}:${r.itemId ?? ""}`}
        exportName={`ads-items-${span}`}
      />
      <div className="ads-notes">
        {data.overlap.shopDays > 0 ? (
          <p className="footnote" data-testid="ads-overlap">
            {t("ads.note.overlap", {
              days: formatCount(data.overlap.shopDays),
              spend: formatMoney(data.overlap.spendFen),
            })}
          </p>
        ) : null}
        {target ? (
          <p className="footnote">
            {t("ads.note.target", {
              target: formatRoas(target.targetRoas),
              minSpend: formatMoney(target.minSpendFen),
            })}
          </p>
        ) : null}
        <p className="footnote">{t("ads.note.attribution")}</p>
        <p className="footnote">
          <a href={reportCsvUrl("ads", query, locale)} download>
            {t("report.serverCsv")}
          </a>
        </p>
      </div>
    </div>
  );
}
