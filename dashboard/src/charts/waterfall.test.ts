import { describe, expect, it } from "vitest";
import { WATERFALL_COLORS, waterfallBars } from "./waterfall.ts";

const step = (id: string, amount: number, running: number, total = false) => ({
  id,
  label: id.toUpperCase(),
  amount,
  running,
  total,
});

describe("waterfallBars", () => {
  it("stands totals on zero and floats changes between running totals", () => {
    const bars = waterfallBars([
      step("revenue", 10000, 10000, true),
      step("refunds", -1500, 8500),
      step("cogs", -4000, 4500),
      step("other", 0, 4500),
      step("profit", 4500, 4500, true),
    ]);
    expect(bars.map((b) => [b.id, b.range, b.kind])).toEqual([
      ["revenue", [0, 10000], "total"],
      ["refunds", [10000, 8500], "decrease"],
      ["cogs", [8500, 4500], "decrease"],
      ["other", [4500, 4500], "decrease"],
      ["profit", [0, 4500], "total"],
    ]);
    expect(bars[1]?.label).toBe("REFUNDS");
    expect(bars[1]?.amount).toBe(-1500);
  });

  it("colours increases red, decreases green and totals neutral (Chinese convention)", () => {
    const bars = waterfallBars([
      step("revenue", 300, 300, true),
      step("credit", 200, 500),
      step("fees", -900, -400),
      step("profit", -400, -400, true),
    ]);
    expect(bars.map((b) => b.color)).toEqual([
      WATERFALL_COLORS.total,
      WATERFALL_COLORS.increase,
      WATERFALL_COLORS.decrease,
      WATERFALL_COLORS.total,
    ]);
    expect(WATERFALL_COLORS.increase).toBe("#d4380d");
    expect(WATERFALL_COLORS.decrease).toBe("#389e0d");
    // A loss goes below zero: the fee bar crosses the axis, the result bar hangs under it.
    expect(bars[2]?.range).toEqual([500, -400]);
    expect(bars[3]?.range).toEqual([0, -400]);
  });

  it("is empty without steps", () => {
    expect(waterfallBars([])).toEqual([]);
  });
});
