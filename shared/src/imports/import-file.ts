import { CanonicalRecordSchema } from "../schemas/record.ts";
import { columnFate, REGION_HEADER } from "./buyer-columns.ts";
import { IMPORT_FORMATS } from "./formats/index.ts";
import { matchColumns, toImportRows } from "./match-columns.ts";
import { readSheetText, type SheetText } from "./read-sheet.ts";
import { regionCell } from "./region.ts";
import type { ImportContext, ImportFormat, ImportIssue, MappedRecord } from "./types.ts";

/** Title blocks sit above the header (生意参谋 puts it on row 6); look this far down. */
const HEADER_SEARCH_ROWS = 30;

/** A read file, with buyer columns already gone: all that previews and formats ever see. */
export interface ImportTable {
  fileName: string;
  fileType: SheetText["fileType"];
  encoding: SheetText["encoding"];
  /** The layout recognised, or null (then `missingColumns` says what the best guess lacked). */
  format: ImportFormat | null;
  /** 1-based file row of the header. */
  headerRowNumber: number;
  /** Headers kept, in file order (a derived 收货地区 replaces an address column). */
  headers: string[];
  /** Data rows (kept columns only), blank rows removed; `rowNumbers[i]` is row i's file row. */
  rows: string[][];
  rowNumbers: number[];
  /** Headers of the buyer columns that were dropped, for the preview to say so. */
  droppedColumns: string[];
  /** For an unrecognised file: the closest format and the required columns it lacked. */
  closest: { format: ImportFormat; missing: string[] } | null;
}

interface HeaderGuess {
  format: ImportFormat;
  rowIndex: number;
  matched: number;
  missing: string[];
}

/** The (row, format) whose header matches most columns with none required missing. */
export function findHeader(
  rows: readonly (readonly string[])[],
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): { found: HeaderGuess | null; closest: HeaderGuess | null } {
  let found: HeaderGuess | null = null;
  let closest: HeaderGuess | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const row = rows[rowIndex] ?? [];
    if (row.filter((cell) => cell.trim() !== "").length < 2) continue;
    for (const format of formats) {
      const match = matchColumns(format.columns, row);
      const guess = { format, rowIndex, matched: match.index.size, missing: match.missing };
      if (match.missing.length === 0) {
        if (!found || guess.matched > found.matched) found = guess;
      } else if (
        match.index.size > 0 &&
        (!closest ||
          guess.matched - guess.missing.length > closest.matched - closest.missing.length)
      ) {
        closest = guess;
      }
    }
  }
  return { found, closest };
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}

/**
 * Reads an export: text or xlsx → rows, finds the header and the layout, and drops the buyer
 * columns (an address becomes province + city) before anything else sees the rows.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const sheet = await readSheetText(bytes);
  const { found, closest } = findHeader(sheet.rows);
  const headerIndex = found?.rowIndex ?? closest?.rowIndex ?? 0;
  const rawHeaders = sheet.rows[headerIndex] ?? [];
  const fates = rawHeaders.map((header) => columnFate(header));
  const keep = fates.flatMap((fate, i) => (fate === "drop" ? [] : [i]));
  const headers = keep.map((i) => (fates[i] === "region" ? REGION_HEADER : (rawHeaders[i] ?? "")));
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const raw = sheet.rows[i] ?? [];
    if (isBlank(raw)) continue;
    rows.push(
      keep.map((at) => (fates[at] === "region" ? regionCell(raw[at] ?? "") : (raw[at] ?? ""))),
    );
    rowNumbers.push(i + 1);
  }
  // The raw sheet goes out of scope here: nothing downstream can reach a dropped cell.
  sheet.rows.length = 0;
  return {
    fileName,
    fileType: sheet.fileType,
    encoding: sheet.encoding,
    format: found?.format ?? null,
    headerRowNumber: headerIndex + 1,
    headers,
    rows,
    rowNumbers,
    droppedColumns: rawHeaders.filter((_, i) => fates[i] === "drop"),
    closest: found || !closest ? null : { format: closest.format, missing: closest.missing },
  };
}

/** What an import would send, and what it would leave out and why. */
export interface MappedImport {
  records: MappedRecord[];
  issues: ImportIssue[];
  /** Data rows, and rows left out because an issue names them. */
  dataRows: number;
  skippedRows: number;
}

/**
 * Maps a read table with its format into canonical records. Records that fail the canonical
 * schema become issues on their rows, so what is returned is exactly what ingest accepts.
 */
export function mapImportTable(
  table: ImportTable,
  format: ImportFormat,
  context: ImportContext,
): MappedImport {
  const rows = toImportRows(format, table.headers, table.rows, 0).map((row, i) => ({
    ...row,
    rowNumber: table.rowNumbers[i] ?? row.rowNumber,
  }));
  const result = format.toRecords(rows, context);
  const issues = [...result.issues];
  const records: MappedRecord[] = [];
  for (const mapped of result.records) {
    const check = CanonicalRecordSchema.safeParse(mapped.record);
    if (check.success) {
      records.push(mapped);
      continue;
    }
    const first = check.error.issues[0];
    for (const row of mapped.rows) {
      issues.push({
        row,
        column: null,
        code: "invalid_record",
        value: null,
        message: `${first?.path.join(".") ?? ""}: ${first?.message ?? "invalid"}`,
      });
    }
  }
  issues.sort((a, b) => a.row - b.row);
  const skipped = new Set(issues.map((issue) => issue.row));
  return { records, issues, dataRows: table.rows.length, skippedRows: skipped.size };
}
