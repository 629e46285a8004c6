import type { ProfitReport } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  costCoverage,
  dailyProfitChart,
  isEmptyProfit,
  profitKpis,
  stepShares,
  waterfallInput,
} from "./profit-figures.ts";

type Total = ProfitReport["total"];

const figures = {
  revenueFen: 100_000,
  refundFen: 10_000,
  cogsFen: 40_000,
  feesFen: 5_000,
  adSpendFen: 12_000,
  shippingFen: 3_000,
  otherFen: 2_000,
  netSalesFen: 90_000,
  profitFen: 28_000,
  marginRate: 28_000 / 90_000,
};
const cmp = (value: number | null, previous: number | null, lastYear: number | null) => ({
  value,
  previous,
  lastYear,
  vsPrevious: null,
  vsLastYear: null,
});
const waterfall: Total["waterfall"] = [
  { step: "revenue", amountFen: 100_000, runningFen: 100_000 },
  { step: "refunds", amountFen: -10_000, runningFen: 90_000 },
  { step: "cogs", amountFen: -40_000, runningFen: 50_000 },
  { step: "fees", amountFen: -5_000, runningFen: 45_000 },
  { step: "ads", amountFen: -12_000, runningFen: 33_000 },
  { step: "shipping", amountFen: -3_000, runningFen: 30_000 },
  { step: "other", amountFen: -2_000, runningFen: 28_000 },
  { step: "profit", amountFen: 28_000, runningFen: 28_000 },
];
const total: Total = {
  figures,
  waterfall,
  compare: {
    revenueFen: cmp(100_000, 80_000, null),
    refundFen: cmp(10_000, 20_000, 5_000),
    cogsFen: cmp(40_000, null, null),
    feesFen: cmp(5_000, null, null),
    adSpendFen: cmp(12_000, null, null),
    shippingFen: cmp(3_000, null, null),
    otherFen: cmp(2_000, null, null),
    profitFen: cmp(28_000, null, null),
    marginRate: cmp(28_000 / 90_000, null, null),
  },
  coverage: { costedUnits: 30, uncostedUnits: 10, uncostedRevenueFen: 18_000 },
};

describe("profitKpis", () => {
  it("leads with profit and margin, ids equal to the API keys", () => {
    const kpis = profitKpis(total);
    expect(kpis.map((k) => k.id)).toEqual([
      "profitFen",
      "marginRate",
      "revenueFen",
      "netSalesFen",
      "refundFen",
      "cogsFen",
      "feesFen",
      "adSpendFen",
      "shippingFen",
      "otherFen",
    ]);
    expect(kpis[1]?.unit).toBe("ratio");
    expect(kpis[0]?.unit).toBe("fen");
    expect(kpis[0]?.figure).toBe(total.compare.profitFen);
  });
  it("compares net sales as revenue − refunds of each period", () => {
    const net = profitKpis(total).find((k) => k.id === "netSalesFen")?.figure;
    // Now 90,000; before 80,000 − 20,000 = 60,000 (+50%); a year ago revenue unknown.
    expect(net).toEqual({
      value: 90_000,
      previous: 60_000,
      lastYear: null,
      vsPrevious: 0.5,
      vsLastYear: null,
    });
  });
});

describe("costCoverage", () => {
  it("gives the share of net sales that has a product cost", () => {
    // (90,000 − 18,000) / 90,000 = 0.8
    expect(costCoverage(figures, total.coverage)).toEqual({
      costedShare: 0.8,
      costedUnits: 30,
      uncostedUnits: 10,
      uncostedRevenueFen: 18_000,
      complete: false,
    });
  });
  it("is complete without uncosted units, and has no share without net sales", () => {
    const none = { costedUnits: 0, uncostedUnits: 0, uncostedRevenueFen: 0 };
    expect(costCoverage(figures, none)).toMatchObject({ costedShare: 1, complete: true });
    expect(costCoverage({ ...figures, netSalesFen: 0 }, none).costedShare).toBeNull();
  });
});

describe("waterfallInput / stepShares", () => {
  it("marks revenue and profit as totals and keeps the API's order and signs", () => {
    const steps = waterfallInput(waterfall, (s) => `L:${s}`);
    expect(steps.map((s) => [s.id, s.amount, s.running, s.total])).toEqual([
      ["revenue", 100_000, 100_000, true],
      ["refunds", -10_000, 90_000, false],
      ["cogs", -40_000, 50_000, false],
      ["fees", -5_000, 45_000, false],
      ["ads", -12_000, 33_000, false],
      ["shipping", -3_000, 30_000, false],
      ["other", -2_000, 28_000, false],
      ["profit", 28_000, 28_000, true],
    ]);
    expect(steps[0]?.label).toBe("L:revenue");
  });
  it("expresses each step as a share of revenue", () => {
    const shares = stepShares(waterfall);
    expect(shares.map((s) => s.share)).toEqual([1, -0.1, -0.4, -0.05, -0.12, -0.03, -0.02, 0.28]);
    expect(stepShares(waterfall.map((s) => ({ ...s, amountFen: 0 })))[0]?.share).toBeNull();
  });
});

describe("isEmptyProfit", () => {
  it("is empty only when no money moved at all", () => {
    const zero = { ...figures, revenueFen: 0, refundFen: 0, cogsFen: 0, feesFen: 0 };
    expect(isEmptyProfit(figures)).toBe(false);
    expect(isEmptyProfit({ ...zero, adSpendFen: 0, shippingFen: 0, otherFen: 0 })).toBe(true);
    expect(isEmptyProfit({ ...zero, adSpendFen: 500, shippingFen: 0, otherFen: 0 })).toBe(false);
  });
});

describe("dailyProfitChart", () => {
  it("draws net sales and profit per day in fen", () => {
    const byDay = [
      { date: "2026-10-01", figures, uncostedUnits: 0 },
      {
        date: "2026-10-02",
        figures: { ...figures, netSalesFen: 500, profitFen: -700 },
        uncostedUnits: 2,
      },
    ];
    const chart = dailyProfitChart(
      byDay,
      { netSales: "N", profit: "P" },
      { netSales: "#111", profit: "#222" },
    );
    expect(chart.labels).toEqual(["2026-10-01", "2026-10-02"]);
    expect(chart.unit).toBe("fen");
    expect(chart.series.map((s) => [s.label, s.color, s.points.map((p) => p.y)])).toEqual([
      ["N", "#111", [90_000, 500]],
      ["P", "#222", [28_000, -700]],
    ]);
  });
});
