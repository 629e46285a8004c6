import type { ImportFormatId, Platform, ShopRef } from "@tongshu/shared";
import type { ImportIssue, ImportKind } from "@tongshu/shared/imports/index";

/**
 * What the page and the import worker tell each other. Types only: the readers behind
 * "@tongshu/shared/imports/index" load in the worker, never in the page's bundle.
 */

/** A format as the page shows it (the worker's format objects hold functions, which cannot be posted). */
export interface FormatSummary {
  id: ImportFormatId;
  label: { zh: string; en: string };
  platforms: Platform[];
  kind: ImportKind;
}

/** What the file holds, read and with buyer columns already dropped. */
export interface ImportPreview {
  fileName: string;
  fileSize: number;
  /** The layout recognised, or null (then `closest` says what the best guess lacked). */
  format: FormatSummary | null;
  fileType: "csv" | "xlsx";
  /** A CSV's text encoding; null for xlsx. */
  encoding: "utf-8" | "utf-16le" | "gbk" | null;
  headerRowNumber: number;
  headers: string[];
  /** The first data rows (kept columns only), for the preview table. */
  rows: string[][];
  /** File rows of `rows`, as a spreadsheet numbers them. */
  rowNumbers: number[];
  rowCount: number;
  droppedColumns: string[];
  closest: { format: FormatSummary; missing: string[] } | null;
  /** Every layout the importer knows, for the "supported" line of an unrecognised file. */
  supported: FormatSummary[];
}

/** What importing the file into one shop would send, and what it leaves out. */
export interface ImportPlan {
  fileSha256: string;
  shop: ShopRef;
  /** Every issue, sorted by row. `message` is kept only for invalid_record (the other codes are worded from code, column and value). */
  issues: ImportIssue[];
  dataRows: number;
  skippedRows: number;
  records: number;
  /** Each ingest batch as its JSON request body: built and encoded in the worker, transferred. */
  batches: Uint8Array[];
  /** Records in each batch. */
  batchRecords: number[];
}

/** Why the worker could not do what was asked. */
export type WorkerFailure =
  | { kind: "unreadable"; code: "empty" | "old_xls" | "html" | "unreadable" }
  | { kind: "failed"; message: string };

export type WorkerRequest =
  | { id: number; type: "read"; file: File }
  | { id: number; type: "plan"; shop: ShopRef };

export type WorkerResponse =
  | { id: number; ok: true; type: "read"; preview: ImportPreview }
  | { id: number; ok: true; type: "plan"; plan: ImportPlan }
  | { id: number; ok: false; failure: WorkerFailure };
