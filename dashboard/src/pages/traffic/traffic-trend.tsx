import type { TrafficReport } from "@tongshu/shared";
import { TrendChart } from "../../charts/lazy-chart.tsx";
import { useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import {
  dailyTrafficByShop,
  TREND_METRICS,
  type TrafficTrendMetric,
} from "./traffic-chart-data.ts";

/** Daily visitors or page views, a line per shop; the metric choice is kept in the URL. */
export function TrafficTrend({ report }: { report: TrafficReport }) {
  const { t } = useI18n();
  const [param, setParam] = useSearchParam("trend", "visitors");
  const metric: TrafficTrendMetric = param === "pageViews" ? "pageViews" : "visitors";
  const title = `${t("traffic.trend.title")} · ${t(`traffic.kpi.${metric}`)}`;
  return (
    <section className="panel traffic-trend" aria-labelledby="traffic-trend-title">
      <div className="traffic-trend__head">
        <h2 className="section__title" id="traffic-trend-title">
          {title}
        </h2>
        <fieldset className="filter-bar__group">
          <legend className="visually-hidden">{t("traffic.trend.metric")}</legend>
          {TREND_METRICS.map((m) => (
            <button
              key={m}
              type="button"
              className="chip"
              aria-pressed={metric === m}
              data-trend={m}
              onClick={() => setParam(m)}
            >
              {t(`traffic.kpi.${m}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <TrendChart
        label={title}
        data={dailyTrafficByShop(report, metric, (s) => s.shopName ?? s.shopId)}
      />
      <p className="footnote">{t("traffic.trend.gapNote")}</p>
    </section>
  );
}
