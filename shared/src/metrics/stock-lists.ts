import { daysBetween } from "../time.ts";

/** Built-in replenishment and list thresholds (what report_settings defaults to). */
export const INVENTORY_DEFAULTS = {
  leadTimeDays: 15,
  safetyStockDays: 7,
  slowMovingDays: 30,
  overstockDays: 90,
  /** Days of sales a reorder should cover after it arrives. */
  reorderCoverDays: 30,
} as const;

export interface CoverVelocity {
  unitsPerDay: number;
  basis: "7d" | "30d";
}

/**
 * The velocity days of cover and reorders use: the 30-day average, unless the product first
 * sold after the 30-day window began (its 30-day average would count days before it was on
 * sale), then the 7-day average.
 */
export function coverVelocity(input: {
  velocity7: number;
  velocity30: number;
  firstSaleDate: string | null;
  /** First day of the 30-day window. */
  window30From: string;
}): CoverVelocity {
  const isNew = input.firstSaleDate !== null && input.firstSaleDate > input.window30From;
  return isNew
    ? { unitsPerDay: input.velocity7, basis: "7d" }
    : { unitsPerDay: input.velocity30, basis: "30d" };
}

/**
 * Low stock: cover shorter than lead time + safety days (a reorder now would arrive too late),
 * or out of stock while it sold in the last 30 days. Unknown stock is never low.
 */
export function isLowStock(input: {
  stock: number | null;
  cover: number | null;
  units30: number;
  leadTimeDays: number;
  safetyStockDays: number;
}): boolean {
  if (input.stock === null) return false;
  if (input.stock <= 0) return input.units30 > 0;
  return input.cover !== null && input.cover < input.leadTimeDays + input.safetyStockDays;
}

/** Overstock: more days of cover than `overstockDays`. Unknown cover (nothing sells) is not. */
export function isOverstock(cover: number | null, overstockDays: number): boolean {
  return cover !== null && cover > overstockDays;
}

/** Whole days from the last sale to today; null when it never sold. */
export function daysSinceSale(lastSaleDate: string | null, today: string): number | null {
  return lastSaleDate === null ? null : daysBetween(lastSaleDate, today);
}

/**
 * Slow-moving: in stock and no sale in the last `slowMovingDays` days (the days before today,
 * and today): the last sale is more than that many days ago, or there never was one.
 */
export function isSlowMoving(input: {
  stock: number | null;
  lastSaleDate: string | null;
  today: string;
  slowMovingDays: number;
}): boolean {
  if (input.stock === null || input.stock <= 0) return false;
  const since = daysSinceSale(input.lastSaleDate, input.today);
  return since === null || since > input.slowMovingDays;
}
