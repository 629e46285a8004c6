import { formatFen } from "@tongshu/shared";

/** What a cell shows when there is no value (unknown, not zero). */
export const NO_VALUE = "—";
/** U+2212: a true minus reads better next to "+" in a column of changes. */
const MINUS = "−";

const isNumber = (value: number | null): value is number =>
  value !== null && Number.isFinite(value);

/** Fen as "¥1,234.56", exact to the fen; unknown as "—". */
export function formatMoney(fen: number | null): string {
  return isNumber(fen) ? formatFen(Math.round(fen)) : NO_VALUE;
}

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(value: number | null): string {
  if (!isNumber(value)) return NO_VALUE;
  const rounded = Math.round(value);
  const grouped = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rounded < 0 ? `-${grouped}` : grouped;
}

/** A ratio as a percentage with one decimal: 0.1234 → "12.3%". */
export function formatPercent(ratio: number | null): string {
  return isNumber(ratio) ? `${(ratio * 100).toFixed(1)}%` : NO_VALUE;
}

/** A number with exactly `digits` decimals (days of cover: "3.5"). */
export function formatFixed(value: number | null, digits: number): string {
  return isNumber(value) ? value.toFixed(digits) : NO_VALUE;
}

/** A number with at most `digits` decimals, trailing zeros dropped: 2.50 → "2.5". */
export function formatTrimmed(value: number | null, digits: number): string {
  return isNumber(value) ? String(Number(value.toFixed(digits))) : NO_VALUE;
}

export type ChangeDirection = "up" | "down" | "flat";

/**
 * A relative change as "+12.3%" / "−4.0%"; the direction follows what is shown, so a change
 * that rounds to 0.0% is flat rather than a red "−0.0%". Null (no base) → "—", flat.
 */
export function formatChange(change: number | null): { text: string; direction: ChangeDirection } {
  if (!isNumber(change)) return { text: NO_VALUE, direction: "flat" };
  const tenths = Math.round(Math.abs(change) * 1000);
  if (tenths === 0) return { text: "0.0%", direction: "flat" };
  const digits = (tenths / 10).toFixed(1);
  return change > 0
    ? { text: `+${digits}%`, direction: "up" }
    : { text: `${MINUS}${digits}%`, direction: "down" };
}
