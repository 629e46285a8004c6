import { type AdsReport, listDates } from "@tongshu/shared";
import type { ChartData } from "../../charts/series.ts";

export const SPEND_COLOR = "#e8590c";
export const AD_GMV_COLOR = "#1f5fd6";

/** Daily ad spend against the ad GMV it brought, one line each, over the report's range. */
export function dailySpendVsGmv(
  report: Pick<AdsReport, "meta" | "days">,
  labels: { spend: string; gmv: string },
): ChartData {
  const dates = listDates(report.meta.range);
  const byDate = new Map(report.days.map((d) => [d.date, d.figures]));
  const points = (pick: (f: AdsReport["days"][number]["figures"]) => number) =>
    dates.map((date, x) => {
      const figures = byDate.get(date);
      // A day the API left out is unknown, not zero spend.
      return { x, y: figures ? pick(figures) : null };
    });
  return {
    labels: dates,
    unit: "fen",
    series: [
      { id: "spend", label: labels.spend, color: SPEND_COLOR, points: points((f) => f.spendFen) },
      { id: "gmv", label: labels.gmv, color: AD_GMV_COLOR, points: points((f) => f.attributedFen) },
    ],
  };
}

/** Whether the range holds any ad record (the page shows how to capture some otherwise). */
export function hasAdData(report: Pick<AdsReport, "total" | "campaigns" | "overlap">): boolean {
  const f = report.total.figures;
  return (
    report.campaigns.length > 0 ||
    f.spendFen > 0 ||
    f.impressions > 0 ||
    f.clicks > 0 ||
    report.overlap.shopDays > 0
  );
}
