import {
  abcClasses,
  type Platform,
  type ProductRow,
  type ProductsOptions,
  productMargin,
  ratio,
  relativeChange,
  shareOf,
} from "@tongshu/shared";
import type { SkuSales } from "./products-query.ts";

type Unranked = Omit<ProductRow, "rank">;

/** Code-unit order: deterministic whatever the runtime's locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const skuId = (s: SkuSales) => `${s.platform}|${s.shopId}|${s.itemId}|${s.skuKey}`;
const bySales = (a: SkuSales, b: SkuSales) =>
  b.paidFen - a.paidFen || b.units - a.units || cmp(skuId(a), skuId(b));

const sum = (rows: SkuSales[], f: (r: SkuSales) => number) => rows.reduce((s, r) => s + f(r), 0);

function platformSplit(skus: SkuSales[]): ProductRow["platforms"] {
  const groups = new Map<Platform, SkuSales[]>();
  for (const s of skus) groups.set(s.platform, [...(groups.get(s.platform) ?? []), s]);
  return [...groups.entries()]
    .map(([platform, rows]) => ({
      platform,
      shops: [...new Set(rows.map((r) => r.shopId))].sort(cmp),
      units: sum(rows, (r) => r.units),
      paidFen: sum(rows, (r) => r.paidFen),
      refundFen: sum(rows, (r) => r.refundFen),
    }))
    .sort((a, b) => b.paidFen - a.paidFen || cmp(a.platform, b.platform));
}

/** A product's cost: Σ of its SKUs' costs, unknown when any SKU's is. */
function productCost(skus: SkuSales[], costsVisible: boolean): number | null {
  if (!costsVisible || skus.some((s) => s.costFen === null)) return null;
  return sum(skus, (s) => s.costFen ?? 0);
}

/**
 * Merges SKU sales into cross-platform products (unranked, ABC classes over all of them).
 * Only products with sales rows in the range appear; `previous` gives their 环比.
 */
export function buildProducts(
  current: SkuSales[],
  previous: SkuSales[],
  costsVisible: boolean,
): Unranked[] {
  const groups = new Map<string, SkuSales[]>();
  for (const s of current) groups.set(s.productId, [...(groups.get(s.productId) ?? []), s]);
  const before = new Map<string, { units: number; paidFen: number }>();
  for (const s of previous) {
    const b = before.get(s.productId) ?? { units: 0, paidFen: 0 };
    before.set(s.productId, { units: b.units + s.units, paidFen: b.paidFen + s.paidFen });
  }
  const allPaid = sum(current, (s) => s.paidFen);
  const rows = [...groups.entries()].map(([productId, list]) => {
    const skus = [...list].sort(bySales);
    const best = skus[0] as SkuSales;
    const units = sum(skus, (s) => s.units);
    const paidFen = sum(skus, (s) => s.paidFen);
    const refundFen = sum(skus, (s) => s.refundFen);
    const costFen = productCost(skus, costsVisible);
    const prev = before.get(productId) ?? { units: 0, paidFen: 0 };
    const named = skus.find((s) => s.productName !== null)?.productName ?? null;
    const outer = skus.find((s) => s.productOuter !== null)?.productOuter ?? null;
    return {
      productId,
      name: named ?? best.title,
      named: named !== null,
      outerCode: outer ?? (productId.startsWith("outer:") ? productId.slice(6) : null),
      abc: "C" as const,
      units,
      paidFen,
      refundFen,
      netSalesFen: paidFen - refundFen,
      refundRate: ratio(refundFen, paidFen),
      share: shareOf(paidFen, allPaid),
      costFen,
      ...productMargin(paidFen, refundFen, costFen),
      previousUnits: prev.units,
      previousPaidFen: prev.paidFen,
      paidVsPrevious: relativeChange(paidFen, prev.paidFen),
      unitsVsPrevious: relativeChange(units, prev.units),
      platforms: platformSplit(skus),
      skus: skus.map((s) => ({
        platform: s.platform,
        shopId: s.shopId,
        itemId: s.itemId,
        skuKey: s.skuKey,
        title: s.title,
        outerCode: s.outerCode,
        units: s.units,
        paidFen: s.paidFen,
        refundFen: s.refundFen,
      })),
    };
  });
  const classes = abcClasses(rows.map((r) => r.paidFen));
  return rows.map((r, i) => ({ ...r, abc: classes[i] ?? "C" }));
}

const SORT_KEYS: Record<ProductsOptions["sort"], (p: Unranked) => number | null> = {
  sales: (p) => p.paidFen,
  units: (p) => p.units,
  refunds: (p) => p.refundFen,
  margin: (p) => p.marginFen,
};

/** Ranks products by the chosen figure, descending (unknown last), ties by sales then id. */
export function rankProducts(rows: Unranked[], sort: ProductsOptions["sort"]): ProductRow[] {
  const key = SORT_KEYS[sort];
  const value = (p: Unranked) => key(p) ?? Number.NEGATIVE_INFINITY;
  return [...rows]
    .sort(
      (a, b) =>
        value(b) - value(a) ||
        b.paidFen - a.paidFen ||
        b.units - a.units ||
        cmp(a.productId, b.productId),
    )
    .map((p, i) => ({ rank: i + 1, ...p }));
}
