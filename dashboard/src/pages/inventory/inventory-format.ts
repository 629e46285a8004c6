import { formatCount, NO_VALUE } from "../../lib/format.ts";

/**
 * Days of cover for a cell: one decimal under 10 days (where a day matters), whole days above;
 * "0" when out of stock; a dash when unknown (nothing sells, or stock never captured).
 */
export function formatDaysOfCover(cover: number | null): string {
  if (cover === null || !Number.isFinite(cover)) return NO_VALUE;
  if (cover <= 0) return "0";
  if (cover < 10) return (Math.floor(cover * 10) / 10).toFixed(1);
  return formatCount(Math.floor(cover));
}

/** Units per day: two decimals under 1 (slow sellers), one under 100, whole above. */
export function formatVelocity(unitsPerDay: number): string {
  if (!Number.isFinite(unitsPerDay)) return NO_VALUE;
  if (unitsPerDay === 0) return "0";
  if (unitsPerDay < 1) return unitsPerDay.toFixed(2);
  if (unitsPerDay < 100) return unitsPerDay.toFixed(1);
  return formatCount(Math.round(unitsPerDay));
}

/** Day of the week (0 = Sunday) of a Beijing business date "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
