import type { InventoryProduct, Platform } from "@tongshu/shared";
import type { ListingRow, ProductInfo, SkuSalesRow } from "./inventory-query.ts";

/** A product's SKU row, with what ordering and the product's first sale need. */
export type Sku = InventoryProduct["skus"][number] & {
  paid30Fen: number;
  firstSaleDate: string | null;
};

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const skuKey = (s: { platform: string; shopId: string; itemId: string; skuId: string }) =>
  `${s.platform}|${s.shopId}|${s.itemId}|${s.skuId}`;
export const sum = (skus: Sku[], f: (s: Sku) => number) => skus.reduce((t, s) => t + f(s), 0);
/** Σ of the known stocks; null when none is known (unknown is not zero). */
export const knownStock = (skus: Sku[]) =>
  skus.some((s) => s.stock !== null) ? sum(skus, (s) => s.stock ?? 0) : null;
export const maxDate = (dates: Array<string | null>) =>
  dates.reduce<string | null>((m, d) => (d !== null && (m === null || d > m) ? d : m), null);
export const minDate = (dates: Array<string | null>) =>
  dates.reduce<string | null>((m, d) => (d !== null && (m === null || d < m) ? d : m), null);

const infoOf = (r: ProductInfo): ProductInfo => ({
  productId: r.productId,
  productName: r.productName,
  productOuter: r.productOuter,
  leadTimeDays: r.leadTimeDays,
  safetyStockDays: r.safetyStockDays,
});

/**
 * Joins listings (stock) with sales (velocity) per SKU. A listed SKU belongs to the product its
 * listing resolves to; a SKU that sold in the last 30 days without a captured listing is kept
 * with unknown stock; one that sold only earlier and is not listed is gone from the shelf.
 */
export function joinSkus(listings: ListingRow[], sales: SkuSalesRow[]) {
  const sold = new Map(sales.map((s) => [skuKey(s), s]));
  const sku = (l: Omit<ListingRow, keyof ProductInfo> | null, s: SkuSalesRow | undefined): Sku => {
    const ref = (l ?? s) as SkuSalesRow | ListingRow;
    return {
      platform: ref.platform,
      shopId: ref.shopId,
      itemId: ref.itemId,
      skuId: ref.skuId,
      title: ref.title,
      skuText: l?.skuText ?? null,
      outerCode: ref.outerCode,
      stock: l?.stock ?? null,
      status: l?.status ?? null,
      units7: s?.units7 ?? 0,
      units30: s?.units30 ?? 0,
      lastSaleDate: s?.lastSaleDate ?? null,
      paid30Fen: s?.paid30Fen ?? 0,
      firstSaleDate: s?.firstSaleDate ?? null,
    };
  };
  const rows = listings.map((l) => {
    const s = sold.get(skuKey(l));
    sold.delete(skuKey(l));
    return { info: infoOf(l), sku: sku(l, s) };
  });
  for (const s of sold.values())
    if (s.units30 > 0) rows.push({ info: infoOf(s), sku: sku(null, s) });
  return rows;
}

export function platformRows(skus: Sku[]): InventoryProduct["platforms"] {
  const groups = new Map<Platform, Sku[]>();
  for (const s of skus) groups.set(s.platform, [...(groups.get(s.platform) ?? []), s]);
  return [...groups.entries()]
    .map(([platform, rows]) => ({
      platform,
      shops: [...new Set(rows.map((r) => r.shopId))].sort(cmp),
      stock: knownStock(rows),
      units30: sum(rows, (r) => r.units30),
    }))
    .sort((a, b) => cmp(a.platform, b.platform));
}
