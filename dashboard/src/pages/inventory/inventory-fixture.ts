import type { InventoryProduct, InventoryReport } from "@tongshu/shared";

/** A product row for tests: sells 1 a day, 10 in stock, nothing flagged, unless overridden. */
export function product(id: string, over: Partial<InventoryProduct> = {}): InventoryProduct {
  return {
    productId: id,
    name: `商品${id}`,
    named: true,
    outerCode: null,
    stock: 10,
    unknownStockSkus: 0,
    units7: 7,
    units30: 30,
    velocity7: 1,
    velocity30: 1,
    velocityBasis: "30d",
    daysOfCover: 10,
    stockOutDate: "2026-11-20",
    firstSaleDate: "2026-01-01",
    lastSaleDate: "2026-11-09",
    daysSinceLastSale: 1,
    leadTimeDays: 15,
    safetyStockDays: 7,
    reorder: null,
    flags: { lowStock: false, overstock: false, slowMoving: false, reorder: false },
    platforms: [{ platform: "taobao", shops: ["s1"], stock: 10, units30: 30 }],
    skus: [],
    ...over,
  };
}

const range = { from: "2026-11-03", to: "2026-11-09" };

/** A report dated 2026-11-10 (Beijing) holding `products` and `lists`. */
export function report(
  products: InventoryProduct[],
  lists: Partial<InventoryReport["lists"]> = {},
): InventoryReport {
  return {
    meta: {
      range,
      previous: range,
      lastYear: range,
      platforms: null,
      shops: null,
      today: "2026-11-10",
      generatedAt: 0,
    },
    windows: { days7: range, days30: { from: "2026-10-11", to: "2026-11-09" } },
    settings: {
      leadTimeDays: 15,
      safetyStockDays: 7,
      slowMovingDays: 30,
      overstockDays: 90,
      reorderCoverDays: 30,
    },
    products,
    lists: { lowStock: [], overstock: [], slowMoving: [], reorder: [], ...lists },
  };
}
