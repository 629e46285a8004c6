import { describe, expect, it } from "vitest";
import { expectedSpan, findGaps, MAX_GAPS, spanDays } from "./gaps.ts";

const RANGE = { from: "2026-11-01", to: "2026-11-07" };

describe("expectedSpan", () => {
  it("starts at the shop's first record and ends today at the latest", () => {
    expect(expectedSpan(RANGE, "2026-10-01", "2026-12-01")).toEqual(RANGE);
    expect(expectedSpan(RANGE, "2026-11-04", "2026-12-01")).toEqual({
      from: "2026-11-04",
      to: "2026-11-07",
    });
    expect(expectedSpan(RANGE, "2026-10-01", "2026-11-05")).toEqual({
      from: "2026-11-01",
      to: "2026-11-05",
    });
  });

  it("is empty for a shop that never had the kind, or began after the range", () => {
    expect(expectedSpan(RANGE, null, "2026-12-01")).toBeNull();
    expect(expectedSpan(RANGE, "2026-11-08", "2026-12-01")).toBeNull();
    expect(spanDays(null)).toBe(0);
    expect(spanDays(RANGE)).toBe(7);
  });
});

describe("findGaps", () => {
  it("lists runs of missing days, oldest first", () => {
    const days = new Set(["2026-11-01", "2026-11-04", "2026-11-05"]);
    expect(findGaps(RANGE, days)).toEqual([
      { from: "2026-11-02", to: "2026-11-03", days: 2 },
      { from: "2026-11-06", to: "2026-11-07", days: 2 },
    ]);
  });

  it("is empty when every day has data, and one run when none has", () => {
    const all = new Set(["01", "02", "03", "04", "05", "06", "07"].map((d) => `2026-11-${d}`));
    expect(findGaps(RANGE, all)).toEqual([]);
    expect(findGaps(RANGE, new Set())).toEqual([{ from: "2026-11-01", to: "2026-11-07", days: 7 }]);
    expect(findGaps(null, new Set())).toEqual([]);
  });

  it("stops listing at MAX_GAPS", () => {
    // Every other day of 200 days has data: 100 one-day gaps.
    const span = { from: "2026-01-01", to: "2026-07-19" };
    const days = new Set(Array.from({ length: 100 }, (_, i) => addTwo(i)));
    expect(findGaps(span, days)).toHaveLength(MAX_GAPS);
  });
});

function addTwo(i: number): string {
  return new Date(Date.UTC(2026, 0, 1 + 2 * i)).toISOString().slice(0, 10);
}
