import { describe, expect, it } from "vitest";
import type { SkuSales } from "../products/products-query.ts";
import { buildLive, LIVE_TOP_PRODUCTS } from "./build-live.ts";

const sku = (i: number, paidFen: number): SkuSales => ({
  productId: `outer:P-${i}`,
  productName: null,
  productOuter: null,
  platform: "jd",
  shopId: "1",
  itemId: `I-${i}`,
  skuKey: "0",
  outerCode: `P-${i}`,
  title: `商品 ${i}`,
  units: 1,
  paidFen,
  refundFen: 0,
  costFen: null,
});

describe("buildLive", () => {
  it("lists a platform with a shop but no sales, with zero hours and a blank change", () => {
    const r = buildLive({
      today: "2026-11-07",
      currentHour: 1,
      hours: [{ date: "2026-11-06", platform: "pdd", hour: 1, orders: 2, paidFen: 900 }],
      shopPlatforms: ["tmall"],
      skus: [],
    });
    expect(r.platforms.map((p) => [p.platform, p.today.paidFen, p.yesterday.paidFen])).toEqual([
      ["tmall", 0, 0],
      ["pdd", 0, 900],
    ]);
    expect(r.hourly.map((h) => [h.hour, h.platform, h.yesterday.orders])).toEqual([
      [0, "tmall", 0],
      [0, "pdd", 0],
      [1, "tmall", 0],
      [1, "pdd", 2],
    ]);
    expect(r.total.vsYesterday).toEqual({ paidFen: -1, orders: -1 });
    expect(r.platforms[0]?.vsYesterday).toEqual({ paidFen: null, orders: null });
  });

  it("keeps the ten best products", () => {
    const skus = Array.from({ length: 12 }, (_, i) => sku(i, (i + 1) * 100));
    const top = buildLive({
      today: "2026-11-07",
      currentHour: 0,
      hours: [],
      shopPlatforms: [],
      skus,
    }).topProducts;
    expect(top).toHaveLength(LIVE_TOP_PRODUCTS);
    expect(top[0]).toEqual({
      rank: 1,
      productId: "outer:P-11",
      name: "商品 11",
      platforms: ["jd"],
      units: 1,
      paidFen: 1200,
    });
    expect(top[9]?.paidFen).toBe(300);
  });
});
