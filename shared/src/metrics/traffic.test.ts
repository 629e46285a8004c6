import { describe, expect, it } from "vitest";
import { combineSpans, spanFigures, type TrafficFigureRecord, trafficFunnel } from "./traffic.ts";

const rec = (
  date: string,
  days: number,
  visitors: number | null,
  pageViews: number | null,
  buyers: number | null,
  paidFen: number | null = null,
  cartBuyers: number | null = null,
): TrafficFigureRecord => ({
  date,
  days,
  visitors,
  pageViews,
  buyers,
  paidOrders: buyers,
  paidFen,
  cartBuyers,
});

// The report fixture's shop: daily 11-01 (100 visitors) and 11-02 (80), and the platform's
// own 7-day figure from 11-01 (150 visitors: people came back on several days).
const SHOP = [
  rec("2026-11-01", 1, 100, 300, 1, 10000, 10),
  rec("2026-11-02", 1, 80, 200, 1, 5000, 6),
  rec("2026-11-01", 7, 150, 500, 1, 15000, 14),
];
const WEEK = { from: "2026-11-01", to: "2026-11-07" };

describe("spanFigures", () => {
  it("takes the platform's own record for exactly the span: 150 visitors, not 180", () => {
    expect(spanFigures(SHOP, WEEK)).toEqual({
      source: "platform-span",
      visitors: 150,
      buyers: 1,
      cartBuyers: 14,
      pageViews: 500,
      paidOrders: 1,
      paidFen: 15000,
      conversionRate: 1 / 150,
      missingDates: ["2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07"],
    });
  });
  it("answers a one-day range with its daily record", () => {
    expect(spanFigures(SHOP, { from: "2026-11-02", to: "2026-11-02" })).toMatchObject({
      source: "platform-span",
      visitors: 80,
      pageViews: 200,
      conversionRate: 1 / 80,
      missingDates: [],
    });
  });
  it("leaves distinct counts unknown over days without a span record, sums the additive", () => {
    expect(spanFigures(SHOP, { from: "2026-11-01", to: "2026-11-02" })).toEqual({
      source: "daily-sum",
      visitors: null,
      buyers: null,
      cartBuyers: null,
      pageViews: 500,
      paidOrders: 2,
      paidFen: 15000,
      conversionRate: null,
      missingDates: [],
    });
  });
  it("does not take a record of the same length starting on another day", () => {
    const shifted = [rec("2026-10-31", 2, 170, 400, 2), rec("2026-11-01", 3, 160, 450, 2)];
    expect(spanFigures(shifted, { from: "2026-11-01", to: "2026-11-02" }).source).toBe("unknown");
  });
  it("is unknown with no record, and never zero", () => {
    expect(spanFigures([], { from: "2026-11-05", to: "2026-11-06" })).toEqual({
      source: "unknown",
      visitors: null,
      buyers: null,
      cartBuyers: null,
      pageViews: null,
      paidOrders: null,
      paidFen: null,
      conversionRate: null,
      missingDates: ["2026-11-05", "2026-11-06"],
    });
  });
  it("ignores daily records outside the span and lists the days it lacks", () => {
    const r = spanFigures(SHOP, { from: "2026-11-02", to: "2026-11-04" });
    expect(r).toMatchObject({ source: "daily-sum", pageViews: 200, paidFen: 5000 });
    expect(r.missingDates).toEqual(["2026-11-03", "2026-11-04"]);
  });
  it("fills an additive figure the span record lacks from the daily records", () => {
    const r = spanFigures(
      [
        rec("2026-11-01", 2, 150, null, 3),
        rec("2026-11-01", 1, 100, 300, 2),
        rec("2026-11-02", 1, 80, null, 1),
      ],
      { from: "2026-11-01", to: "2026-11-02" },
    );
    expect(r).toMatchObject({ source: "platform-span", visitors: 150, pageViews: 300, buyers: 3 });
    expect(r.conversionRate).toBe(0.02);
  });
  it("gives a blank conversion rate when visitors are 0 or unknown", () => {
    const one = { from: "2026-11-09", to: "2026-11-09" };
    expect(spanFigures([rec("2026-11-09", 1, 0, 0, 0)], one).conversionRate).toBeNull();
    expect(spanFigures([rec("2026-11-09", 1, null, 5, 1)], one).conversionRate).toBeNull();
  });
});

describe("combineSpans", () => {
  const dates = ["2026-11-01", "2026-11-02"];
  const a = spanFigures(SHOP, { from: "2026-11-01", to: "2026-11-02" });
  const b = spanFigures([rec("2026-11-01", 2, 40, 90, 2, 800)], {
    from: "2026-11-01",
    to: "2026-11-02",
  });
  it("keeps one shop's figures as they are", () => {
    expect(combineSpans([b], dates)).toBe(b);
  });
  it("sums additive figures of several shops and never their visitors", () => {
    expect(combineSpans([a, b], dates)).toEqual({
      source: "daily-sum",
      visitors: null,
      buyers: null,
      cartBuyers: null,
      pageViews: 590,
      paidOrders: 4,
      paidFen: 15800,
      conversionRate: null,
      missingDates: ["2026-11-01", "2026-11-02"],
    });
  });
  it("is unknown with no shop", () => {
    expect(combineSpans([], dates)).toMatchObject({
      source: "unknown",
      pageViews: null,
      missingDates: dates,
    });
  });
});

describe("trafficFunnel", () => {
  it("runs visitors → cart → buyers from the span record only", () => {
    expect(trafficFunnel(spanFigures(SHOP, WEEK))).toEqual({
      visitors: 150,
      cartBuyers: 14,
      buyers: 1,
      cartRate: 14 / 150,
      conversionRate: 1 / 150,
    });
    expect(trafficFunnel(spanFigures(SHOP, { from: "2026-11-01", to: "2026-11-02" }))).toBeNull();
  });
  it("keeps an unknown step unknown", () => {
    const day = { from: "2026-11-09", to: "2026-11-09" };
    expect(trafficFunnel(spanFigures([rec("2026-11-09", 1, 50, 60, 2)], day))).toEqual({
      visitors: 50,
      cartBuyers: null,
      buyers: 2,
      cartRate: null,
      conversionRate: 0.04,
    });
  });
});
