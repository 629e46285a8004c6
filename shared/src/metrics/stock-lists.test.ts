import { describe, expect, it } from "vitest";
import {
  coverVelocity,
  daysSinceSale,
  isLowStock,
  isOverstock,
  isSlowMoving,
} from "./stock-lists.ts";

describe("coverVelocity", () => {
  const v = { velocity7: 2, velocity30: 0.5, window30From: "2026-10-23" };
  it("uses the 30-day average for a product that sold before the window", () => {
    expect(coverVelocity({ ...v, firstSaleDate: "2026-01-05" })).toEqual({
      unitsPerDay: 0.5,
      basis: "30d",
    });
  });
  it("uses it too when the first sale is the window's first day (30 full days)", () => {
    expect(coverVelocity({ ...v, firstSaleDate: "2026-10-23" }).basis).toBe("30d");
  });
  it("uses the 7-day average for a product first sold inside the window", () => {
    expect(coverVelocity({ ...v, firstSaleDate: "2026-10-24" })).toEqual({
      unitsPerDay: 2,
      basis: "7d",
    });
  });
  it("uses the 30-day average (zero) for a product that never sold", () => {
    expect(
      coverVelocity({
        velocity7: 0,
        velocity30: 0,
        window30From: "2026-10-23",
        firstSaleDate: null,
      }),
    ).toEqual({ unitsPerDay: 0, basis: "30d" });
  });
});

describe("isLowStock", () => {
  const lead = { leadTimeDays: 15, safetyStockDays: 7 };
  it("flags cover shorter than lead time + safety days", () => {
    expect(isLowStock({ ...lead, stock: 10, cover: 21.9, units30: 14 })).toBe(true);
    expect(isLowStock({ ...lead, stock: 10, cover: 22, units30: 14 })).toBe(false);
    expect(isLowStock({ ...lead, stock: 10, cover: 80, units30: 4 })).toBe(false);
  });
  it("flags zero (or negative) stock only when it sold in the last 30 days", () => {
    expect(isLowStock({ ...lead, stock: 0, cover: 0, units30: 1 })).toBe(true);
    expect(isLowStock({ ...lead, stock: -1, cover: 0, units30: 3 })).toBe(true);
    expect(isLowStock({ ...lead, stock: 0, cover: 0, units30: 0 })).toBe(false);
  });
  it("does not flag unknown stock or stock that does not sell", () => {
    expect(isLowStock({ ...lead, stock: null, cover: null, units30: 9 })).toBe(false);
    expect(isLowStock({ ...lead, stock: 5, cover: null, units30: 0 })).toBe(false);
  });
  it("with zero lead and safety days, only running out is low", () => {
    expect(
      isLowStock({ leadTimeDays: 0, safetyStockDays: 0, stock: 1, cover: 0.1, units30: 300 }),
    ).toBe(false);
  });
});

describe("isOverstock", () => {
  it("flags more cover than the threshold, not equal, not unknown", () => {
    expect(isOverstock(90.5, 90)).toBe(true);
    expect(isOverstock(90, 90)).toBe(false);
    expect(isOverstock(0, 90)).toBe(false);
    expect(isOverstock(null, 90)).toBe(false);
  });
});

describe("daysSinceSale", () => {
  it("counts whole days to today", () => {
    expect(daysSinceSale("2026-11-22", "2026-11-22")).toBe(0);
    expect(daysSinceSale("2026-10-23", "2026-11-22")).toBe(30);
    expect(daysSinceSale("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysSinceSale(null, "2026-11-22")).toBeNull();
  });
});

describe("isSlowMoving", () => {
  const base = { today: "2026-11-22", slowMovingDays: 30 };
  it("flags stock whose last sale is more than N days ago, or that never sold", () => {
    expect(isSlowMoving({ ...base, stock: 5, lastSaleDate: "2026-10-22" })).toBe(true);
    expect(isSlowMoving({ ...base, stock: 5, lastSaleDate: null })).toBe(true);
  });
  it("does not flag a sale exactly N days ago, or today", () => {
    expect(isSlowMoving({ ...base, stock: 5, lastSaleDate: "2026-10-23" })).toBe(false);
    expect(isSlowMoving({ ...base, stock: 5, lastSaleDate: "2026-11-22" })).toBe(false);
  });
  it("does not flag empty or unknown stock", () => {
    expect(isSlowMoving({ ...base, stock: 0, lastSaleDate: null })).toBe(false);
    expect(isSlowMoving({ ...base, stock: null, lastSaleDate: null })).toBe(false);
  });
});
