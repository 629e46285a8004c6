import {
  type Alert,
  DEVICE_INSIGHTS_MAX_ALERTS,
  type InsightAlert,
  type InsightProduct,
  type InventoryProduct,
  type Platform,
  type ProductRow,
} from "@tongshu/shared";

const SEVERITY_ORDER = { urgent: 0, warning: 1, info: 2 } as const;

/** One inventory product in the overlay's shape, with its 30-day margin rate (null = unknown). */
export function insightProduct(p: InventoryProduct, marginRate: number | null): InsightProduct {
  // The report splits only stock and 30-day units by platform; 7-day units come from its SKUs.
  const units7 = new Map<Platform, number>();
  for (const s of p.skus) units7.set(s.platform, (units7.get(s.platform) ?? 0) + s.units7);
  return {
    productId: p.productId,
    name: p.name,
    outerCode: p.outerCode,
    stock: p.stock,
    units7: p.units7,
    units30: p.units30,
    daysOfCover: p.daysOfCover,
    stockOutDate: p.stockOutDate,
    lowStock: p.flags.lowStock,
    reorderQuantity: p.reorder?.reorderNow ? p.reorder.quantity : null,
    marginRate,
    platforms: p.platforms.map((x) => ({
      platform: x.platform,
      stock: x.stock,
      units7: units7.get(x.platform) ?? 0,
      units30: x.units30,
    })),
    skus: p.skus.map((s) => [s.platform, s.shopId, s.itemId, s.skuId]),
  };
}

/**
 * The inventory report's products (its order) with margin rates from the products report over
 * the same 30 days; `margins` is null when the member may not see costs.
 */
export function insightProducts(
  products: InventoryProduct[],
  margins: ProductRow[] | null,
): InsightProduct[] {
  const rates = new Map(margins?.map((m) => [m.productId, m.marginRate]) ?? []);
  return products.map((p) => insightProduct(p, rates.get(p.productId) ?? null));
}

/** Open alerts (newest first, as listed) → most severe first, then newest, first 20. */
export function insightAlerts(alerts: Alert[]): InsightAlert[] {
  return [...alerts]
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    )
    .slice(0, DEVICE_INSIGHTS_MAX_ALERTS)
    .map((a) => ({
      id: a.id,
      rule: a.rule,
      severity: a.severity,
      platform: a.platform,
      shopId: a.shopId,
      shopName: a.shopName,
      date: a.date,
      evidence: a.evidence,
      link: a.link,
    }));
}
