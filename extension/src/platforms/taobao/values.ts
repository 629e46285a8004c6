import {
  isBusinessDate,
  MoneyError,
  parseBeijingDateTime,
  parseYuanToFen,
  TimeError,
} from "@tongshu/shared";
import { ParseError } from "../types.ts";

/**
 * Money and time readers for Taobao payloads. Shared helpers throw MoneyError / TimeError; a
 * parser must only throw ParseError, so a bad figure becomes "malformed" naming its path.
 */

/** Yuan (string "￥1,234.50" / "23.80", or a sycm float 123.45) → fen, exactly. */
export function fen(value: unknown, path: string): number {
  try {
    if (typeof value !== "string" && typeof value !== "number")
      throw new MoneyError("invalid", value, "not money");
    const result = parseYuanToFen(value);
    if (result < 0) throw new MoneyError("range", value, "negative");
    return result;
  } catch (error) {
    if (error instanceof MoneyError)
      throw new ParseError(
        "malformed",
        `${path}: not a yuan amount (${String(value).slice(0, 40)})`,
      );
    throw error;
  }
}

/** Like fen, but absent figures ("", "-", null, undefined) read as null: unknown is not zero. */
export function optFen(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && /^\s*[-—]*\s*$/.test(value)) return null;
  return fen(value, path);
}

/** "yyyy-MM-dd HH:mm:ss" Beijing time (no zone on Taobao pages) → epoch ms. */
export function beijingTime(value: unknown, path: string): number {
  try {
    if (typeof value !== "string") throw new TimeError(value, "not a string");
    return parseBeijingDateTime(value);
  } catch (error) {
    if (error instanceof TimeError)
      throw new ParseError("malformed", `${path}: not a date-time (${String(value).slice(0, 40)})`);
    throw error;
  }
}

export function optBeijingTime(value: unknown, path: string): number | null {
  if (value === null || value === undefined || value === "" || value === "-") return null;
  return beijingTime(value, path);
}

/** A count that must be a non-negative integer (sycm sends 12 or 12.0). */
export function optCount(value: unknown, path: string): number | null {
  if (value === null || value === undefined || value === "" || value === "-") return null;
  const n = typeof value === "string" ? Number(value.replace(/,/g, "").trim()) : value;
  if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) return n;
  throw new ParseError("malformed", `${path}: expected a count, got ${String(value).slice(0, 40)}`);
}

export function count(value: unknown, path: string): number {
  const n = optCount(value, path);
  if (n === null) throw new ParseError("malformed", `${path}: expected a count, got nothing`);
  return n;
}

/** "2026-11-19" or "20261119" (sycm csp, 淘宝客 ds) → "2026-11-19". */
export function businessDate(value: unknown, path: string): string {
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const date = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text.slice(0, 10);
  if (
    !isBusinessDate(date) ||
    (!compact && text.length > 10 && !/^\d{4}-\d{2}-\d{2}[ T]/.test(text))
  )
    throw new ParseError("malformed", `${path}: not a date (${text.slice(0, 20)})`);
  return date;
}
