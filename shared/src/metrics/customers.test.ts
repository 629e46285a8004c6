import { describe, expect, it } from "vitest";
import {
  RFM_SEGMENTS,
  type RfmCell,
  repurchaseRate,
  rfmScore,
  rfmSegment,
  summarizeRfm,
} from "./customers.ts";

describe("rfmScore", () => {
  it("scores recency at the documented day bounds", () => {
    const r = (recencyDays: number) => rfmScore({ recencyDays, orders: 1, paidFen: 0 }).r;
    expect([0, 30, 31, 60, 61, 90, 91, 180, 181, 364].map(r)).toEqual([
      5, 5, 4, 4, 3, 3, 2, 2, 1, 1,
    ]);
  });
  it("scores frequency by paid orders, 5 or more is 5", () => {
    const f = (orders: number) => rfmScore({ recencyDays: 0, orders, paidFen: 0 }).f;
    expect([1, 2, 3, 4, 5, 6, 40].map(f)).toEqual([1, 2, 3, 4, 5, 5, 5]);
  });
  it("scores monetary value at ¥100, ¥300, ¥800 and ¥2,000", () => {
    const m = (paidFen: number) => rfmScore({ recencyDays: 0, orders: 1, paidFen }).m;
    expect([0, 9999, 10000, 29999, 30000, 79999, 80000, 199999, 200000, 5_000_000].map(m)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });
  it("scores a typical buyer: 45 days ago, 3 orders, ¥256.00", () => {
    expect(rfmScore({ recencyDays: 45, orders: 3, paidFen: 25600 })).toEqual({ r: 4, f: 3, m: 2 });
  });
});

describe("rfmSegment", () => {
  it("maps high (≥ 3) and low scores to the 8 classic segments", () => {
    expect(rfmSegment({ r: 5, f: 3, m: 3 })).toBe("important-value");
    expect(rfmSegment({ r: 3, f: 2, m: 5 })).toBe("important-develop");
    expect(rfmSegment({ r: 2, f: 4, m: 3 })).toBe("important-keep");
    expect(rfmSegment({ r: 1, f: 1, m: 4 })).toBe("important-retain");
    expect(rfmSegment({ r: 4, f: 5, m: 2 })).toBe("general-value");
    expect(rfmSegment({ r: 3, f: 1, m: 1 })).toBe("general-develop");
    expect(rfmSegment({ r: 2, f: 3, m: 2 })).toBe("general-keep");
    expect(rfmSegment({ r: 2, f: 2, m: 2 })).toBe("general-retain");
  });
  it("names every segment in Chinese, one per high/low combination", () => {
    expect(RFM_SEGMENTS.map((s) => s.zh)).toEqual([
      "重要价值客户",
      "重要发展客户",
      "重要保持客户",
      "重要挽留客户",
      "一般价值客户",
      "一般发展客户",
      "一般保持客户",
      "一般挽留客户",
    ]);
    const combos = new Set(RFM_SEGMENTS.map((s) => `${s.r}${s.f}${s.m}`));
    expect(combos.size).toBe(8);
  });
});

describe("summarizeRfm", () => {
  it("lists all segments and 25 cells with zeros when there are no buyers", () => {
    const s = summarizeRfm([]);
    expect(s.buyers).toBe(0);
    expect(s.segments).toHaveLength(8);
    expect(s.segments.every((x) => x.buyers === 0 && x.share === null)).toBe(true);
    expect(s.grid).toHaveLength(25);
    expect(s.grid[0]).toEqual({ r: 5, f: 1, buyers: 0 });
    expect(s.grid[24]).toEqual({ r: 1, f: 5, buyers: 0 });
  });
  it("adds cells into segments and the R × F grid (hand-computed)", () => {
    const cells: RfmCell[] = [
      { r: 5, f: 3, m: 3, buyers: 2, orders: 6, paidFen: 90000 },
      { r: 5, f: 3, m: 1, buyers: 1, orders: 3, paidFen: 5000 },
      { r: 4, f: 1, m: 4, buyers: 1, orders: 1, paidFen: 90000 },
      { r: 1, f: 1, m: 1, buyers: 4, orders: 4, paidFen: 20000 },
    ];
    const s = summarizeRfm(cells);
    expect(s.buyers).toBe(8);
    const by = Object.fromEntries(s.segments.map((x) => [x.segment, x]));
    expect(by["important-value"]).toEqual({
      segment: "important-value",
      buyers: 2,
      orders: 6,
      paidFen: 90000,
      share: 0.25,
    });
    expect(by["general-value"]).toMatchObject({ buyers: 1, orders: 3, paidFen: 5000 });
    expect(by["important-develop"]).toMatchObject({ buyers: 1, paidFen: 90000 });
    expect(by["general-retain"]).toMatchObject({ buyers: 4, share: 0.5 });
    expect(by["important-keep"]?.buyers).toBe(0);
    const cell = (r: number, f: number) => s.grid.find((g) => g.r === r && g.f === f)?.buyers;
    expect(cell(5, 3)).toBe(3);
    expect(cell(4, 1)).toBe(1);
    expect(cell(1, 1)).toBe(4);
    expect(s.grid.reduce((n, g) => n + g.buyers, 0)).toBe(8);
  });
});

describe("repurchaseRate", () => {
  const today = "2026-11-22";
  it("is blank with no buyers", () => {
    expect(repurchaseRate([], 30, today)).toEqual({
      windowDays: 30,
      eligible: 0,
      repurchased: 0,
      rate: null,
      pending: 0,
    });
  });
  it("counts one buyer who came back on day 30 within 30 days, day 31 only within 90", () => {
    const on30 = [{ firstDate: "2026-06-01", gapDays: 30, buyers: 1 }];
    expect(repurchaseRate(on30, 30, today)).toMatchObject({ eligible: 1, repurchased: 1, rate: 1 });
    const on31 = [{ firstDate: "2026-06-01", gapDays: 31, buyers: 1 }];
    expect(repurchaseRate(on31, 30, today).rate).toBe(0);
    expect(repurchaseRate(on31, 90, today).rate).toBe(1);
  });
  it("leaves out buyers whose window has not passed (hand-computed)", () => {
    const rows = [
      { firstDate: "2026-08-01", gapDays: 5, buyers: 2 },
      { firstDate: "2026-08-01", gapDays: null, buyers: 3 },
      { firstDate: "2026-09-10", gapDays: 60, buyers: 1 },
      // 2026-10-23 + 30 = 11-22 = today: its 30-day window is not over.
      { firstDate: "2026-10-23", gapDays: 2, buyers: 4 },
      { firstDate: "2026-10-22", gapDays: null, buyers: 1 },
    ];
    expect(repurchaseRate(rows, 30, today)).toEqual({
      windowDays: 30,
      eligible: 7,
      repurchased: 2,
      rate: 2 / 7,
      pending: 4,
    });
    // 90 days: only 08-01 is older than 90 days (08-01 + 90 = 10-30).
    expect(repurchaseRate(rows, 90, today)).toEqual({
      windowDays: 90,
      eligible: 5,
      repurchased: 2,
      rate: 0.4,
      pending: 6,
    });
  });
});
