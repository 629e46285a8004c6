import { describe, expect, it } from "vitest";
import { errorCode, ok, records, run } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList";

function sku(skuId: number, overrides: Record<string, unknown> = {}) {
  return {
    spec: "米白色 大号",
    skuId,
    skuQuantity: 420,
    skuSoldQuantity: null,
    outSkuSn: "HY-KT-LQ-L-W",
    isOnsale: true,
    normalPrice: 3290,
    groupPrice: 2990,
    activityGroupPrice: 2690,
    specIdList: [6801765046],
    ...overrides,
  };
}

function goods(overrides: Record<string, unknown> = {}) {
  return {
    id: 601234567890,
    goods_name: "禾屿 加厚硅胶厨房收纳沥水篮",
    mall_id: 879846125,
    is_onsale: true,
    quantity: 455,
    sku_group_price: [2990, 2990],
    sku_price: [3290, 3290],
    market_price: 5990,
    out_goods_sn: "HY-KT-LQ",
    sku_list: [sku(1180234567801)],
    ...overrides,
  };
}

function parse(list: unknown[], request: unknown = { page: 2, size: 10 }) {
  return run(URL, ok({ sessionId: "7c1d", total: 14, goods_list: list }), { request });
}

describe("pdd/goods-list", () => {
  it("stores the group price (fen), stock and outer code of each SKU", () => {
    const result = parse([goods()]);
    expect(records(result)).toEqual([
      {
        kind: "sku",
        platform: "pdd",
        shopId: "879846125",
        capturedAt: expect.any(Number),
        source: { url: URL, parser: "pdd/goods-list@1" },
        itemId: "601234567890",
        skuId: "1180234567801",
        outerSkuId: "HY-KT-LQ-L-W",
        title: "禾屿 加厚硅胶厨房收纳沥水篮",
        skuText: "米白色 大号",
        priceFen: 2990,
        stock: 420,
        status: "onsale",
      },
    ]);
    expect(result.ok && result.page).toEqual({ current: 2, size: 10, total: 14, rows: 1 });
  });

  it("tells on sale, off the shelf and sold out apart", () => {
    const list = [
      goods({
        sku_list: [
          sku(1, { skuQuantity: 0 }),
          sku(2, { isOnsale: false }),
          sku(3, { skuQuantity: 7, outSkuSn: "" }),
        ],
      }),
      goods({ id: 601234567891, is_onsale: false, sku_list: [sku(4, { skuQuantity: 0 })] }),
    ];
    const out = records(parse(list)).map((r) =>
      r.kind === "sku" ? [r.skuId, r.status, r.stock, r.outerSkuId] : null,
    );
    expect(out).toEqual([
      ["1", "soldout", 0, "HY-KT-LQ-L-W"],
      ["2", "offshelf", 420, "HY-KT-LQ-L-W"],
      ["3", "onsale", 7, null],
      ["4", "offshelf", 0, "HY-KT-LQ-L-W"],
    ]);
  });

  it("gives a goods row without sku_list one SKU '0' with goods-level figures", () => {
    const [only] = records(
      parse([goods({ sku_list: [], sku_group_price: [1590, 1590], quantity: 120 })]),
    );
    expect(only).toMatchObject({
      skuId: "0",
      priceFen: 1590,
      stock: 120,
      outerSkuId: "HY-KT-LQ",
      skuText: null,
    });
  });

  it("refuses another mall's goods and prices that are not fen", () => {
    expect(errorCode(parse([goods({ mall_id: 573531501 })]))).toBe("shop_mismatch");
    expect(errorCode(parse([goods({ sku_list: [sku(1, { groupPrice: 29.9 })] })]))).toBe(
      "malformed",
    );
    expect(errorCode(parse([goods({ is_onsale: "yes" })]))).toBe("malformed");
  });

  it("reads an empty page", () => {
    const result = parse([]);
    expect(records(result)).toEqual([]);
    expect(result.ok && result.page?.rows).toBe(0);
  });
});
