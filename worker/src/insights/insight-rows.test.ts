import type { Alert, InventoryProduct } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { insightAlerts, insightProducts } from "./insight-rows.ts";

const sku = (platform: "taobao" | "jd", skuId: string, stock: number | null, units7: number) => ({
  platform,
  shopId: `${platform}-shop`,
  itemId: `item-${skuId}`,
  skuId,
  title: "杯子",
  skuText: null,
  outerCode: "CUP-1",
  stock,
  status: "onsale",
  units7,
  units30: units7 * 3,
  lastSaleDate: "2026-11-19",
});

const product: InventoryProduct = {
  productId: "outer:CUP-1",
  name: "杯子",
  named: false,
  outerCode: "CUP-1",
  stock: 12,
  unknownStockSkus: 1,
  units7: 9,
  units30: 27,
  velocity7: 9 / 7,
  velocity30: 0.9,
  velocityBasis: "30d",
  daysOfCover: 13.3,
  stockOutDate: "2026-12-03",
  firstSaleDate: "2026-09-01",
  lastSaleDate: "2026-11-19",
  daysSinceLastSale: 1,
  leadTimeDays: 15,
  safetyStockDays: 7,
  reorder: { reorderPoint: 20, reorderNow: true, quantity: 36 },
  flags: { lowStock: true, overstock: false, slowMoving: false, reorder: true },
  platforms: [
    { platform: "jd", shops: ["jd-shop"], stock: null, units30: 6 },
    { platform: "taobao", shops: ["taobao-shop"], stock: 12, units30: 21 },
  ],
  skus: [sku("taobao", "t1", 10, 4), sku("taobao", "t2", 2, 3), sku("jd", "j1", null, 2)],
};

describe("insightProducts", () => {
  it("keeps the report's figures, splits 7-day units by platform and adds the margin", () => {
    const margin = { productId: "outer:CUP-1", marginRate: 0.25 } as never;
    const [row] = insightProducts([product], [margin]);
    expect(row).toEqual({
      productId: "outer:CUP-1",
      name: "杯子",
      outerCode: "CUP-1",
      stock: 12,
      units7: 9,
      units30: 27,
      daysOfCover: 13.3,
      stockOutDate: "2026-12-03",
      lowStock: true,
      reorderQuantity: 36,
      marginRate: 0.25,
      platforms: [
        { platform: "jd", stock: null, units7: 2, units30: 6 },
        { platform: "taobao", stock: 12, units7: 7, units30: 21 },
      ],
      skus: [
        ["taobao", "taobao-shop", "item-t1", "t1"],
        ["taobao", "taobao-shop", "item-t2", "t2"],
        ["jd", "jd-shop", "item-j1", "j1"],
      ],
    });
  });

  it("gives no margin without costs, and no quantity unless the report says reorder now", () => {
    const later = { ...product, reorder: { reorderPoint: 5, reorderNow: false, quantity: 30 } };
    const [row] = insightProducts([later], null);
    expect(row?.marginRate).toBeNull();
    expect(row?.reorderQuantity).toBeNull();
  });
});

describe("insightAlerts", () => {
  const alert = (id: string, severity: Alert["severity"], date: string) =>
    ({ id, severity, date, rule: "low_stock", evidence: {}, link: "/" }) as unknown as Alert;

  it("puts the most severe first, newest first within a severity, and keeps 20", () => {
    const listed = [
      alert("i1", "info", "2026-11-20"),
      alert("w1", "warning", "2026-11-19"),
      alert("u1", "urgent", "2026-11-18"),
      alert("w2", "warning", "2026-11-19"),
      alert("u2", "urgent", "2026-11-19"),
      ...Array.from({ length: 20 }, (_, i) => alert(`w-old-${i}`, "warning", "2026-11-01")),
    ];
    const ids = insightAlerts(listed).map((a) => a.id);
    expect(ids).toHaveLength(20);
    expect(ids.slice(0, 5)).toEqual(["u2", "u1", "w1", "w2", "w-old-0"]);
    expect(ids).not.toContain("i1");
  });
});
