import { describe, expect, it } from "vitest";
import { orderLineIds, withOrderProducts } from "./order-products.ts";
import type { ProductFigures } from "./overlay-message.ts";
import type { SlimOrder } from "./slim-records.ts";

const order = (orderId: string, platform: SlimOrder["platform"], skus: string[]): SlimOrder => ({
  platform,
  shopId: "s1",
  orderId,
  status: "paid",
  paidAt: 1,
  paidFen: 1000,
  refundFen: 0,
  buyerKey: null,
  lines: skus.map((sku) => ({
    itemId: `item-${sku}`,
    skuId: sku,
    outerSkuId: null,
    quantity: 1,
    refundStatus: "none",
  })),
});
const figures = (daysOfCover: number | null, lowStock: boolean): ProductFigures => ({
  source: "team",
  units7Here: 1,
  units30Here: 4,
  units7All: 2,
  units30All: 9,
  stock: [{ platform: "jd", stock: 3 }],
  daysOfCover,
  lowStock,
  marginRate: null,
});

describe("order rows' product figures", () => {
  const orders = [
    order("o1", "taobao", ["a", "b"]),
    order("o2", "tmall", ["c"]),
    order("o3", "jd", ["a"]),
  ];

  it("looks up the line ids of the requested orders on this platform only", () => {
    expect(orderLineIds(orders, "taobao", ["o1", "o2", "o3"])).toEqual([
      "a",
      "item-a",
      "b",
      "item-b",
      "c",
      "item-c",
    ]);
  });

  it("shows the line that runs out soonest, keeps badges, and leaves unknown orders out", () => {
    const slow = figures(40, false);
    const urgent = figures(2, true);
    const result = withOrderProducts({
      orders,
      platform: "taobao",
      orderIds: ["o1", "o2", "o3", "o9"],
      badges: { o2: { repeatOrders: 3, refundRisk: null, unusualAmount: null } },
      products: { a: slow, b: urgent },
    });
    expect(result).toEqual({
      o1: { repeatOrders: null, refundRisk: null, unusualAmount: null, product: urgent },
      o2: { repeatOrders: 3, refundRisk: null, unusualAmount: null },
    });
  });
});
