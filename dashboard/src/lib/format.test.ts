import { describe, expect, it } from "vitest";
import {
  formatBeijingDateTime,
  formatByUnit,
  formatChange,
  formatCount,
  formatDateSpan,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  NO_VALUE,
} from "./format.ts";

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-12345)).toBe("-12,345");
    expect(formatCount(Number.MAX_SAFE_INTEGER)).toBe("9,007,199,254,740,991");
  });

  it("does not invent a figure for garbage", () => {
    expect(formatCount(Number.NaN)).toBe(NO_VALUE);
    expect(formatCount(1.5)).toBe("1.5");
  });
});

describe("formatBeijingDateTime", () => {
  it("shows Beijing wall-clock time", () => {
    // 2026-11-10T16:20:00Z is 00:20 on 11 Nov in Beijing (双十一 just started).
    expect(formatBeijingDateTime(Date.UTC(2026, 10, 10, 16, 20))).toBe("2026-11-11 00:20");
    expect(formatBeijingDateTime(Date.UTC(2026, 10, 11, 2, 5, 59))).toBe("2026-11-11 10:05");
  });

  it("shows a dash when never captured", () => {
    expect(formatBeijingDateTime(null)).toBe(NO_VALUE);
  });
});

describe("formatDateSpan", () => {
  it("joins first and last", () => {
    expect(formatDateSpan("2026-10-01", "2026-11-11")).toBe("2026-10-01 – 2026-11-11");
  });

  it("shows one day once", () => {
    expect(formatDateSpan("2026-11-11", "2026-11-11")).toBe("2026-11-11");
  });

  it("gives null when the span is unknown", () => {
    expect(formatDateSpan(null, null)).toBeNull();
    expect(formatDateSpan("2026-10-01", null)).toBeNull();
    expect(formatDateSpan("2026-02-30", "2026-03-01")).toBeNull();
  });
});

describe("formatMoney", () => {
  it("formats fen and keeps unknown apart from zero", () => {
    expect(formatMoney(123450)).toBe("¥1,234.50");
    expect(formatMoney(0)).toBe("¥0.00");
    expect(formatMoney(null)).toBe(NO_VALUE);
  });
});

describe("formatPercent, formatChange and formatMoneyCompact", () => {
  it("formats ratios and changes, blank for unknown or infinite", () => {
    expect(formatPercent(0.1234)).toBe("12.34%");
    expect(formatPercent(0)).toBe("0.00%");
    expect(formatPercent(null)).toBe("—");
    expect(formatChange(0.1234)).toBe("+12.3%");
    expect(formatChange(-0.04)).toBe("-4.0%");
    expect(formatChange(0)).toBe("0.0%");
    expect(formatChange(null)).toBe("—");
    expect(formatChange(Number.POSITIVE_INFINITY)).toBe("—");
  });
  it("shows big money in 万", () => {
    expect(formatMoneyCompact(123_456_789)).toBe("¥123.46万");
    expect(formatMoneyCompact(999_999)).toBe("¥9,999.99");
    expect(formatMoneyCompact(null)).toBe("—");
  });
});

describe("formatByUnit", () => {
  it("formats like the cards: fen as ¥, ratios as %, counts grouped, multiples with two decimals", () => {
    expect(formatByUnit("fen", 123456)).toBe("¥1,234.56");
    expect(formatByUnit("ratio", 0.1234)).toBe("12.34%");
    expect(formatByUnit("count", 1234567)).toBe("1,234,567");
    expect(formatByUnit("multiple", 3.254)).toBe("3.25");
    expect(formatByUnit("multiple", null)).toBe("—");
    expect(formatByUnit("multiple", Number.POSITIVE_INFINITY)).toBe("—");
  });
});
