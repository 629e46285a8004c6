import { daysBetween } from "@tongshu/shared";
import type { ShopSpec } from "./shops.ts";

/** 除夕 (Chinese New Year's Eve): logistics stop around it, 年货节 runs before it. Years outside the table get neither. */
const NEW_YEARS_EVE: Readonly<Record<number, string>> = {
  2024: "2024-02-09",
  2025: "2025-01-28",
  2026: "2026-02-16",
  2027: "2027-02-05",
  2028: "2028-01-25",
  2029: "2029-02-12",
  2030: "2030-02-02",
  2031: "2031-01-22",
};

// Boost over a normal day by "MM-DD". 双11: pre-sale from late October, first wave from
// 31 Oct 20:00, a lull, then the 11th. 618: first wave 31 May / 1 Jun, peak on the 18th.
// biome-ignore format: a calendar table reads best compact
const PEAKS_1111: Readonly<Record<string, number>> = {
  "10-24": 1.15, "10-25": 1.2, "10-26": 1.2, "10-27": 1.2, "10-28": 1.25, "10-29": 1.25,
  "10-30": 1.3, "10-31": 2.2, "11-01": 3.2, "11-02": 2, "11-03": 1.6, "11-04": 1.3,
  "11-05": 1.2, "11-06": 1.2, "11-07": 1.2, "11-08": 1.25, "11-09": 1.3, "11-10": 1.8,
  "11-11": 9, "11-12": 1.7, "11-13": 1.2,
};
// biome-ignore format: a calendar table reads best compact
const PEAKS_618: Readonly<Record<string, number>> = {
  "05-20": 1.15, "05-21": 1.15, "05-22": 1.2, "05-23": 1.2, "05-24": 1.2, "05-25": 1.2,
  "05-26": 1.2, "05-27": 1.25, "05-28": 1.25, "05-29": 1.3, "05-30": 1.3, "05-31": 2,
  "06-01": 2.6, "06-02": 1.5, "06-03": 1.3, "06-10": 1.2, "06-15": 1.3, "06-16": 1.5,
  "06-17": 1.9, "06-18": 5, "06-19": 1.3,
};
// biome-ignore format: a calendar table reads best compact
const PEAKS_OTHER: Readonly<Record<string, number>> = {
  "03-07": 1.2, "03-08": 1.6, "09-09": 1.4, "12-10": 1.15, "12-11": 1.2, "12-12": 2.2,
};

// Monday … Sunday: weekends sell a little more.
const WEEKDAY = [0.96, 0.95, 0.96, 0.98, 1.02, 1.1, 1.12];

function boost(factor: number | undefined, intensity: number): number {
  return factor === undefined ? 1 : 1 + (factor - 1) * intensity;
}

function newYearFactor(date: string, isSnack: boolean): number {
  const year = Number(date.slice(0, 4));
  for (const eve of [NEW_YEARS_EVE[year], NEW_YEARS_EVE[year + 1]]) {
    if (eve === undefined) continue;
    const offset = daysBetween(eve, date);
    if (offset >= -3 && offset <= 6) return 0.45; // couriers stop over the holiday
    if (offset > 6 && offset <= 12) return 0.8;
    if (offset >= -25 && offset < -3) return isSnack ? 1.6 : 1.15; // 年货节
  }
  return 1;
}

/** Relative order volume for a shop on a date (before normalisation to the target count). */
export function dayWeight(spec: ShopSpec, date: string, dayIndex: number): number {
  const monthDay = date.slice(5);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const trend = 1 + spec.growth * (dayIndex / 180);
  const isSnack = spec.categories.length === 1 && spec.categories[0] === "snack";
  return (
    Math.max(0.2, trend) *
    (WEEKDAY[weekday] ?? 1) *
    boost(PEAKS_1111[monthDay], spec.peak1111) *
    boost(PEAKS_618[monthDay], spec.peak618) *
    boost(PEAKS_OTHER[monthDay], 1) *
    newYearFactor(date, isSnack)
  );
}

/** Is this a big sale day (deeper discounts, more cross-store coupons)? */
export function promoLevel(date: string): number {
  const monthDay = date.slice(5);
  const factor = PEAKS_1111[monthDay] ?? PEAKS_618[monthDay] ?? PEAKS_OTHER[monthDay] ?? 1;
  return factor >= 2 ? 2 : factor > 1 ? 1 : 0;
}

// Orders by Beijing hour on a normal day: quiet at night, lunch bump, evening peak.
// biome-ignore format: a calendar table reads best compact
const HOURS = [
  3, 1.6, 0.8, 0.5, 0.4, 0.5, 1, 2, 3.2, 4.5, 5.2, 5, 5, 5, 5.2, 5.2, 5, 4.6, 4.6, 5.4, 6.6, 7.4,
  7, 5.3,
];
// Sale days start at midnight (or 20:00 the evening before).
const HOUR_OVERRIDES: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  "11-11": { 0: 42, 1: 9, 2: 3 },
  "11-01": { 0: 12, 1: 4 },
  "10-31": { 20: 30, 21: 16, 22: 12, 23: 9 },
  "06-18": { 0: 28, 1: 6 },
  "06-01": { 0: 10, 1: 3 },
  "05-31": { 20: 22, 21: 12, 22: 9, 23: 7 },
  "12-12": { 0: 9, 1: 3 },
};

/** 24 hourly weights for a date. */
export function hourWeights(date: string): number[] {
  const overrides = HOUR_OVERRIDES[date.slice(5)] ?? {};
  return HOURS.map((w, h) => overrides[h] ?? w);
}

/** Weights cut at a fractional hour (for "today so far"); returns the weights and the share kept. */
export function hourWeightsUntil(
  date: string,
  untilHour: number,
): { weights: number[]; share: number } {
  const full = hourWeights(date);
  const weights = full.map((w, h) =>
    h + 1 <= untilHour ? w : h < untilHour ? w * (untilHour - h) : 0,
  );
  const total = full.reduce((s, w) => s + w, 0);
  return { weights, share: weights.reduce((s, w) => s + w, 0) / total };
}
