import { addDays } from "../time.ts";

/** Average units sold per day over a window; null when the window is empty. */
export function salesVelocity(units: number, days: number): number | null {
  return days <= 0 ? null : units / days;
}

/**
 * Days the current stock lasts at `unitsPerDay`: null when nothing sells (infinite cover is not a
 * number anyone can act on) or stock is unknown; 0 when out of stock.
 */
export function daysOfCover(stock: number | null, unitsPerDay: number | null): number | null {
  if (stock === null || unitsPerDay === null) return null;
  if (stock <= 0) return 0;
  if (unitsPerDay <= 0) return null;
  return stock / unitsPerDay;
}

/** The Beijing day stock runs out (today + whole days of cover); null when cover is unknown. */
export function stockOutDate(today: string, cover: number | null): string | null {
  if (cover === null) return null;
  return addDays(today, Math.floor(cover));
}

export interface ReorderInput {
  stock: number | null;
  unitsPerDay: number | null;
  leadTimeDays: number;
  safetyStockDays: number;
  /** Days of sales one order should cover after it arrives (the review period). */
  coverDays: number;
}

export interface ReorderSuggestion {
  /** Stock level at which to order: demand over the lead time plus safety stock. */
  reorderPoint: number;
  /** Order now when stock is at or below the reorder point. */
  reorderNow: boolean;
  /** Units to order (whole units, ≥ 0): up to lead time + safety + cover days of demand. */
  quantity: number;
}

/**
 * Reorder point = velocity × (lead time + safety days); order up to velocity × (lead time +
 * safety days + cover days). Null when velocity or stock is unknown or nothing sells.
 */
export function reorderSuggestion(input: ReorderInput): ReorderSuggestion | null {
  const { stock, unitsPerDay } = input;
  if (stock === null || unitsPerDay === null || unitsPerDay <= 0) return null;
  const reorderPoint = Math.ceil(unitsPerDay * (input.leadTimeDays + input.safetyStockDays));
  const target = Math.ceil(
    unitsPerDay * (input.leadTimeDays + input.safetyStockDays + input.coverDays),
  );
  const reorderNow = stock <= reorderPoint;
  return {
    reorderPoint,
    reorderNow,
    quantity: reorderNow ? Math.max(0, target - Math.max(stock, 0)) : 0,
  };
}
