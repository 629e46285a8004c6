import { describe, expect, it } from "vitest";
import { formatBeijingDateTime, formatDay, formatMonth, formatPeriod } from "./dates.ts";

describe("email dates", () => {
  it("writes a day with its weekday in both languages", () => {
    expect(formatDay("2026-12-01", "zh-CN", { weekday: true })).toBe("12月1日（周二）");
    expect(formatDay("2026-12-01", "en", { weekday: true })).toBe("Tue 1 Dec");
    expect(formatDay("2026-12-05", "zh-CN")).toBe("12月5日");
    expect(formatDay("2025-12-01", "zh-CN", { weekday: true, year: true })).toBe(
      "2025年12月1日（周一）",
    );
    expect(formatDay("2025-12-01", "en", { weekday: true, year: true })).toBe("Mon 1 Dec 2025");
  });

  it("writes months and periods", () => {
    expect(formatMonth("2026-11-01", "zh-CN")).toBe("2026年11月");
    expect(formatMonth("2026-11-01", "en")).toBe("November 2026");
    const week = { from: "2026-11-23", to: "2026-11-29" };
    expect(formatPeriod(week, "zh-CN")).toBe("11月23日–11月29日");
    expect(formatPeriod(week, "en")).toBe("23 Nov – 29 Nov");
    expect(formatPeriod(week, "zh-CN", true)).toBe("2026年11月23日–11月29日");
    expect(formatPeriod(week, "en", true)).toBe("23 Nov – 29 Nov 2026");
    expect(formatPeriod({ from: "2026-11-01", to: "2026-11-30" }, "zh-CN")).toBe("2026年11月");
    expect(formatPeriod({ from: "2026-02-01", to: "2026-02-27" }, "zh-CN")).toBe("2月1日–2月27日");
    expect(formatPeriod({ from: "2026-12-28", to: "2027-01-03" }, "zh-CN")).toBe(
      "2026年12月28日–2027年1月3日",
    );
  });

  it("leaves a value that is not a date as it is", () => {
    expect(formatDay("soon", "zh-CN")).toBe("soon");
  });

  it("writes instants in Beijing time", () => {
    expect(formatBeijingDateTime(Date.UTC(2026, 10, 30, 13, 5))).toBe("2026-11-30 21:05");
  });
});
