import { describe, expect, it } from "vitest";
import { compare, ratio, relativeChange, shareOf } from "./compare.ts";

describe("relativeChange", () => {
  it("is blank, not infinite, when the base is zero or unknown", () => {
    expect(relativeChange(100, 0)).toBeNull();
    expect(relativeChange(0, 0)).toBeNull();
    expect(relativeChange(null, 10)).toBeNull();
    expect(relativeChange(10, null)).toBeNull();
  });
  it("gives the change as a fraction of the base", () => {
    expect(relativeChange(125, 100)).toBe(0.25);
    expect(relativeChange(0, 80)).toBe(-1);
    expect(relativeChange(80, 100)).toBeCloseTo(-0.2, 12);
    // A loss that shrinks is an improvement: measured against the base's size.
    expect(relativeChange(-50, -100)).toBe(0.5);
  });
});

describe("compare", () => {
  it("pairs a figure with 环比 and 同比", () => {
    expect(compare(120, 100, 0)).toEqual({
      value: 120,
      previous: 100,
      lastYear: 0,
      vsPrevious: 0.2,
      vsLastYear: null,
    });
  });
});

describe("shareOf and ratio", () => {
  it("divide summed parts and stay blank on a zero whole", () => {
    expect(shareOf(25, 100)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(1, null)).toBeNull();
  });
});
