import { ParseError } from "../platforms/types.ts";

/**
 * Typed readers for untrusted payloads. Each throws ParseError("malformed") naming the path, so
 * a changed page gives a clear error instead of a crash or a wrong number.
 */

export type Json = Record<string, unknown>;

function fail(path: string, expected: string, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw new ParseError("malformed", `${path}: expected ${expected}, got ${shown}`);
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function obj(value: unknown, path: string): Json {
  return isObject(value) ? value : fail(path, "an object", value);
}

export function arr(value: unknown, path: string): unknown[] {
  return Array.isArray(value) ? value : fail(path, "an array", value);
}

export function str(value: unknown, path: string): string {
  return typeof value === "string" ? value : fail(path, "a string", value);
}

export function optStr(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * An id as a string, digit for digit. Strings pass; numbers only when safely integral (a big
 * one should have been kept as a string by parseJsonLossless; a rounded one is refused).
 */
export function id(value: unknown, path: string): string {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return fail(path, "an id", value);
}

export function optId(value: unknown): string | null {
  if (value === null || value === undefined || value === "" || value === 0 || value === -1)
    return null;
  if (typeof value === "string")
    return value.trim() === "" || value === "0" || value === "-1" ? null : value.trim();
  return typeof value === "number" && Number.isSafeInteger(value) ? String(value) : null;
}

/** An integer from a number or a digit string ("1" and 1 both occur for quantities). */
export function int(value: unknown, path: string): number {
  const n =
    typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : fail(path, "an integer", value);
}

export function optInt(value: unknown): number | null {
  if (value === null || value === undefined || value === "" || value === "-" || value === "--")
    return null;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : null;
}

/** Reads `a.b.0.c` from a nested value; undefined when any step is missing. */
export function pick(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (isObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}
