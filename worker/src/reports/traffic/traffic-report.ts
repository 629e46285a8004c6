import {
  combineSpans,
  compare,
  type DateRange,
  listDates,
  type SpanFigures,
  spanFigures,
  type TrafficKpis,
  type TrafficReport,
  trafficFunnel,
} from "@tongshu/shared";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { shopNames } from "../sales/sales-slices.ts";
import { trafficCsv } from "./traffic-csv.ts";
import { groupTraffic, type TrafficRow, toTrafficRows, trafficStatement } from "./traffic-query.ts";

/** Each figure with 环比 and 同比: blank unless both spans are answered. */
function trafficKpis(c: SpanFigures, p: SpanFigures, y: SpanFigures): TrafficKpis {
  const pick = (f: (x: SpanFigures) => number | null) => compare(f(c), f(p), f(y));
  return {
    visitors: pick((x) => x.visitors),
    pageViews: pick((x) => x.pageViews),
    buyers: pick((x) => x.buyers),
    conversionRate: pick((x) => x.conversionRate),
    cartBuyers: pick((x) => x.cartBuyers),
    paidOrders: pick((x) => x.paidOrders),
    paidFen: pick((x) => x.paidFen),
  };
}

/** Unknown sorts last; larger first. */
const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

async function runTraffic(db: D1Database, filter: ReportFilter): Promise<TrafficReport> {
  const ranges: DateRange[] = [filter.range, filter.previous, filter.lastYear];
  const [results, names] = await Promise.all([
    db.batch([
      ...ranges.map((r) => trafficStatement(db, filter, r, "shop")),
      trafficStatement(db, filter, filter.range, "item"),
    ]),
    shopNames(db, filter.workspaceId),
  ]);
  const grouped = results.map((r) => groupTraffic(toTrafficRows(r as D1Result)));
  const perRange = [0, 1, 2].map((i) => grouped[i] ?? new Map<string, TrafficRow[]>());
  const dates = listDates(filter.range);
  // Shops with traffic now or in the previous period: a shop whose capture stopped shows up.
  const shopKeys = [
    ...new Set([...(perRange[0]?.keys() ?? []), ...(perRange[1]?.keys() ?? [])]),
  ].sort();
  const shops = shopKeys.map((key) => {
    const [platform, shopId] = key.split("|") as [TrafficRow["platform"], string];
    const [c, p, y] = ranges.map((range, i) => spanFigures(perRange[i]?.get(key) ?? [], range)) as [
      SpanFigures,
      SpanFigures,
      SpanFigures,
    ];
    const current = perRange[0]?.get(key) ?? [];
    return {
      platform,
      shopId,
      shopName: names.get(`${platform}|${shopId}`) ?? null,
      figures: c,
      funnel: trafficFunnel(c),
      kpis: trafficKpis(c, p, y),
      days: dates.map((date) => ({
        date,
        figures: spanFigures(current, { from: date, to: date }),
      })),
    };
  });
  const [totalNow, totalBefore, totalLastYear] = ranges.map((range, i) =>
    combineSpans(
      shopKeys.map((key) => spanFigures(perRange[i]?.get(key) ?? [], range)),
      listDates(range),
    ),
  ) as [SpanFigures, SpanFigures, SpanFigures];
  return {
    meta: reportMeta(filter),
    total: { figures: totalNow, kpis: trafficKpis(totalNow, totalBefore, totalLastYear) },
    days: dates.map((date, i) => ({
      date,
      figures: combineSpans(
        shops.map((s) => s.days[i]?.figures as SpanFigures),
        [date],
      ),
    })),
    shops,
    items: [...(grouped[3] ?? new Map<string, TrafficRow[]>()).entries()]
      .map(([, rows]) => {
        const first = rows[0] as TrafficRow;
        return {
          platform: first.platform,
          shopId: first.shopId,
          itemId: first.itemKey,
          title: first.title,
          figures: spanFigures(rows, filter.range),
        };
      })
      .sort(
        (a, b) =>
          desc(a.figures.visitors, b.figures.visitors) ||
          desc(a.figures.pageViews, b.figures.pageViews) ||
          `${a.platform}|${a.shopId}|${a.itemId}`.localeCompare(
            `${b.platform}|${b.shopId}|${b.itemId}`,
          ),
      ),
  };
}

/** 流量: visitors, page views, conversion and add-to-cart by shop, item and day. */
export const trafficReport: ReportDefinition<TrafficReport> = { run: runTraffic, csv: trafficCsv };
