import { allocateFen, goodsCost } from "@tongshu/shared";
import { EMPTY_TALLY, type LedgerEntry, type ProfitTally } from "./profit-ledger.ts";
import type { AdRow, SkuDayRow } from "./profit-query.ts";

/**
 * Profit of SKUs and products: their revenue, refunds and cost of goods, plus the shop-day's fees
 * spread over its SKUs pro rata to net sales (largest remainder, exact), plus ad spend of ads that
 * name an item, spread over that item's SKUs the same way (on the ad's day; if the item sold
 * nothing that day, over its sales in the whole range). Ads without an item, postage, shipping
 * and other costs stay at shop level: they are not allocated to products.
 */
export interface SkuDayTally {
  row: SkuDayRow;
  tally: ProfitTally;
}

const shopDayKey = (r: { platform: string; shop_id: string; date: string }) =>
  `${r.platform}|${r.shop_id}|${r.date}`;
const itemKey = (r: { platform: string; shop_id: string; item_id: string | null }) =>
  `${r.platform}|${r.shop_id}|${r.item_id}`;

function skuDayTally(row: SkuDayRow): SkuDayTally {
  const cost = goodsCost(row.units, row.refunded_units, row.unit_cost);
  return {
    row,
    tally: {
      ...EMPTY_TALLY,
      parts: {
        ...EMPTY_TALLY.parts,
        revenueFen: row.paid_fen,
        refundFen: row.refund_fen,
        cogsFen: cost.cogsFen,
      },
      costedUnits: cost.costedUnits,
      uncostedUnits: cost.uncostedUnits,
      uncostedRevenueFen: cost.uncostedUnits > 0 ? row.paid_fen - row.refund_fen : 0,
    },
  };
}

function spread(rows: SkuDayTally[], amountFen: number, part: "feesFen" | "adSpendFen") {
  const weights = rows.map((r) => Math.max(0, r.row.paid_fen - r.row.refund_fen));
  allocateFen(weights, amountFen).forEach((share, i) => {
    const target = rows[i];
    if (target) target.tally.parts[part] += share;
  });
}

function groupBy<T>(items: T[], keyOf: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const key = keyOf(x);
    out.set(key, [...(out.get(key) ?? []), x]);
  }
  return out;
}

/** Each SKU-day with its COGS, allocated fees (per shop-day totals) and item ad spend. */
export function allocateToSkuDays(
  skuDays: SkuDayRow[],
  shopDayFees: Map<string, number>,
  ads: AdRow[],
): SkuDayTally[] {
  const tallies = skuDays.map(skuDayTally);
  const byShopDay = groupBy(tallies, (t) => shopDayKey(t.row));
  for (const [key, feesFen] of shopDayFees) {
    const rows = byShopDay.get(key);
    if (rows) spread(rows, feesFen, "feesFen");
  }
  const byItemDay = groupBy(tallies, (t) => `${itemKey(t.row)}|${t.row.date}`);
  const byItem = groupBy(tallies, (t) => itemKey(t.row));
  for (const ad of ads) {
    if (ad.item_id === null) continue;
    const rows = byItemDay.get(`${itemKey(ad)}|${ad.date}`) ?? byItem.get(itemKey(ad));
    if (rows) spread(rows, ad.spend_fen, "adSpendFen");
  }
  return tallies;
}

/** The fees of each shop-day ("platform|shopId|date") in the ledger, to spread over its SKUs. */
export function feesByShopDay(entries: LedgerEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) {
    if (e.platform === null || e.shopId === null || e.tally.parts.feesFen === 0) continue;
    const key = shopDayKey({ platform: e.platform, shop_id: e.shopId, date: e.date });
    out.set(key, (out.get(key) ?? 0) + e.tally.parts.feesFen);
  }
  return out;
}
