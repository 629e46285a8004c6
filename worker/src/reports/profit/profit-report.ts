import {
  compare,
  listDates,
  type ProfitFigures,
  type ProfitOptions,
  ProfitOptionsSchema,
  type ProfitReport,
  profitFigures,
  profitWaterfall,
  subtractProfit,
} from "@tongshu/shared";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { shopNames } from "../sales/sales-slices.ts";
import { profitCsv } from "./profit-csv.ts";
import { productRows, skuRows, sumSkus } from "./profit-item-rows.ts";
import { allocateToSkuDays, feesByShopDay } from "./profit-items.ts";
import {
  buildLedger,
  groupLedger,
  type LedgerEntry,
  platformsWithoutSettings,
  type ProfitTally,
  sumLedger,
} from "./profit-ledger.ts";
import { orderStatements, toOrderRows } from "./profit-orders.ts";
import {
  type AdRow,
  adsStatement,
  type CogsRow,
  cogsStatement,
  type OtherCostRow,
  otherCostScope,
  otherCostsStatement,
  type ShopDayRow,
  shopDaysStatement,
  skuDaysStatement,
  type SkuDayRow,
} from "./profit-query.ts";
import { readPlatformRates } from "./profit-rates.ts";

const rowsOf = <T>(result: D1Result | undefined) => (result?.results ?? []) as T[];
const row = (t: ProfitTally) => ({
  figures: profitFigures(t.parts),
  uncostedUnits: t.uncostedUnits,
});
/** Scopes sort by name, the unscoped (platform- or workspace-wide) bookings last. */
const scopeOrder = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

async function runProfit(
  db: D1Database,
  filter: ReportFilter,
  options: ProfitOptions,
): Promise<ProfitReport> {
  const ranges = [filter.range, filter.previous, filter.lastYear];
  const [names, rates, results] = await Promise.all([
    shopNames(db, filter.workspaceId),
    readPlatformRates(db, filter.workspaceId),
    db.batch([
      ...ranges.flatMap((range) => [
        shopDaysStatement(db, filter, range),
        cogsStatement(db, filter, range),
        adsStatement(db, filter, range),
        otherCostsStatement(db, filter, range),
      ]),
      skuDaysStatement(db, filter, filter.range),
      ...orderStatements(db, filter, options.orderPage, options.orderPageSize),
    ]),
  ]);
  const [current, previous, lastYear] = [0, 1, 2].map((i) =>
    buildLedger({
      shopDays: rowsOf<ShopDayRow>(results[i * 4]),
      cogs: rowsOf<CogsRow>(results[i * 4 + 1]),
      ads: rowsOf<AdRow>(results[i * 4 + 2]),
      other: rowsOf<OtherCostRow>(results[i * 4 + 3]),
      rates,
    }),
  ) as [LedgerEntry[], LedgerEntry[], LedgerEntry[]];
  const total = sumLedger(current);
  const [now, before, yearAgo] = [total, sumLedger(previous), sumLedger(lastYear)].map((t) =>
    profitFigures(t.parts),
  ) as [ProfitFigures, ProfitFigures, ProfitFigures];
  const pick = (k: keyof ProfitFigures) => compare(now[k], before[k], yearAgo[k]);

  const skuTotals = sumSkus(
    allocateToSkuDays(
      rowsOf<SkuDayRow>(results[12]),
      feesByShopDay(current),
      rowsOf<AdRow>(results[2]),
    ),
  );
  const products = productRows(skuTotals, options.limit);
  const days = groupLedger(current, (e) => e.date);
  const platforms = groupLedger(current, (e) => e.platform ?? "");
  const shops = groupLedger(current, (e) => `${e.platform ?? ""}|${e.shopId ?? ""}`);
  const orders = toOrderRows(results.slice(13, 16) as D1Result[], rates);

  return {
    meta: {
      ...reportMeta(filter),
      basis: {
        feesSettledFen: total.feesSettledFen,
        feesEstimatedFen: total.feesEstimatedFen,
        feesEstimated: current.some((e) => e.tally.rateBaseFen !== 0),
        platformsWithoutSettings: platformsWithoutSettings(rowsOf(results[0]), rates),
        ...otherCostScope(filter),
      },
    },
    total: {
      figures: now,
      waterfall: profitWaterfall(total.parts),
      compare: {
        revenueFen: pick("revenueFen"),
        refundFen: pick("refundFen"),
        cogsFen: pick("cogsFen"),
        feesFen: pick("feesFen"),
        adSpendFen: pick("adSpendFen"),
        shippingFen: pick("shippingFen"),
        otherFen: pick("otherFen"),
        profitFen: pick("profitFen"),
        marginRate: pick("marginRate"),
      },
      coverage: {
        costedUnits: total.costedUnits,
        uncostedUnits: total.uncostedUnits,
        uncostedRevenueFen: total.uncostedRevenueFen,
      },
    },
    byDay: listDates(filter.range).map((date) => ({
      date,
      ...row(days.get(date)?.tally ?? sumLedger([])),
    })),
    byPlatform: [...platforms.values()]
      .sort((a, b) => scopeOrder(a.platform, b.platform))
      .map((e) => ({ platform: e.platform, ...row(e.tally) })),
    byShop: [...shops.values()]
      .sort((a, b) => scopeOrder(a.platform, b.platform) || scopeOrder(a.shopId, b.shopId))
      .map((e) => ({
        platform: e.platform,
        shopId: e.shopId,
        shopName: e.shopId === null ? null : (names.get(`${e.platform}|${e.shopId}`) ?? null),
        ...row(e.tally),
      })),
    byProduct: {
      rows: products.rows,
      count: products.count,
      unallocated: profitFigures(subtractProfit(total.parts, products.sum.parts)),
    },
    bySku: skuRows(skuTotals, options.limit),
    byOrder: { page: options.orderPage, pageSize: options.orderPageSize, ...orders },
  };
}

/** 利润: the profit waterfall by day, platform, shop, product, SKU and order. Costs: see needsCosts. */
export const profitReport: ReportDefinition<ProfitReport, ProfitOptions> = {
  options: ProfitOptionsSchema,
  run: runProfit,
  csv: profitCsv,
  needsCosts: true,
};
