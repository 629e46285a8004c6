import { MoneyError, parseYuanToFen } from "../money.ts";
import { isBusinessDate, parseBeijingDateTime } from "../time.ts";
import type { ImportIssue, ImportIssueCode, ImportRow } from "./types.ts";

/**
 * Reading one cell of an export row. Each reader returns the value or throws a CellError, which
 * a format turns into an ImportIssue for that row and column (see `readRow`).
 */
export class CellError extends Error {
  override readonly name = "CellError";
  constructor(
    readonly code: ImportIssueCode,
    readonly key: string,
    readonly value: string,
    message: string,
  ) {
    super(message);
  }
}

// Cells exports leave empty: "", dashes, "null" and "无".
const EMPTY = new Set(["", "-", "--", "—", "——", "null", "NULL", "无", "N/A"]);

/** True when a cell holds nothing (an empty cell or a dash). */
export function isEmptyCell(text: string): boolean {
  return EMPTY.has(text.trim());
}

function need(row: ImportRow, key: string): string {
  const text = row.get(key);
  if (isEmptyCell(text)) throw new CellError("missing_value", key, text, `${key} is empty`);
  return text;
}

/** Yuan text ("23.80", "￥1,234.50") → fen; required. */
export function yuanCell(row: ImportRow, key: string): number {
  const text = need(row, key);
  try {
    return parseYuanToFen(text);
  } catch (error) {
    const why = error instanceof MoneyError ? error.message : String(error);
    throw new CellError("bad_money", key, text, why);
  }
}

/** Yuan text → fen, or null when the cell is empty. */
export function yuanCellOrNull(row: ImportRow, key: string): number | null {
  return isEmptyCell(row.get(key)) ? null : yuanCell(row, key);
}

/** A non-negative whole count ("12", "1,024"); required. */
export function countCell(row: ImportRow, key: string): number {
  const text = need(row, key);
  const clean = text.replace(/[,，\s]/g, "").replace(/\.0+$/, "");
  if (!/^\d{1,15}$/.test(clean)) {
    throw new CellError("bad_number", key, text, `not a whole count: ${text}`);
  }
  return Number(clean);
}

/** A count, or null when the cell is empty. */
export function countCellOrNull(row: ImportRow, key: string): number | null {
  return isEmptyCell(row.get(key)) ? null : countCell(row, key);
}

/** A Beijing date-time ("2026-11-02 10:00:00", "2026/11/2 10:00") → epoch ms; required. */
export function dateTimeCell(row: ImportRow, key: string): number {
  const text = need(row, key);
  try {
    return parseBeijingDateTime(text);
  } catch {
    throw new CellError("bad_date", key, text, `not a date-time: ${text}`);
  }
}

/** A date-time, or null when empty (unpaid orders have no 付款时间). */
export function dateTimeCellOrNull(row: ImportRow, key: string): number | null {
  return isEmptyCell(row.get(key)) ? null : dateTimeCell(row, key);
}

/** A business day ("2026-11-02", "2026/11/2", "20261102") → "YYYY-MM-DD"; required. */
export function dateCell(row: ImportRow, key: string): string {
  const text = need(row, key);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const parts = compact ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  const date = parts
    ? `${parts[1]}-${(parts[2] ?? "").padStart(2, "0")}-${(parts[3] ?? "").padStart(2, "0")}`
    : "";
  if (!isBusinessDate(date)) throw new CellError("bad_date", key, text, `not a date: ${text}`);
  return date;
}

/**
 * A platform id. Spreadsheet tricks that keep long ids as text are undone (="123", a leading
 * ' or tab); an id Excel already turned into 1.23457E+18 is refused, since its digits are lost.
 */
export function idCell(row: ImportRow, key: string): string {
  const text = need(row, key);
  const id = text
    .replace(/^="?|"$/g, "")
    .replace(/^['\t]/, "")
    .trim();
  if (/^\d(\.\d+)?E\+\d+$/i.test(id)) {
    throw new CellError("bad_id", key, text, `id in scientific notation lost its digits: ${text}`);
  }
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(id)) {
    throw new CellError("bad_id", key, text, `not an id: ${text}`);
  }
  return id;
}

/** An id, or null when empty. */
export function idCellOrNull(row: ImportRow, key: string): string | null {
  return isEmptyCell(row.get(key)) ? null : idCell(row, key);
}

/** Free text (titles, SKU text), or null when empty; cut to `max` characters. */
export function textCellOrNull(row: ImportRow, key: string, max = 500): string | null {
  const text = row.get(key);
  return isEmptyCell(text) ? null : text.slice(0, max);
}

/**
 * Runs `read` on a row; a CellError becomes an issue naming the file's header for the column,
 * and the row is left out (undefined).
 */
export function readRow<T>(row: ImportRow, issues: ImportIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    issues.push({
      row: row.rowNumber,
      column: row.header(error.key) ?? error.key,
      code: error.code,
      value: error.value.slice(0, 80),
      message: error.message,
    });
    return undefined;
  }
}
