import { formatFen, MoneyError, parseYuanToFen } from "@tongshu/shared";
import type { ErrorMessage } from "../../lib/describe-error.ts";

/** What a form field parsed to, or the message to show next to it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ErrorMessage };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: ErrorMessage): Parsed<never> => ({ ok: false, error });

const MONEY_ERRORS = {
  empty: "settingsData.input.required",
  invalid: "settingsData.input.yuanInvalid",
  precision: "settingsData.input.yuanPrecision",
  range: "settingsData.input.tooLarge",
} as const;

/**
 * A yuan amount a user typed ("74.3", "¥1,234.50") → integer fen, exactly (the shared money
 * parser works on the decimal digits). Negative amounts and amounts outside [min, max] fail.
 */
export function parseYuanInput(
  text: string,
  bounds: { minFen?: number; maxFen?: number } = {},
): Parsed<number> {
  let fen: number;
  try {
    fen = parseYuanToFen(text);
  } catch (error) {
    if (error instanceof MoneyError) return fail({ key: MONEY_ERRORS[error.code] });
    throw error;
  }
  if (fen < 0) return fail({ key: "settingsData.input.negative" });
  if (bounds.minFen !== undefined && fen < bounds.minFen)
    return fail({ key: "settingsData.input.yuanMin", params: { min: formatFen(bounds.minFen) } });
  if (bounds.maxFen !== undefined && fen > bounds.maxFen)
    return fail({ key: "settingsData.input.yuanMax", params: { max: formatFen(bounds.maxFen) } });
  return ok(fen);
}

/** Fen as an input's starting text in yuan, without grouping: 7430 → "74.30". */
export function fenToYuanInput(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Basis points as a percent for an input: 500 → "5", 60 → "0.6", 525 → "5.25". */
export function bpToPercentInput(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction === "" ? String(whole) : `${whole}.${fraction}`;
}

/**
 * A percent a user typed ("5", "0.6%", "5.25") → whole basis points (1 bp = 0.01%), exactly:
 * at most two decimals, 0–`maxBp`.
 */
export function parsePercentToBp(text: string, maxBp = 10_000): Parsed<number> {
  const trimmed = text.trim().replace(/\s*[%％]$/, "");
  if (trimmed === "") return fail({ key: "settingsData.input.required" });
  const match = /^(\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) return fail({ key: "settingsData.input.percentInvalid" });
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > 2) return fail({ key: "settingsData.input.percentPrecision" });
  const bp = Number(match[1]) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(bp) || bp > maxBp)
    return fail({
      key: "settingsData.input.percentMax",
      params: { max: bpToPercentInput(maxBp) },
    });
  return ok(bp);
}

/**
 * Whole days (0–365 for replenishment). An empty field is null when `optional` (the product
 * then uses the workspace default).
 */
export function parseDaysInput(
  text: string,
  bounds: { min: number; max: number; optional?: boolean },
): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === "")
    return bounds.optional ? ok(null) : fail({ key: "settingsData.input.required" });
  if (!/^\d+$/.test(trimmed)) return fail({ key: "settingsData.input.wholeDays" });
  const days = Number(trimmed);
  if (days < bounds.min || days > bounds.max)
    return fail({
      key: "settingsData.input.daysRange",
      params: { min: bounds.min, max: bounds.max },
    });
  return ok(days);
}

/** A plain decimal number ("3.5", "14"); anything else (including "1e3") is not one. */
export function parseDecimalInput(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === "") return fail({ key: "settingsData.input.required" });
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return fail({ key: "settingsData.input.numberInvalid" });
  return ok(Number(trimmed));
}
