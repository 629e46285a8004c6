import { describe, expect, it } from "vitest";
import { platformDetailRows, shopLabel, skuDetailRows } from "./product-detail-data.ts";

const sku = (platform: "taobao" | "jd", itemId: string, paidFen: number, refundFen: number) => ({
  platform,
  shopId: platform === "jd" ? "J1" : "T1",
  itemId,
  skuKey: `${itemId}-s`,
  title: `title ${itemId}`,
  outerCode: "X-1",
  units: 1,
  paidFen,
  refundFen,
});

const product = {
  paidFen: 40_000,
  skus: [sku("jd", "2", 30_000, 3_000), sku("taobao", "1", 10_000, 0)],
  platforms: [
    { platform: "jd" as const, shops: ["J1"], units: 1, paidFen: 30_000, refundFen: 3_000 },
    { platform: "taobao" as const, shops: ["T1"], units: 1, paidFen: 10_000, refundFen: 0 },
  ],
};

describe("skuDetailRows", () => {
  it("adds a key, the refund rate and the share of the product", () => {
    const rows = skuDetailRows(product);
    expect(rows.map((r) => [r.key, r.refundRate, r.shareOfProduct])).toEqual([
      ["jd|J1|2|2-s", 0.1, 0.75],
      ["taobao|T1|1|1-s", 0, 0.25],
    ]);
  });

  it("leaves ratios unknown when nothing was paid", () => {
    const rows = skuDetailRows({ paidFen: 0, skus: [sku("jd", "3", 0, 0)] });
    expect(rows[0]?.refundRate).toBeNull();
    expect(rows[0]?.shareOfProduct).toBeNull();
  });
});

describe("platformDetailRows", () => {
  it("gives each platform its net sales, refund rate, share and SKU count", () => {
    expect(platformDetailRows(product)).toEqual([
      {
        platform: "jd",
        shops: ["J1"],
        units: 1,
        paidFen: 30_000,
        refundFen: 3_000,
        netSalesFen: 27_000,
        refundRate: 0.1,
        shareOfProduct: 0.75,
        skuCount: 1,
      },
      {
        platform: "taobao",
        shops: ["T1"],
        units: 1,
        paidFen: 10_000,
        refundFen: 0,
        netSalesFen: 10_000,
        refundRate: 0,
        shareOfProduct: 0.25,
        skuCount: 1,
      },
    ]);
  });
});

describe("shopLabel", () => {
  it("uses the shop's name when known, else its id", () => {
    const names = new Map([
      ["jd:J1", "京东旗舰店"],
      ["taobao:T1", null],
    ]);
    expect(shopLabel(names, "jd", "J1")).toBe("京东旗舰店");
    expect(shopLabel(names, "taobao", "T1")).toBe("T1");
    expect(shopLabel(names, "taobao", "T9")).toBe("T9");
  });
});
