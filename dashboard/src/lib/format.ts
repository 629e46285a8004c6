import {
  BEIJING_OFFSET_MS,
  formatFen,
  formatFenCompact,
  isBusinessDate,
  toBusinessDate,
} from "@tongshu/shared";
import type { SeriesUnit } from "../charts/series.ts";

/** What a cell shows when there is no value (unknown, not zero). */
export const NO_VALUE = "—";

/**
 * A count with thousands separators: 1234567 → "1,234,567". Both shipped locales group by
 * three with a comma (生意参谋 does too), so this stays independent of the runtime's ICU data.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return Number.isFinite(value) ? String(value) : NO_VALUE;
  const sign = value < 0 ? "-" : "";
  return `${sign}${String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

/** An instant as Beijing wall-clock time, "2026-11-11 10:20", whatever the viewer's time zone. */
export function formatBeijingDateTime(instant: number | null): string {
  if (instant === null || !Number.isFinite(instant)) return NO_VALUE;
  const shifted = new Date(instant + BEIJING_OFFSET_MS);
  const hh = String(shifted.getUTCHours()).padStart(2, "0");
  const mm = String(shifted.getUTCMinutes()).padStart(2, "0");
  return `${toBusinessDate(instant)} ${hh}:${mm}`;
}

/**
 * A span of business days: "2026-10-01 – 2026-11-11", one date when both ends agree, null when
 * either end is missing or not a date (the caller says why there is no span).
 */
export function formatDateSpan(first: string | null, last: string | null): string | null {
  if (!isBusinessDate(first) || !isBusinessDate(last)) return null;
  return first === last ? first : `${first} – ${last}`;
}

/** Money in fen as "¥1,234.50"; null (unknown) as a dash, never as ¥0.00. */
export function formatMoney(fen: number | null): string {
  return fen === null ? NO_VALUE : formatFen(fen);
}

/** A ratio as a percentage with two decimals: 0.1234 → "12.34%"; null as a dash. */
export function formatPercent(ratio: number | null, digits = 2): string {
  if (ratio === null || !Number.isFinite(ratio)) return NO_VALUE;
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * A change against a base with its direction: +12.3% / -4.0%; blank (a dash) when the base
 * was zero or unknown — never "+∞%".
 */
export function formatChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return NO_VALUE;
  const sign = change > 0 ? "+" : change < 0 ? "-" : "";
  return `${sign}${(Math.abs(change) * 100).toFixed(1)}%`;
}

/** Money for big figures: "¥12.35万" above ¥10,000 (as 生意参谋 shows), else exact. */
export function formatMoneyCompact(fen: number | null): string {
  return fen === null ? NO_VALUE : formatFenCompact(fen);
}

/** Formats a value like the KPI cards do (cards, tables and chart tooltips share it). */
export function formatByUnit(unit: SeriesUnit, value: number | null): string {
  if (unit === "fen") return formatMoney(value === null ? null : Math.round(value));
  if (unit === "ratio") return formatPercent(value);
  if (unit === "multiple")
    return value === null || !Number.isFinite(value) ? NO_VALUE : value.toFixed(2);
  return value === null ? NO_VALUE : formatCount(Math.round(value));
}
