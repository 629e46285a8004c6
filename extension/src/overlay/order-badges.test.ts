import { describe, expect, it } from "vitest";
import { computeOrderBadges } from "./order-badges.ts";
import { buyer, NOW, order } from "./test-records.ts";

const badges = (orders: ReturnType<typeof order>[], ids: string[]) =>
  computeOrderBadges({ orders, platform: "pdd", ids, now: NOW });

describe("computeOrderBadges", () => {
  it("counts a buyer's orders and flags their refund history (other orders only)", () => {
    const a = buyer("a");
    const orders = [
      order({ orderId: "b1", buyerKey: a, status: "refunded" }),
      order({ orderId: "b2", buyerKey: a, refundFen: 500 }),
      order({ orderId: "b3", buyerKey: a, lines: [{ itemId: "1111" }] }),
      order({ orderId: "b4", buyerKey: a, lines: [{ itemId: "2222" }] }),
    ];
    // b4's other orders: b1, b2 refunded of 3 → 2/3 ≥ 30%
    expect(badges(orders, ["b4"])).toEqual({
      b4: {
        repeatOrders: 4,
        refundRisk: { basis: "buyer", rate: 2 / 3, orders: 3 },
        unusualAmount: null,
      },
    });
  });

  it("needs three other orders for a refund rate, and a repeat needs two orders", () => {
    const b = buyer("b");
    const orders = [
      order({ orderId: "c1", buyerKey: b, status: "refunded", lines: [{ itemId: "1111" }] }),
      order({ orderId: "c2", buyerKey: b, status: "refunded", lines: [{ itemId: "2222" }] }),
      order({ orderId: "c3", buyerKey: b, lines: [{ itemId: "3333" }] }),
      order({ orderId: "solo", buyerKey: buyer("c"), lines: [{ itemId: "4444" }] }),
    ];
    expect(badges(orders, ["c3"])).toEqual({
      c3: { repeatOrders: 3, refundRisk: null, unusualAmount: null },
    });
    expect(badges(orders, ["solo"])).toEqual({});
  });

  it("flags a SKU whose other orders were refunded on that line", () => {
    const line = (refund: "none" | "refunded") => [{ itemId: "500001", skuId: "900001", refund }];
    const orders = [
      order({ orderId: "s1", lines: line("refunded") }),
      order({ orderId: "s2", lines: line("none") }),
      order({ orderId: "s3", lines: line("none") }),
      order({ orderId: "s4", lines: line("none") }),
      order({ orderId: "s5", lines: line("none") }),
    ];
    // s5's others: 1 of 4 refunded = 25%: no badge. One more refund: 2 of 5 = 40%.
    expect(badges(orders, ["s5"])).toEqual({});
    const more = [...orders, order({ orderId: "s6", lines: line("refunded") })];
    expect(badges(more, ["s5"]).s5?.refundRisk).toEqual({ basis: "sku", rate: 0.4, orders: 5 });
  });

  it("flags an amount ≥ 3× the shop's 30-day median, given ten orders", () => {
    const usual = Array.from({ length: 9 }, (_, i) =>
      order({
        orderId: `u${i}`,
        paid: "2026-11-10",
        paidFen: 1000,
        lines: [{ itemId: `${5000 + i}` }],
      }),
    );
    const big = order({ orderId: "big", paidFen: 3000, lines: [{ itemId: "6000" }] });
    const old = order({
      orderId: "old",
      paid: "2026-10-01",
      paidFen: 1,
      lines: [{ itemId: "7000" }],
    });
    // 10 orders in 30 days (the old one is out): median of nine 1000s and one 3000 = 1000.
    expect(badges([...usual, big, old], ["big"])).toEqual({
      big: {
        repeatOrders: null,
        refundRisk: null,
        unusualAmount: { paidFen: 3000, medianFen: 1000 },
      },
    });
    // Nine orders are too few to call anything unusual.
    expect(badges([...usual.slice(1), big], ["big"])).toEqual({});
  });

  it("answers only for this platform's orders", () => {
    const a = buyer("d");
    const orders = [
      order({ platform: "jd", orderId: "j1", buyerKey: a }),
      order({ platform: "jd", orderId: "j2", buyerKey: a }),
    ];
    expect(badges(orders, ["j1"])).toEqual({});
    expect(
      computeOrderBadges({ orders, platform: "jd", ids: ["j1"], now: NOW }).j1?.repeatOrders,
    ).toBe(2);
  });
});
