import { addDays, daysBetween, isBusinessDate, toBusinessDate } from "@tongshu/shared";
import { ParseError } from "../types.ts";
import { yuanToFen } from "./values.ts";

/**
 * 数据中心 (sydney) figures (platform-formats.md §3.0, §3.3). Today's numbers are drawn in an
 * obfuscated web font: the JSON text holds glyph codes that only the same page's font maps to
 * digits, and a mapped glyph can even look like a plain digit. So every figure of a period that
 * includes the capture's own Beijing day is stored as unknown (null), never decoded or guessed;
 * past days are plain. A string that is not a plain number (private-use glyphs) is unknown too.
 */

export interface Period {
  date: string;
  days: number;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Does the period reach the capture's own day (or beyond)? Then its figures are obfuscated. */
export function isObfuscatedPeriod(period: Period, capturedAt: number): boolean {
  return daysBetween(toBusinessDate(capturedAt), addDays(period.date, period.days - 1)) >= 0;
}

function plain(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return PLAIN_NUMBER.test(value.trim()) ? Number(value) : null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new ParseError("malformed", `${path}: expected a number, got ${String(value)}`);
}

/** A count (visitors, buyers, orders); null when unknown. */
export function count(value: unknown, path: string, hidden: boolean): number | null {
  if (hidden) return null;
  const n = plain(value, path);
  if (n === null) return null;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new ParseError("malformed", `${path}: expected a count, got ${String(value)}`);
  return n;
}

/** A yuan amount (decimals) → fen; null when unknown. */
export function yuan(value: unknown, path: string, hidden: boolean): number | null {
  if (hidden) return null;
  const n = plain(value, path);
  return n === null ? null : yuanToFen(typeof value === "string" ? value.trim() : n, path);
}

/** A date field of a sydney request ("YYYY-MM-DD"). */
export function date(value: unknown, path: string): string {
  if (isBusinessDate(value)) return value;
  throw new ParseError("malformed", `${path}: expected YYYY-MM-DD, got ${String(value)}`);
}

/** startDate..endDate as a period (both inclusive). */
export function rangePeriod(start: unknown, end: unknown, path: string): Period {
  const from = date(start, `${path}.startDate`);
  const days = daysBetween(from, date(end, `${path}.endDate`)) + 1;
  if (days < 1 || days > 366)
    throw new ParseError("malformed", `${path}: date range of ${days} days`);
  return { date: from, days };
}
