import { describe, expect, it } from "vitest";
import { computeLocalProducts } from "./local-products.ts";
import { NOW, order, sku } from "./test-records.ts";
import { velocityWindows } from "./windows.ts";

const skus = [
  sku("pdd", "500001", "900001", "BOX-1", 40),
  sku("pdd", "500001", "900002", null, null), // unknown stock: not zero
  sku("jd", "7001", "100001", "BOX-1", 20), // the same product on JD, by outer code
  sku("pdd", "500009", "900009", null, 1),
];
const orders = [
  order({
    orderId: "o1",
    paid: "2026-11-19",
    lines: [{ itemId: "500001", skuId: "900001", quantity: 2 }],
  }),
  order({
    orderId: "o2",
    paid: "2026-11-01",
    lines: [{ itemId: "500001", skuId: "900002", quantity: 3 }],
  }),
  // Today is outside both windows (they end yesterday).
  order({ orderId: "o3", paid: "2026-11-20", lines: [{ itemId: "500001", quantity: 5 }] }),
  order({
    platform: "jd",
    orderId: "o4",
    paid: "2026-11-15",
    lines: [{ itemId: "7001", skuId: "100001", outer: "BOX-1", quantity: 4 }],
  }),
  order({ orderId: "o5", paid: null, lines: [{ itemId: "500001", quantity: 10 }] }), // unpaid
  order({ orderId: "o6", paid: "2026-10-20", lines: [{ itemId: "500001", quantity: 7 }] }), // before 10-21
  order({
    orderId: "o7",
    paid: "2026-11-19",
    status: "cancelled",
    lines: [{ itemId: "500001", quantity: 9 }],
  }),
  order({ orderId: "o8", paid: "2026-10-25", lines: [{ itemId: "500009", quantity: 3 }] }),
];
const run = (ids: string[], platform: "pdd" | "jd" = "pdd", shopId: string | null = null) =>
  computeLocalProducts({ orders, skus, platform, shopId, ids, windows: velocityWindows(NOW) });

describe("computeLocalProducts", () => {
  it("sums paid units in the windows here and on every platform linked by outer code", () => {
    const figures = run(["500001"])["500001"];
    expect(figures).toEqual({
      source: "local",
      units7Here: 2, // o1
      units30Here: 5, // o1 + o2
      units7All: 6, // + o4 on JD
      units30All: 9,
      stock: [
        { platform: "pdd", stock: 40 },
        { platform: "jd", stock: 20 },
      ],
      // 60 in stock ÷ (9 units ÷ 30 days) = 200 days
      daysOfCover: 200,
      lowStock: false,
      marginRate: null,
    });
  });

  it("finds a JD row by its SKU id and links back to Pinduoduo", () => {
    const figures = run(["100001"], "jd")["100001"];
    expect(figures?.units30Here).toBe(4);
    expect(figures?.units30All).toBe(6); // o4 + o1 (900001 carries BOX-1 on its SKU record)
  });

  it("flags low stock: cover under lead time + safety days (15 + 7)", () => {
    // 1 in stock ÷ (3 ÷ 30) = 10 days
    expect(run(["500009"])["500009"]).toMatchObject({
      daysOfCover: 10,
      lowStock: true,
      units7Here: 0,
    });
  });

  it("leaves out ids it does not know, other platforms' ids and other shops", () => {
    expect(run(["7001", "123456"])).toEqual({});
    expect(run(["500001"], "pdd", "573531501")).toEqual({});
  });
});
