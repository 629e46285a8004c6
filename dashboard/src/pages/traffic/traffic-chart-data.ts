import { listDates, type TrafficReport } from "@tongshu/shared";
import { type ChartData, PLATFORM_COLORS } from "../../charts/series.ts";

export type TrafficTrendMetric = "visitors" | "pageViews";
export const TREND_METRICS: readonly TrafficTrendMetric[] = ["visitors", "pageViews"];

type Shop = TrafficReport["shops"][number];

/** Colours for a second shop of the same platform, distinct from the platform hues. */
const EXTRA_COLORS = ["#7b61ff", "#0fa3b1", "#b8860b", "#8d6e63", "#e91e63", "#546e7a"];

/** Each shop's line colour: its platform's hue for the first shop of a platform, then extras. */
export function shopColors(shops: ReadonlyArray<Pick<Shop, "platform" | "shopId">>): string[] {
  const used = new Set<string>();
  let extra = 0;
  return shops.map((shop) => {
    const own = PLATFORM_COLORS[shop.platform];
    if (!used.has(own)) {
      used.add(own);
      return own;
    }
    const color = EXTRA_COLORS[extra % EXTRA_COLORS.length] ?? own;
    extra += 1;
    return color;
  });
}

/**
 * One line per shop of its daily visitors or page views. Visitors of different shops are not
 * summed (the API never does), and a day without a figure is a gap (null), never 0.
 */
export function dailyTrafficByShop(
  report: Pick<TrafficReport, "meta" | "shops">,
  metric: TrafficTrendMetric,
  labelOf: (shop: Shop) => string,
): ChartData {
  const dates = listDates(report.meta.range);
  const colors = shopColors(report.shops);
  return {
    labels: dates,
    unit: "count",
    series: report.shops.map((shop, i) => {
      const byDate = new Map(shop.days.map((d) => [d.date, d.figures[metric]]));
      return {
        id: `${shop.platform}:${shop.shopId}`,
        label: labelOf(shop),
        color: colors[i] ?? PLATFORM_COLORS[shop.platform],
        points: dates.map((date, x) => ({ x, y: byDate.get(date) ?? null })),
      };
    }),
  };
}
