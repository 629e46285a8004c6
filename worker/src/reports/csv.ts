import { formatFen } from "@tongshu/shared";

export type CsvKind = "text" | "count" | "fen" | "ratio" | "number" | "date";

/** One column of an export: headers in both languages and how to read a row. */
export interface CsvColumn<T> {
  zh: string;
  en: string;
  kind: CsvKind;
  value: (row: T) => string | number | null | undefined;
}

export interface CsvTable<T> {
  /** File name without extension, ASCII (e.g. "overview-2026-11-01-2026-11-07"). */
  name: string;
  columns: Array<CsvColumn<T>>;
  rows: T[];
}

/** Excel reads a leading BOM as "this file is UTF-8", so Chinese text opens correctly. */
const BOM = "\uFEFF";

function cell(kind: CsvKind, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (kind === "fen" && typeof value === "number")
    text = formatFen(value, { symbol: false }).replaceAll(",", "");
  else if (kind === "ratio" && typeof value === "number") text = `${(value * 100).toFixed(2)}%`;
  else text = String(value);
  // Text from platforms (titles!) could start a spreadsheet formula; numbers we format cannot.
  if ((kind === "text" || typeof value === "string") && kind !== "fen" && /^[=+\-@\t\r]/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders a table as CSV: BOM, CRLF line ends, quoted where needed, formulas defused. */
export function renderCsv<T>(table: CsvTable<T>, lang: "zh-CN" | "en"): string {
  const header = table.columns.map((c) => cell("text", lang === "en" ? c.en : c.zh));
  const lines = table.rows.map((row) =>
    table.columns.map((c) => cell(c.kind, c.value(row))).join(","),
  );
  return `${BOM}${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

/** The HTTP response for a CSV download. */
export function csvResponse<T>(table: CsvTable<T>, lang: "zh-CN" | "en"): Response {
  return new Response(renderCsv(table, lang), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${table.name}.csv"`,
      "cache-control": "no-store",
    },
  });
}
