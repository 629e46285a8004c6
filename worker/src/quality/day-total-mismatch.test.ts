import { describe, expect, it } from "vitest";
import { dayTotalTier } from "./day-total-mismatch.ts";

describe("dayTotalTier", () => {
  it("tiers the gap between captured orders and the platform's own figure", () => {
    // ¥950.00 of orders against 生意参谋's ¥1,000.00: 5% short.
    expect(dayTotalTier(95000, 100000)).toBe("warning");
    expect(dayTotalTier(70000, 100000)).toBe("blocking");
    expect(dayTotalTier(111000, 100000)).toBe("blocking");
    expect(dayTotalTier(110000, 100000)).toBe("warning");
    expect(dayTotalTier(102000, 100000)).toBe("info");
    expect(dayTotalTier(100500, 100000)).toBeNull();
    expect(dayTotalTier(99400, 100000)).toBe("info");
    expect(dayTotalTier(100000, 100000)).toBeNull();
  });

  it("calls orders on a day the platform says sold nothing blocking", () => {
    expect(dayTotalTier(500, 0)).toBe("blocking");
    expect(dayTotalTier(0, 0)).toBeNull();
  });
});
