import type { Locale } from "@tongshu/shared";
import type { ImportFormat, ImportTable } from "@tongshu/shared/imports/index";
import type { FormatSummary, ImportPreview } from "./import-messages.ts";

/** Data rows the preview table shows. */
export const PREVIEW_ROWS = 10;

/** A format without its functions, so it can be posted to the page. */
export function summariseFormat(format: ImportFormat): FormatSummary {
  return {
    id: format.id,
    label: { zh: format.label.zh, en: format.label.en },
    platforms: [...format.platforms],
    kind: format.kind,
  };
}

/** The preview of a read file: its first rows and what was found (runs in the worker). */
export function toPreview(
  table: ImportTable,
  fileSize: number,
  supported: readonly ImportFormat[],
  shown = PREVIEW_ROWS,
): ImportPreview {
  return {
    fileName: table.fileName,
    fileSize,
    format: table.format ? summariseFormat(table.format) : null,
    fileType: table.fileType,
    encoding: table.encoding,
    headerRowNumber: table.headerRowNumber,
    headers: [...table.headers],
    rows: table.rows.slice(0, shown).map((row) => [...row]),
    rowNumbers: table.rowNumbers.slice(0, shown),
    rowCount: table.rows.length,
    droppedColumns: [...table.droppedColumns],
    closest: table.closest
      ? { format: summariseFormat(table.closest.format), missing: [...table.closest.missing] }
      : null,
    supported: supported.map(summariseFormat),
  };
}

/** A format's label in the page's language. */
export function formatLabel(format: FormatSummary, locale: Locale): string {
  return locale === "en" ? format.label.en : format.label.zh;
}

/** Names as a sentence lists them: 收货人姓名、联系手机 / name, phone. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === "en" ? ", " : "、");
}

/** A file size as people read it: 980 B, 12.3 KB, 4.5 MB (1 KB = 1,024 bytes, as file managers show). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// Spreadsheet text quoting (="123", how 千牛 keeps long ids intact) and the "null" some exports
// write into empty cells: the preview shows the value the seller sees in Excel.
function displayCell(text: string): string {
  const bare = text.replace(/^="(.*)"$/, "$1");
  return bare === "null" || bare === "NULL" ? "" : bare;
}

/**
 * The preview table's columns: at most `max` (a wide export has 40+), each cell shown as Excel
 * would and cut to `chars` characters so one long title cannot stretch the table.
 */
export function previewGrid(
  preview: Pick<ImportPreview, "headers" | "rows">,
  max = 12,
  chars = 40,
): { headers: string[]; rows: string[][]; hiddenColumns: number } {
  const cut = (text: string) => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);
  return {
    headers: preview.headers.slice(0, max).map(cut),
    rows: preview.rows.map((row) =>
      preview.headers.slice(0, max).map((_, i) => cut(displayCell(row[i] ?? ""))),
    ),
    hiddenColumns: Math.max(0, preview.headers.length - max),
  };
}
