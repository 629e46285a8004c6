import { describe, expect, it } from "vitest";
import { formatDaysOfCover, formatVelocity, weekdayOf } from "./inventory-format.ts";

describe("formatDaysOfCover", () => {
  it("floors to a tenth under 10 days and to whole days above", () => {
    expect(formatDaysOfCover(3.96)).toBe("3.9");
    expect(formatDaysOfCover(0.4)).toBe("0.4");
    expect(formatDaysOfCover(12.9)).toBe("12");
    expect(formatDaysOfCover(1234.5)).toBe("1,234");
  });

  it("shows out of stock as 0 and unknown as a dash", () => {
    expect(formatDaysOfCover(0)).toBe("0");
    expect(formatDaysOfCover(null)).toBe("—");
  });
});

describe("formatVelocity", () => {
  it("keeps slow sellers readable", () => {
    expect(formatVelocity(0)).toBe("0");
    expect(formatVelocity(1 / 30)).toBe("0.03");
    expect(formatVelocity(12 / 7)).toBe("1.7");
    expect(formatVelocity(1234.4)).toBe("1,234");
  });
});

describe("weekdayOf", () => {
  it("reads the weekday of a Beijing date whatever the viewer's zone", () => {
    expect(weekdayOf("2026-11-11")).toBe(3);
    expect(weekdayOf("2026-11-15")).toBe(0);
  });
});
