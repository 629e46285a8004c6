import type { ImportFormatId } from "../api/imports.ts";
import type { Platform } from "../schemas/primitives.ts";
import type { CanonicalRecord } from "../schemas/record.ts";

/** What an import turns a file into. */
export type ImportKind = "orders" | "products" | "shop-daily";

/**
 * One column a format reads. `headers` are the names platforms have used for it, exact after
 * trimming (full-width brackets and spaces normalised, see normaliseHeader); the first found
 * in the file wins.
 */
export interface ImportColumn {
  key: string;
  headers: readonly string[];
  required: boolean;
}

/** One data row: cells by column key, already trimmed, with spreadsheet quoting removed. */
export interface ImportRow {
  /** 1-based row number in the file as a spreadsheet shows it (the header row included). */
  rowNumber: number;
  /** The cell's text; "" when empty or when the file lacks that optional column. */
  get(key: string): string;
  /** The file's header for a column key (what an issue names), or null when absent. */
  header(key: string): string | null;
}

/** The shop the file belongs to, and how its records are stamped. */
export interface ImportContext {
  platform: Platform;
  shopId: string;
  /**
   * The records' capturedAt: when the export was made (the file's last-modified time, never
   * after now), so the same file always yields the same versions and a later capture wins.
   */
  capturedAt: number;
  /** `source.url` of every record: "import:<file name>". */
  sourceUrl: string;
}

/** Why a row (or one cell of it) cannot be imported. `column` is the header as the file has it. */
export interface ImportIssue {
  row: number;
  column: string | null;
  code: ImportIssueCode;
  /** The offending cell text, cut to 80 characters (never a buyer column: those are gone). */
  value: string | null;
  /** English detail for logs and the CLI; the dashboard words it from code + column + value. */
  message: string;
}

export type ImportIssueCode =
  | "missing_value" // a required cell is empty
  | "bad_money" // not an amount in yuan
  | "bad_number" // not a count
  | "bad_date" // not a date or date-time
  | "bad_id" // an id with characters ids cannot have, or in scientific notation (1.23E+18)
  | "bad_status" // a status text the format does not know
  | "inconsistent" // rows of one order disagree, or a total does not add up
  | "invalid_record"; // the record failed the canonical schema (message says why)

/** A record and the file rows it was made from (an order spans one row per line). */
export interface MappedRecord {
  record: CanonicalRecord;
  rows: number[];
}

export interface FormatResult {
  records: MappedRecord[];
  issues: ImportIssue[];
}

/** One platform export layout: which columns it has, and how its rows become records. */
export interface ImportFormat {
  id: ImportFormatId;
  /** Platforms the layout is used by (Taobao and Tmall share 千牛's). */
  platforms: readonly Platform[];
  kind: ImportKind;
  /** What the user sees: "千牛 订单导出" / "Qianniu order export". */
  label: { zh: string; en: string };
  columns: readonly ImportColumn[];
  /**
   * Turns the data rows into records. Pure: no clock, no I/O. Bad rows become issues and are
   * left out; everything else is mapped.
   */
  toRecords(rows: readonly ImportRow[], context: ImportContext): FormatResult;
}
