import { describe, expect, it } from "vitest";
import { METRICS, isAdditive } from "./registry.ts";
import { addSales, averageOrderValueFen, EMPTY_SALES, salesFigures } from "./sales.ts";

describe("salesFigures", () => {
  it("is all blanks and zeros for an empty period", () => {
    expect(salesFigures(EMPTY_SALES, 0)).toEqual({
      ...EMPTY_SALES,
      netSalesFen: 0,
      buyers: 0,
      aovFen: null,
      refundRate: null,
      ordersPerBuyer: null,
    });
  });
  it("handles one order", () => {
    const one = { orders: 1, units: 2, paidFen: 23980, refundFen: 0, refundOrders: 0 };
    expect(salesFigures(one, 1)).toMatchObject({
      netSalesFen: 23980,
      aovFen: 23980,
      refundRate: 0,
      ordersPerBuyer: 1,
    });
  });
  it("recomputes ratios from summed parts (hand-computed)", () => {
    // Day 1: 3 orders ¥300.00, ¥30.00 refunded; day 2: 1 order ¥99.99, nothing refunded.
    const a = { orders: 3, units: 4, paidFen: 30000, refundFen: 3000, refundOrders: 1 };
    const b = { orders: 1, units: 1, paidFen: 9999, refundFen: 0, refundOrders: 0 };
    const total = salesFigures(addSales(a, b), 3);
    expect(total.paidFen).toBe(39999);
    expect(total.netSalesFen).toBe(36999);
    // 39999 / 4 = 9999.75 → 10000 fen; the average of the two days' AOVs would be wrong (9999.5).
    expect(total.aovFen).toBe(10000);
    expect(total.refundRate).toBeCloseTo(3000 / 39999, 12);
    expect(total.ordersPerBuyer).toBeCloseTo(4 / 3, 12);
  });
  it("keeps buyers unknown when they are", () => {
    expect(salesFigures(EMPTY_SALES, null).ordersPerBuyer).toBeNull();
  });
  it("rounds AOV half up in whole fen", () => {
    expect(averageOrderValueFen(3, 2)).toBe(2);
    expect(averageOrderValueFen(1, 3)).toBe(0);
    expect(averageOrderValueFen(0, 0)).toBeNull();
  });
});

describe("metric registry", () => {
  it("knows distinct counts and ratios are not additive", () => {
    expect(isAdditive("paidFen")).toBe(true);
    expect(isAdditive("buyers")).toBe(false);
    expect(isAdditive("visitors")).toBe(false);
    expect(isAdditive("conversionRate")).toBe(false);
    for (const m of Object.values(METRICS)) expect(m.zh.length).toBeGreaterThan(0);
  });
});
