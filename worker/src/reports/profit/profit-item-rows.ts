import { type Platform, type ProfitReport, profitFigures } from "@tongshu/shared";
import type { SkuDayTally } from "./profit-items.ts";
import { addTally, EMPTY_TALLY, type ProfitTally } from "./profit-ledger.ts";
import type { SkuDayRow } from "./profit-query.ts";

type SkuRow = ProfitReport["bySku"]["rows"][number];
type ProductRow = ProfitReport["byProduct"]["rows"][number];

/** A SKU's days summed (a SKU whose product changed within the range gives one per product). */
export interface SkuTotal {
  key: string;
  row: SkuDayRow;
  units: number;
  refundedUnits: number;
  tally: ProfitTally;
}

export function sumSkus(tallies: SkuDayTally[]): SkuTotal[] {
  const out = new Map<string, SkuTotal>();
  for (const { row, tally } of tallies) {
    const key = [row.platform, row.shop_id, row.item_id, row.sku_key, row.product_key].join("|");
    const seen = out.get(key) ?? { key, row, units: 0, refundedUnits: 0, tally: EMPTY_TALLY };
    out.set(key, {
      ...seen,
      units: seen.units + row.units,
      refundedUnits: seen.refundedUnits + row.refunded_units,
      tally: addTally(seen.tally, tally),
    });
  }
  return [...out.values()];
}

/** Most profitable first; ties by key so pages are stable. */
const byProfit = <T extends { key: string; figures: { profitFen: number } }>(a: T, b: T) =>
  b.figures.profitFen - a.figures.profitFen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function skuRows(totals: SkuTotal[], limit: number): { rows: SkuRow[]; count: number } {
  const rows = totals
    .map((t) => ({ key: t.key, t, figures: profitFigures(t.tally.parts) }))
    .sort(byProfit)
    .slice(0, limit)
    .map(({ t, figures }) => ({
      platform: t.row.platform,
      shopId: t.row.shop_id,
      itemId: t.row.item_id,
      skuId: t.row.sku_key,
      outerSkuId: t.row.outer_sku_id,
      title: t.row.title,
      skuText: t.row.sku_text,
      productKey: t.row.product_key,
      units: t.units,
      refundedUnits: t.refundedUnits,
      figures,
      uncostedUnits: t.tally.uncostedUnits,
    }));
  return { rows, count: totals.length };
}

/**
 * Products from their SKUs. A product's name is the one a user gave, else the title of its SKU
 * with the most revenue in the range. Returns the top rows and the sum over all products.
 */
export function productRows(
  totals: SkuTotal[],
  limit: number,
): { rows: ProductRow[]; count: number; sum: ProfitTally } {
  const products = new Map<string, { best: SkuTotal; skus: SkuTotal[] }>();
  for (const t of totals) {
    const seen = products.get(t.row.product_key);
    if (!seen) products.set(t.row.product_key, { best: t, skus: [t] });
    else {
      seen.skus.push(t);
      if (t.tally.parts.revenueFen > seen.best.tally.parts.revenueFen) seen.best = t;
    }
  }
  let sum = EMPTY_TALLY;
  const all = [...products.entries()].map(([key, { best, skus }]) => {
    const tally = skus.reduce((s, x) => addTally(s, x.tally), EMPTY_TALLY);
    sum = addTally(sum, tally);
    return {
      key,
      figures: profitFigures(tally.parts),
      row: {
        productKey: key,
        name: skus.find((s) => s.row.product_name)?.row.product_name ?? best.row.title,
        outerCode: skus.find((s) => s.row.outer_code)?.row.outer_code ?? null,
        platforms: [...new Set(skus.map((s) => s.row.platform))].sort() as Platform[],
        units: skus.reduce((n, s) => n + s.units, 0),
        refundedUnits: skus.reduce((n, s) => n + s.refundedUnits, 0),
        uncostedUnits: tally.uncostedUnits,
      },
    };
  });
  const rows = all
    .sort(byProfit)
    .slice(0, limit)
    .map(({ row, figures }) => ({ ...row, figures }));
  return { rows, count: all.length, sum };
}
