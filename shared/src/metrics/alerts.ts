import type { AlertRuleParams } from "../alerts/rules.ts";
import { addDays, daysBetween } from "../time.ts";
import { ratio } from "./compare.ts";
import { daysOfCover, salesVelocity, stockOutDate } from "./inventory.ts";

/** Days of sales the low-stock rule's velocity covers. */
export const LOW_STOCK_VELOCITY_DAYS = 30;
/** Floating-point slack for "at least" comparisons of ratios (rates are not exact in binary). */
const EPSILON = 1e-9;

export type LowStockCheck = {
  unitsPerDay: number;
  daysOfCover: number;
  stockOutDate: string;
  severity: "urgent" | "warning";
};

/**
 * Low stock: days of cover on the 30-day velocity below `coverDays`; urgent when the stock-out
 * date is at most `urgentDays` after today. Null when it is not low, stock is unknown, or nothing
 * sold in the window (a product nobody buys does not run out).
 */
export function checkLowStock(
  input: { stock: number | null; unitsSold: number; today: string },
  params: AlertRuleParams<"low_stock">,
): LowStockCheck | null {
  const unitsPerDay = salesVelocity(input.unitsSold, LOW_STOCK_VELOCITY_DAYS);
  if (unitsPerDay === null || unitsPerDay <= 0) return null;
  const cover = daysOfCover(input.stock, unitsPerDay);
  const outDate = stockOutDate(input.today, cover);
  if (cover === null || outDate === null || cover >= params.coverDays) return null;
  const urgent = daysBetween(input.today, outDate) <= params.urgentDays;
  return {
    unitsPerDay,
    daysOfCover: cover,
    stockOutDate: outDate,
    severity: urgent ? "urgent" : "warning",
  };
}

/** The four dates the same-weekday baseline of `date` reads: 7, 14, 21 and 28 days before. */
export function sameWeekdayDates(date: string): [string, string, string, string] {
  return [addDays(date, -7), addDays(date, -14), addDays(date, -21), addDays(date, -28)];
}

/** Mean of the same weekday in the four previous weeks (fen, unrounded). */
export function weekdayBaseline(weeks: readonly number[]): number | null {
  return weeks.length === 0 ? null : weeks.reduce((s, v) => s + v, 0) / weeks.length;
}

export type SalesDropCheck = { baselineFen: number; drop: number };

/**
 * Sales drop: `valueFen` below the 4-week same-weekday baseline by more than `dropPercent`,
 * judged only when the baseline reaches `minBaselineFen`. `drop` = (baseline − value) ÷ baseline.
 * Compared in integers (sum of weeks) so the boundary is exact.
 */
export function checkSalesDrop(
  input: { valueFen: number; weeksFen: readonly number[] },
  params: AlertRuleParams<"sales_drop">,
): SalesDropCheck | null {
  const baselineFen = weekdayBaseline(input.weeksFen);
  if (baselineFen === null || baselineFen <= 0 || baselineFen < params.minBaselineFen) return null;
  const sum = input.weeksFen.reduce((s, v) => s + v, 0);
  const shortfall = sum - input.weeksFen.length * input.valueFen;
  if (shortfall * 100 <= params.dropPercent * sum) return null;
  return { baselineFen, drop: shortfall / sum };
}

export interface RefundDay {
  orders: number;
  paidFen: number;
  refundFen: number;
}

export type RefundSpikeCheck = { rate: number; baselineRate: number; threshold: number };

/**
 * Refund-rate spike: the day's refund rate (refunds ÷ paid amount, as the reports define it) at
 * or above max(`multiple` × baseline, baseline + `pointsAbove` percentage points), where the
 * baseline rate is summed over the previous days (Σ refunds ÷ Σ paid, never a mean of daily
 * rates). Needs at least `minOrders` orders that day and some sales in the baseline.
 */
export function checkRefundSpike(
  day: RefundDay,
  baseline: Pick<RefundDay, "paidFen" | "refundFen">,
  params: AlertRuleParams<"refund_spike">,
): RefundSpikeCheck | null {
  if (day.orders < params.minOrders || day.refundFen <= 0) return null;
  const rate = ratio(day.refundFen, day.paidFen);
  const baselineRate = ratio(baseline.refundFen, baseline.paidFen);
  if (rate === null || baselineRate === null) return null;
  const threshold = Math.max(
    params.multiple * baselineRate,
    baselineRate + params.pointsAbove / 100,
  );
  if (rate < threshold - EPSILON) return null;
  return { rate, baselineRate, threshold };
}

export type RoasLowCheck = { roas: number };

/**
 * ROAS below target: attributed sales ÷ spend < `targetRoas`, for spend ≥ `minSpendFen` (small
 * tests are noise). Exactly on target is not low.
 */
export function checkRoasLow(
  input: { spendFen: number; attributedFen: number },
  params: AlertRuleParams<"roas_low">,
): RoasLowCheck | null {
  if (input.spendFen <= 0 || input.spendFen < params.minSpendFen) return null;
  if (input.attributedFen >= params.targetRoas * input.spendFen) return null;
  return { roas: input.attributedFen / input.spendFen };
}

/** How far back a shop must have been captured for a silence to count as "stopped". */
export const SYNC_ACTIVE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type SyncStoppedCheck = { hoursSince: number };

/**
 * Sync stopped: the latest capture is more than `hours` old, but no more than 7 days older than
 * that (a shop abandoned long ago is not news every day).
 */
export function checkSyncStopped(
  input: { lastCapturedAt: number; now: number },
  params: AlertRuleParams<"sync_stopped">,
): SyncStoppedCheck | null {
  const silentMs = input.now - input.lastCapturedAt;
  const limitMs = params.hours * 60 * 60 * 1000;
  if (silentMs <= limitMs || silentMs > limitMs + SYNC_ACTIVE_WINDOW_MS) return null;
  return { hoursSince: silentMs / (60 * 60 * 1000) };
}
