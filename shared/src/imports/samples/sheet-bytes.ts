import iconv from "iconv-lite";
import writeExcelFile, { type SheetData } from "write-excel-file/node";
import { yuanText } from "./export-text.ts";

export { yuanText };

/**
 * File bytes for the sample export writers (tests, the demo, the bench). Node only: they use
 * write-excel-file's Node build and iconv-lite, which the browser bundle never imports.
 */

export type SampleCell = string | number | null;

/** One sheet of rows as .xlsx bytes (write-excel-file's output carries no timestamp). */
export async function xlsxBytes(
  rows: readonly SampleCell[][],
  sheet = "Sheet1",
): Promise<Uint8Array> {
  const buffer = await writeExcelFile(rows as SheetData, { sheet }).toBuffer();
  return new Uint8Array(buffer);
}

function csvCell(cell: SampleCell): string {
  const text = cell === null ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: UTF-8 with a BOM (what newer back offices write) or GBK (older ones). */
export function csvBytes(rows: readonly SampleCell[][], encoding: "utf-8" | "gbk"): Uint8Array {
  const text = `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
  return encoding === "gbk"
    ? new Uint8Array(iconv.encode(text, "gbk"))
    : new TextEncoder().encode(`\uFEFF${text}`);
}

/** Integer fen as the number a spreadsheet cell holds (12.3 for 1230). */
export function yuanNumber(fen: number): number {
  return Number(yuanText(fen));
}

/** Items in order of first appearance, each with its SKUs in input order. */
export function groupBy<T>(values: readonly T[], key: (value: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return [...groups.values()];
}
