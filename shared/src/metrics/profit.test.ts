import { describe, expect, it } from "vitest";
import {
  addProfit,
  applyBasisPoints,
  EMPTY_PROFIT,
  estimateFeesFen,
  goodsCost,
  marginRate,
  profitFigures,
  profitWaterfall,
  shippingCostFen,
  shopDayFees,
  subtractProfit,
} from "./profit.ts";

// A typical day: ¥1,000.00 sold, ¥100.00 refunded, goods ¥400.00, fees ¥45.00, ads ¥80.00,
// shipping ¥60.00, other ¥15.00 → profit ¥300.00 on net sales ¥900.00 (margin 1/3).
const DAY = {
  revenueFen: 100000,
  refundFen: 10000,
  cogsFen: 40000,
  feesFen: 4500,
  adSpendFen: 8000,
  shippingFen: 6000,
  otherFen: 1500,
};

describe("profitFigures", () => {
  it("is zero with a blank margin for an empty period", () => {
    expect(profitFigures(EMPTY_PROFIT)).toEqual({
      ...EMPTY_PROFIT,
      netSalesFen: 0,
      profitFen: 0,
      marginRate: null,
    });
  });
  it("handles one sale with no costs", () => {
    const one = { ...EMPTY_PROFIT, revenueFen: 2990 };
    expect(profitFigures(one)).toMatchObject({ netSalesFen: 2990, profitFen: 2990, marginRate: 1 });
  });
  it("subtracts every cost (hand-computed)", () => {
    const f = profitFigures(DAY);
    expect(f.netSalesFen).toBe(90000);
    expect(f.profitFen).toBe(30000);
    expect(f.marginRate).toBeCloseTo(1 / 3, 12);
  });
  it("goes negative when costs exceed sales", () => {
    // ¥50.00 sold, ¥30.00 goods, ¥40.00 ads: −¥20.00, margin −40%.
    const f = profitFigures({ ...EMPTY_PROFIT, revenueFen: 5000, cogsFen: 3000, adSpendFen: 4000 });
    expect(f.profitFen).toBe(-2000);
    expect(f.marginRate).toBe(-0.4);
  });
  it("has no margin when everything was refunded, yet keeps the loss", () => {
    const f = profitFigures({ ...EMPTY_PROFIT, revenueFen: 5000, refundFen: 5000, otherFen: 700 });
    expect(f.profitFen).toBe(-700);
    expect(f.marginRate).toBeNull();
  });
  it("adds and subtracts part by part", () => {
    const two = addProfit(DAY, DAY);
    expect(two).toMatchObject({ revenueFen: 200000, otherFen: 3000 });
    expect(addProfit(DAY, { adSpendFen: 1 }).adSpendFen).toBe(8001);
    expect(subtractProfit(two, DAY)).toEqual(DAY);
  });
});

describe("marginRate", () => {
  it("is null without net sales and a plain ratio otherwise", () => {
    expect(marginRate(0, 0)).toBeNull();
    expect(marginRate(-100, -50)).toBeNull();
    expect(marginRate(250, 1000)).toBe(0.25);
  });
});

describe("fees", () => {
  it("rounds basis points half up in whole fen", () => {
    expect(applyBasisPoints(0, 500)).toBe(0);
    expect(applyBasisPoints(10000, 500)).toBe(500);
    // 1234 × 5.5% = 67.87 → 68; 10 × 5% = 0.5 → 1; 9 × 5% = 0.45 → 0.
    expect(applyBasisPoints(1234, 550)).toBe(68);
    expect(applyBasisPoints(10, 500)).toBe(1);
    expect(applyBasisPoints(9, 500)).toBe(0);
    // Symmetric for a negative base (refunds above sales): −0.5 → −1.
    expect(applyBasisPoints(-10, 500)).toBe(-1);
    expect(applyBasisPoints(-9, 500)).toEqual(0);
  });
  it("adds commission and service fee rates", () => {
    // ¥199.99 × (5% + 0.6%) = 11.19944 → ¥11.20.
    expect(estimateFeesFen(19999, 500, 60)).toBe(1120);
    expect(estimateFeesFen(19999, 0)).toBe(0);
  });
  it("uses settlements where captured and rates on the rest of the shop-day", () => {
    // Net ¥380.00, of which ¥180.00 settled with ¥10.00 fees; ¥200.00 × 5% = ¥10.00 estimated.
    expect(
      shopDayFees({
        netSalesFen: 38000,
        settledFeeFen: 1000,
        settledNetFen: 18000,
        commissionBp: 500,
        serviceFeeBp: 0,
      }),
    ).toEqual({ settledFen: 1000, estimatedFen: 1000 });
    // Everything settled: nothing estimated even with rates.
    expect(
      shopDayFees({
        netSalesFen: 18000,
        settledFeeFen: 1000,
        settledNetFen: 18000,
        commissionBp: 500,
        serviceFeeBp: 100,
      }),
    ).toEqual({ settledFen: 1000, estimatedFen: 0 });
  });
});

describe("shipping and cost of goods", () => {
  it("charges shipping per paid order", () => {
    expect(shippingCostFen(0, 800)).toBe(0);
    expect(shippingCostFen(3, 800)).toBe(2400);
  });
  it("costs kept units at the day's unit cost", () => {
    expect(goodsCost(0, 0, 1200)).toEqual({ cogsFen: 0, costedUnits: 0, uncostedUnits: 0 });
    expect(goodsCost(3, 1, 1200)).toEqual({ cogsFen: 2400, costedUnits: 2, uncostedUnits: 0 });
    expect(goodsCost(1, 1, 1200)).toEqual({ cogsFen: 0, costedUnits: 0, uncostedUnits: 0 });
  });
  it("counts units without a cost instead of costing them at 0", () => {
    expect(goodsCost(4, 1, null)).toEqual({ cogsFen: 0, costedUnits: 0, uncostedUnits: 3 });
    // A free item is costed (cost 0 is a cost), not uncosted.
    expect(goodsCost(2, 0, 0)).toEqual({ cogsFen: 0, costedUnits: 2, uncostedUnits: 0 });
  });
});

describe("profitWaterfall", () => {
  it("walks from revenue to profit with running totals", () => {
    expect(profitWaterfall(DAY)).toEqual([
      { step: "revenue", amountFen: 100000, runningFen: 100000 },
      { step: "refunds", amountFen: -10000, runningFen: 90000 },
      { step: "cogs", amountFen: -40000, runningFen: 50000 },
      { step: "fees", amountFen: -4500, runningFen: 45500 },
      { step: "ads", amountFen: -8000, runningFen: 37500 },
      { step: "shipping", amountFen: -6000, runningFen: 31500 },
      { step: "other", amountFen: -1500, runningFen: 30000 },
      { step: "profit", amountFen: 30000, runningFen: 30000 },
    ]);
  });
  it("ends at zero for an empty period and below zero for a loss", () => {
    // toEqual tells −0 from 0: a zero cost must not show as "−0".
    expect(profitWaterfall(EMPTY_PROFIT)).toEqual(
      ["revenue", "refunds", "cogs", "fees", "ads", "shipping", "other", "profit"].map((step) => ({
        step,
        amountFen: 0,
        runningFen: 0,
      })),
    );
    const loss = profitWaterfall({ ...EMPTY_PROFIT, adSpendFen: 1000 });
    expect(loss.at(-1)).toEqual({ step: "profit", amountFen: -1000, runningFen: -1000 });
  });
});
