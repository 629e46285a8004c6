import {
  fromUnixSeconds,
  MoneyError,
  parseFen,
  parseLiToFen,
  parseYuanToFen,
} from "@tongshu/shared";
import { ParseError } from "../types.ts";

/** Money and time readers for Pinduoduo payloads; a bad value is a "malformed" error with its path. */

function money(read: (v: string | number) => number, value: unknown, path: string): number {
  if (typeof value !== "number" && typeof value !== "string")
    throw new ParseError("malformed", `${path}: expected an amount, got ${String(value)}`);
  try {
    return read(value);
  } catch (error) {
    if (error instanceof MoneyError) throw new ParseError("malformed", `${path}: ${error.message}`);
    throw error;
  }
}

/** mms amounts: integer fen (§3.0). */
export function fen(value: unknown, path: string): number {
  return money(parseFen, value, path);
}

/** Fen, with null / absent read as 0 (discount and postage fields the list leaves out). */
export function fenOrZero(value: unknown, path: string): number {
  return value === null || value === undefined || value === "" ? 0 : fen(value, path);
}

/** 厘 (1/1000 yuan) → fen, half away from zero. */
export function liToFen(value: unknown, path: string): number {
  return money(parseLiToFen, value, path);
}

/** Yuan floats (data-center shop totals, §3.3). */
export function yuanToFen(value: unknown, path: string): number {
  return money(parseYuanToFen, value, path);
}

/** Unix seconds → epoch ms; 0, null and absent mean "not happened" (§3.1). */
export function optInstant(value: unknown, path: string): number | null {
  if (value === null || value === undefined || value === 0 || value === "0" || value === "")
    return null;
  if (typeof value !== "number" && typeof value !== "string")
    throw new ParseError("malformed", `${path}: expected unix seconds, got ${String(value)}`);
  try {
    return fromUnixSeconds(value);
  } catch {
    throw new ParseError("malformed", `${path}: expected unix seconds, got ${String(value)}`);
  }
}

export function instant(value: unknown, path: string): number {
  const ms = optInstant(value, path);
  if (ms === null)
    throw new ParseError("malformed", `${path}: expected unix seconds, got ${String(value)}`);
  return ms;
}
