import {
  compare,
  type DateRange,
  EMPTY_SALES,
  type Platform,
  type PlatformsReport,
  type SalesFigures,
  type SalesKpis,
  salesFigures,
  shareOf,
} from "@tongshu/shared";
import type { ReportFilter } from "../filter.ts";
import {
  buyersStatement,
  groupKey,
  type SalesGrouping,
  salesStatement,
  toBuyerCounts,
  toSalesRows,
} from "./sales-query.ts";

/** One slice (everything, a platform, a shop, a day) in the range and its two bases. */
export interface SalesSlice {
  platform: Platform;
  shopId: string;
  date: string;
  current: SalesFigures;
  previous: SalesFigures;
  lastYear: SalesFigures;
}

/** The statements for one grouping over the three ranges: sales then buyers, per range. */
function sliceStatements(db: D1Database, filter: ReportFilter, grouping: SalesGrouping) {
  const ranges: DateRange[] = [filter.range, filter.previous, filter.lastYear];
  return ranges.flatMap((range) => [
    salesStatement(db, filter, range, grouping),
    buyersStatement(db, filter, range, grouping),
  ]);
}

/** Reads slices for several groupings in one D1 batch (one round trip). */
export async function readSalesSlices(
  db: D1Database,
  filter: ReportFilter,
  groupings: SalesGrouping[],
): Promise<Map<SalesGrouping, SalesSlice[]>> {
  const results = await db.batch(groupings.flatMap((g) => sliceStatements(db, filter, g)));
  const out = new Map<SalesGrouping, SalesSlice[]>();
  groupings.forEach((grouping, g) => {
    const part = results.slice(g * 6, g * 6 + 6);
    const perRange = [0, 1, 2].map((i) => ({
      rows: toSalesRows(part[i * 2] as D1Result),
      buyers: toBuyerCounts(part[i * 2 + 1] as D1Result),
    }));
    const keys = new Map<string, { platform: Platform; shopId: string; date: string }>();
    // The slices: groups with sales now or in the previous period (a shop whose sales stopped
    // must show up), days of the current range only, and always the one total row.
    for (const row of perRange[0]?.rows ?? []) keys.set(groupKey(row), row);
    if (!grouping.startsWith("date"))
      for (const row of perRange[1]?.rows ?? [])
        if (!keys.has(groupKey(row))) keys.set(groupKey(row), row);
    if (grouping === "total" && keys.size === 0)
      keys.set("||", { platform: "" as Platform, shopId: "", date: "" });
    out.set(
      grouping,
      [...keys.entries()].map(([key, id]) => {
        const [current, previous, lastYear] = perRange.map((r) => {
          const row = r.rows.find((x) => groupKey(x) === key);
          // Buyers are unknown (not zero) where orders carry no buyer key yet.
          const buyers = r.buyers.get(key) ?? (row && row.orders > 0 ? null : 0);
          return salesFigures(row ?? EMPTY_SALES, buyers);
        }) as [SalesFigures, SalesFigures, SalesFigures];
        return { ...id, current, previous, lastYear };
      }),
    );
  });
  return out;
}

/** The headline figures of a slice, each with 环比 and 同比. */
export function salesKpis(slice: Pick<SalesSlice, "current" | "previous" | "lastYear">): SalesKpis {
  const { current: c, previous: p, lastYear: y } = slice;
  const pick = (f: (x: SalesFigures) => number | null) => compare(f(c), f(p), f(y));
  return {
    paidFen: pick((x) => x.paidFen),
    netSalesFen: pick((x) => x.netSalesFen),
    orders: pick((x) => x.orders),
    units: pick((x) => x.units),
    buyers: pick((x) => x.buyers),
    aovFen: pick((x) => x.aovFen),
    refundFen: pick((x) => x.refundFen),
    refundRate: pick((x) => x.refundRate),
  };
}

/** Shop names of a workspace, by "platform|shopId". */
export async function shopNames(
  db: D1Database,
  workspaceId: string,
): Promise<Map<string, string | null>> {
  const rows = await db
    .prepare("SELECT platform, shop_id, shop_name FROM shops WHERE workspace_id = ?")
    .bind(workspaceId)
    .all<{ platform: string; shop_id: string; shop_name: string | null }>();
  return new Map(rows.results.map((r) => [`${r.platform}|${r.shop_id}`, r.shop_name]));
}

/** The platform and shop splits of a total, each with its share of the total's paid amount. */
export function salesSplits(
  slices: Map<SalesGrouping, SalesSlice[]>,
  names: Map<string, string | null>,
): Pick<PlatformsReport, "platforms" | "shops"> {
  const whole = slices.get("total")?.[0]?.current.paidFen ?? 0;
  return {
    platforms: (slices.get("platform") ?? []).map((s) => ({
      platform: s.platform,
      figures: s.current,
      share: shareOf(s.current.paidFen, whole),
      kpis: salesKpis(s),
    })),
    shops: (slices.get("shop") ?? []).map((s) => ({
      platform: s.platform,
      shopId: s.shopId,
      shopName: names.get(`${s.platform}|${s.shopId}`) ?? null,
      figures: s.current,
      share: shareOf(s.current.paidFen, whole),
      kpis: salesKpis(s),
    })),
  };
}
