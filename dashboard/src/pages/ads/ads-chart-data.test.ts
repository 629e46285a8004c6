import type { AdsReport } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { AD_GMV_COLOR, dailySpendVsGmv, hasAdData, SPEND_COLOR } from "./ads-chart-data.ts";

type Figures = AdsReport["days"][number]["figures"];
const figures = (spendFen: number, attributedFen: number, impressions = 0): Figures => ({
  spendFen,
  impressions,
  clicks: 0,
  attributedOrders: 0,
  attributedFen,
  ctr: null,
  cpcFen: null,
  conversionRate: null,
  roas: spendFen === 0 ? null : attributedFen / spendFen,
  acos: attributedFen === 0 ? null : spendFen / attributedFen,
});
const range = { from: "2026-11-01", to: "2026-11-03" };
const meta = {
  range,
  previous: { from: "2026-10-29", to: "2026-10-31" },
  lastYear: { from: "2025-11-01", to: "2025-11-03" },
  platforms: null,
  shops: null,
  today: "2026-11-04",
  generatedAt: 0,
};
const day = (date: string, f: Figures) => ({ date, figures: f, salesFen: 0, spendShare: null });

describe("dailySpendVsGmv", () => {
  it("gives a spend line and an ad GMV line over every date", () => {
    const data = dailySpendVsGmv(
      {
        meta,
        days: [
          day("2026-11-01", figures(1_000, 3_500)),
          day("2026-11-02", figures(0, 0)),
          day("2026-11-03", figures(2_050, 1_200)),
        ],
      },
      { spend: "花费", gmv: "成交" },
    );
    expect(data.labels).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(data.unit).toBe("fen");
    expect(data.series.map((s) => [s.id, s.label, s.color])).toEqual([
      ["spend", "花费", SPEND_COLOR],
      ["gmv", "成交", AD_GMV_COLOR],
    ]);
    expect(data.series[0]?.points).toEqual([
      { x: 0, y: 1_000 },
      { x: 1, y: 0 },
      { x: 2, y: 2_050 },
    ]);
    expect(data.series[1]?.points.map((p) => p.y)).toEqual([3_500, 0, 1_200]);
  });
  it("leaves a day the API did not return as a gap, not zero", () => {
    const data = dailySpendVsGmv(
      { meta, days: [day("2026-11-02", figures(700, 900))] },
      { spend: "s", gmv: "g" },
    );
    expect(data.series[0]?.points.map((p) => p.y)).toEqual([null, 700, null]);
  });
});

describe("hasAdData", () => {
  const total = (f: Figures) => ({ figures: f }) as unknown as AdsReport["total"];
  const none = { shopDays: 0, spendFen: 0 };
  it("is false for a range without any ad record", () => {
    expect(hasAdData({ total: total(figures(0, 0)), campaigns: [], overlap: none })).toBe(false);
  });
  it("is true with spend, impressions without spend, or only overlapping 直通车 rows", () => {
    expect(hasAdData({ total: total(figures(1, 0)), campaigns: [], overlap: none })).toBe(true);
    expect(hasAdData({ total: total(figures(0, 0, 40)), campaigns: [], overlap: none })).toBe(true);
    expect(
      hasAdData({
        total: total(figures(0, 0)),
        campaigns: [],
        overlap: { shopDays: 1, spendFen: 9 },
      }),
    ).toBe(true);
  });
});
