import { type Platform, type ProductRow, ratio, shareOf } from "@tongshu/shared";

type Sku = ProductRow["skus"][number];

/** A SKU in the drill-down, with figures relative to its product. */
export interface SkuDetailRow extends Sku {
  /** Stable key: platform, shop, item and SKU. */
  key: string;
  refundRate: number | null;
  /** Share of the product's paid amount (0..1). */
  shareOfProduct: number | null;
}

/** The product's SKUs across platforms, best-selling first (the API's order), with ratios. */
export function skuDetailRows(product: Pick<ProductRow, "skus" | "paidFen">): SkuDetailRow[] {
  return product.skus.map((s) => ({
    ...s,
    key: `${s.platform}|${s.shopId}|${s.itemId}|${s.skuKey}`,
    refundRate: ratio(s.refundFen, s.paidFen),
    shareOfProduct: shareOf(s.paidFen, product.paidFen),
  }));
}

/** One platform's row in the drill-down. */
export interface PlatformDetailRow {
  platform: Platform;
  shops: string[];
  units: number;
  paidFen: number;
  refundFen: number;
  netSalesFen: number;
  refundRate: number | null;
  /** Share of the product's paid amount (0..1). */
  shareOfProduct: number | null;
  skuCount: number;
}

/** The product's per-platform split with net sales, refund rate, share and SKU count. */
export function platformDetailRows(
  product: Pick<ProductRow, "platforms" | "skus" | "paidFen">,
): PlatformDetailRow[] {
  return product.platforms.map((p) => ({
    platform: p.platform,
    shops: p.shops,
    units: p.units,
    paidFen: p.paidFen,
    refundFen: p.refundFen,
    netSalesFen: p.paidFen - p.refundFen,
    refundRate: ratio(p.refundFen, p.paidFen),
    shareOfProduct: shareOf(p.paidFen, product.paidFen),
    skuCount: product.skus.filter((s) => s.platform === p.platform).length,
  }));
}

/** "taobao:57300001" → the shop's name when coverage knows it, else its id. */
export function shopLabel(
  names: ReadonlyMap<string, string | null>,
  platform: Platform,
  shopId: string,
): string {
  return names.get(`${platform}:${shopId}`) ?? shopId;
}
