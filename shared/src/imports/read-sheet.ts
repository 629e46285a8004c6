import Papa from "papaparse";
import { readSheet } from "read-excel-file/universal";
import { decodeText, type TextEncodingName } from "./decode-text.ts";

/** A file's first sheet as rows of cell text, before any header is known. */
export interface SheetText {
  fileType: "csv" | "xlsx";
  /** The text encoding of a CSV; null for xlsx (always UTF-8 inside). */
  encoding: TextEncodingName | null;
  rows: string[][];
}

/** A file the importer cannot read at all; `code` says why, for the UI to word. */
export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
  constructor(
    readonly code: "empty" | "old_xls" | "html" | "unreadable",
    message: string,
  ) {
    super(message);
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An xlsx cell as the export showed it. Dates are serial numbers the reader turns into UTC
 * Dates of the wall-clock time written, so their UTC fields are the Beijing time. Integers past
 * 2^53 (an order id stored as a number) lost digits in the file itself: they are written in
 * scientific notation so the id check refuses them instead of importing a wrong id.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    return h === 0 && m === 0 && s === 0 ? date : `${date} ${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return value.toExponential().toUpperCase();
    }
    return String(value);
  }
  return String(value);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Comma or tab: the one a line of the first 30 uses most (a title block above the header has
 * few of either). Papaparse's own guess wants many rows and fails on short files.
 */
export function guessDelimiter(text: string): "," | "\t" {
  let commas = 0;
  let tabs = 0;
  for (const line of text.split(/\r?\n/, 30)) {
    commas = Math.max(commas, line.split(",").length - 1);
    tabs = Math.max(tabs, line.split("\t").length - 1);
  }
  return tabs > commas ? "\t" : ",";
}

/** Reads a CSV (UTF-8, UTF-16 or GBK; comma or tab) or an .xlsx file's first sheet. */
export async function readSheetText(bytes: Uint8Array): Promise<SheetText> {
  if (bytes.length === 0) throw new UnreadableFileError("empty", "the file is empty");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    let sheet: unknown[][];
    try {
      sheet = (await readSheet(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      )) as unknown[][];
    } catch (error) {
      throw new UnreadableFileError(
        "unreadable",
        `not a readable .xlsx file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return { fileType: "xlsx", encoding: null, rows: sheet.map((row) => row.map(cellText)) };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableFileError(
      "old_xls",
      "an old-style .xls workbook: open it in Excel or WPS and save it as .xlsx or CSV",
    );
  }
  const { text, encoding } = decodeText(bytes);
  // Some back offices hand out an HTML table named .xls, and a blocked sycm export is a page.
  if (/^\s*<(!doctype|html|table|\?xml)/i.test(text)) {
    throw new UnreadableFileError(
      "html",
      "a web page, not a spreadsheet: the export may have been blocked (log in again) or is an HTML table; save it as .xlsx or CSV",
    );
  }
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
  });
  const quote = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (quote) {
    throw new UnreadableFileError(
      "unreadable",
      `a quoted cell opened on row ${(quote.row ?? 0) + 1} is never closed`,
    );
  }
  return { fileType: "csv", encoding, rows: parsed.data };
}
