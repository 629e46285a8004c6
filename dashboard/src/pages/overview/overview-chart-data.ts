import { listDates, type OverviewReport, type Platform } from "@tongshu/shared";
import { type ChartData, dailySeries, PLATFORM_COLORS } from "../../charts/series.ts";

/** Daily GMV per platform over the report's range, stacked (the data step; no chart.js). */
export function dailyGmvByPlatform(
  report: OverviewReport,
  platformLabel: (p: Platform) => string,
): ChartData {
  const labels = listDates(report.meta.range);
  return {
    labels,
    unit: "fen",
    stacked: true,
    series: dailySeries(
      labels,
      report.daily,
      (r) => r.platform,
      (r) => r.date,
      (r) => r.paidFen,
      (p) => ({ label: platformLabel(p as Platform), color: PLATFORM_COLORS[p as Platform] }),
    ),
  };
}
