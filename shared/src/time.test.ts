import { describe, expect, it } from "vitest";
import {
  addDays,
  beijingHour,
  dateRange,
  daysBetween,
  fromUnixSeconds,
  isBusinessDate,
  listDates,
  parseBeijingDateTime,
  previousPeriod,
  rangeLength,
  resolveDatePreset,
  samePeriodLastYear,
  startOfBusinessDay,
  TimeError,
  toBusinessDate,
} from "./time.ts";

describe("business dates in Asia/Shanghai", () => {
  it("puts 16:00 UTC on the next Beijing day", () => {
    expect(toBusinessDate(Date.UTC(2026, 10, 10, 15, 59, 59, 999))).toBe("2026-11-10");
    expect(toBusinessDate(Date.UTC(2026, 10, 10, 16, 0, 0))).toBe("2026-11-11");
  });

  it("starts a business day at 00:00 Beijing = 16:00 UTC the day before", () => {
    expect(startOfBusinessDay("2026-11-11")).toBe(Date.UTC(2026, 10, 10, 16));
    expect(beijingHour(Date.UTC(2026, 10, 10, 16, 30))).toBe(0);
  });

  it("knows real calendar dates", () => {
    expect(isBusinessDate("2028-02-29")).toBe(true);
    expect(isBusinessDate("2026-02-29")).toBe(false);
    expect(isBusinessDate("2026-13-01")).toBe(false);
    expect(isBusinessDate("2026-1-01")).toBe(false);
    expect(isBusinessDate(20261111)).toBe(false);
  });

  it("moves across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-11-01", "2026-11-11")).toBe(10);
    expect(daysBetween("2026-11-11", "2026-11-01")).toBe(-10);
    expect(() => addDays("2026-02-30", 1)).toThrow(TimeError);
  });
});

describe("platform time formats", () => {
  it("reads Taobao/JD wall-clock strings as Beijing time", () => {
    expect(parseBeijingDateTime("2026-11-11 00:00:05")).toBe(Date.UTC(2026, 10, 10, 16, 0, 5));
    expect(parseBeijingDateTime("2026/11/11 10:20")).toBe(Date.UTC(2026, 10, 11, 2, 20));
    expect(parseBeijingDateTime("2026-11-11")).toBe(Date.UTC(2026, 10, 10, 16));
    expect(parseBeijingDateTime("2026-11-11T10:20:30.5")).toBe(
      Date.UTC(2026, 10, 11, 2, 20, 30, 500),
    );
  });

  it("rejects impossible or garbled date-times", () => {
    expect(() => parseBeijingDateTime("2026-02-30 10:00:00")).toThrow(TimeError);
    expect(() => parseBeijingDateTime("2026-11-11 24:00:00")).toThrow(TimeError);
    expect(() => parseBeijingDateTime("昨天 10:00")).toThrow(TimeError);
    expect(() => parseBeijingDateTime("")).toThrow(TimeError);
  });

  it("reads Pinduoduo unix seconds", () => {
    expect(fromUnixSeconds(1762790400)).toBe(1762790400000);
    expect(fromUnixSeconds("1762790400")).toBe(1762790400000);
    expect(() => fromUnixSeconds(1762790400.5)).toThrow(TimeError);
    expect(() => fromUnixSeconds(-1)).toThrow(TimeError);
  });
});

describe("ranges and comparison periods", () => {
  const nov = dateRange("2026-11-01", "2026-11-30");

  it("counts and lists days inclusively", () => {
    expect(rangeLength(nov)).toBe(30);
    expect(listDates(dateRange("2026-12-30", "2027-01-02"))).toEqual([
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
    ]);
    expect(() => dateRange("2026-11-02", "2026-11-01")).toThrow(TimeError);
  });

  it("takes 环比 as the same number of days just before", () => {
    expect(previousPeriod(nov)).toEqual({ from: "2026-10-02", to: "2026-10-31" });
    expect(previousPeriod(dateRange("2026-11-11", "2026-11-11"))).toEqual({
      from: "2026-11-10",
      to: "2026-11-10",
    });
  });

  it("takes 同比 as the same calendar span a year before, 29 Feb → 28 Feb", () => {
    expect(samePeriodLastYear(nov)).toEqual({ from: "2025-11-01", to: "2025-11-30" });
    expect(samePeriodLastYear(dateRange("2028-02-01", "2028-02-29"))).toEqual({
      from: "2027-02-01",
      to: "2027-02-28",
    });
  });
});

describe("date presets", () => {
  // 2026-11-22 01:30 Beijing (still 21 Nov in UTC).
  const now = Date.UTC(2026, 10, 21, 17, 30);

  it("resolves the presets sellers use, on Beijing days", () => {
    expect(resolveDatePreset("today", now)).toEqual({ from: "2026-11-22", to: "2026-11-22" });
    expect(resolveDatePreset("yesterday", now)).toEqual({ from: "2026-11-21", to: "2026-11-21" });
    expect(resolveDatePreset("last7", now)).toEqual({ from: "2026-11-15", to: "2026-11-21" });
    expect(resolveDatePreset("last30", now)).toEqual({ from: "2026-10-23", to: "2026-11-21" });
    expect(resolveDatePreset("thisMonth", now)).toEqual({ from: "2026-11-01", to: "2026-11-22" });
    expect(resolveDatePreset("lastMonth", now)).toEqual({ from: "2026-10-01", to: "2026-10-31" });
  });

  it("crosses the year in January", () => {
    expect(resolveDatePreset("lastMonth", Date.UTC(2027, 0, 5))).toEqual({
      from: "2026-12-01",
      to: "2026-12-31",
    });
  });
});
