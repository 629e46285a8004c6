import { describe, expect, it } from "vitest";
import { daysOfCover, reorderSuggestion, salesVelocity, stockOutDate } from "./inventory.ts";

describe("salesVelocity", () => {
  it("averages units per day", () => {
    expect(salesVelocity(0, 7)).toBe(0);
    expect(salesVelocity(1, 1)).toBe(1);
    expect(salesVelocity(21, 7)).toBe(3);
    expect(salesVelocity(5, 0)).toBeNull();
  });
});

describe("daysOfCover", () => {
  it("divides stock by velocity; zero stock is zero cover, no sales is unknown", () => {
    expect(daysOfCover(0, 3)).toBe(0);
    expect(daysOfCover(-2, 3)).toBe(0);
    expect(daysOfCover(30, 3)).toBe(10);
    expect(daysOfCover(10, 4)).toBe(2.5);
    expect(daysOfCover(10, 0)).toBeNull();
    expect(daysOfCover(null, 1)).toBeNull();
    expect(daysOfCover(10, null)).toBeNull();
  });
});

describe("stockOutDate", () => {
  it("adds whole days of cover to today", () => {
    expect(stockOutDate("2026-11-22", 0)).toBe("2026-11-22");
    expect(stockOutDate("2026-11-22", 2.5)).toBe("2026-11-24");
    expect(stockOutDate("2026-12-30", 3)).toBe("2027-01-02");
    expect(stockOutDate("2026-11-22", null)).toBeNull();
  });
});

describe("reorderSuggestion", () => {
  const base = { leadTimeDays: 10, safetyStockDays: 5, coverDays: 30 };
  it("orders up to lead + safety + cover days of demand when at the reorder point", () => {
    // 2/day: reorder point 2 × 15 = 30; target 2 × 45 = 90; stock 20 → order 70.
    expect(reorderSuggestion({ ...base, stock: 20, unitsPerDay: 2 })).toEqual({
      reorderPoint: 30,
      reorderNow: true,
      quantity: 70,
    });
  });
  it("waits above the reorder point", () => {
    expect(reorderSuggestion({ ...base, stock: 31, unitsPerDay: 2 })).toEqual({
      reorderPoint: 30,
      reorderNow: false,
      quantity: 0,
    });
  });
  it("rounds demand up to whole units and never orders negative", () => {
    // 0.5/day: point ceil(7.5) = 8, target ceil(22.5) = 23; stock 0 → 23.
    expect(reorderSuggestion({ ...base, stock: 0, unitsPerDay: 0.5 })?.quantity).toBe(23);
    expect(reorderSuggestion({ ...base, stock: -3, unitsPerDay: 0.5 })?.quantity).toBe(23);
  });
  it("has nothing to say when nothing sells or stock is unknown", () => {
    expect(reorderSuggestion({ ...base, stock: 5, unitsPerDay: 0 })).toBeNull();
    expect(reorderSuggestion({ ...base, stock: null, unitsPerDay: 1 })).toBeNull();
  });
});
