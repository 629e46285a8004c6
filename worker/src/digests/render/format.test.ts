import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatCount,
  formatFixed,
  formatMoney,
  formatPercent,
  formatTrimmed,
} from "./format.ts";

describe("email number formats", () => {
  it("writes fen exactly as yuan, unknown as a dash", () => {
    expect(formatMoney(1_234_567)).toBe("¥12,345.67");
    expect(formatMoney(5)).toBe("¥0.05");
    expect(formatMoney(-12_000)).toBe("-¥120.00");
    expect(formatMoney(204_000.4)).toBe("¥2,040.00");
    expect(formatMoney(null)).toBe("—");
  });

  it("writes percentages with one decimal", () => {
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatPercent(0.025)).toBe("2.5%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(null)).toBe("—");
  });

  it("writes changes with a sign and a true minus; what rounds to zero is flat", () => {
    expect(formatChange(0.123)).toEqual({ text: "+12.3%", direction: "up" });
    expect(formatChange(-0.04)).toEqual({ text: "−4.0%", direction: "down" });
    expect(formatChange(0.00049)).toEqual({ text: "0.0%", direction: "flat" });
    expect(formatChange(-0.00049)).toEqual({ text: "0.0%", direction: "flat" });
    expect(formatChange(null)).toEqual({ text: "—", direction: "flat" });
    expect(formatChange(Number.POSITIVE_INFINITY)).toEqual({ text: "—", direction: "flat" });
  });

  it("groups counts and keeps decimals as asked", () => {
    expect(formatCount(1_234_567)).toBe("1,234,567");
    expect(formatCount(null)).toBe("—");
    expect(formatFixed(3.5, 1)).toBe("3.5");
    expect(formatFixed(7, 1)).toBe("7.0");
    expect(formatTrimmed(2.5, 2)).toBe("2.5");
    expect(formatTrimmed(36.5, 1)).toBe("36.5");
  });
});
