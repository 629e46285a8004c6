/** A cell as exported: numbers stay numbers (yuan with two decimals), text is defused. */
export type CsvCell = string | number | null;

const BOM = "\uFEFF";

function cell(value: CsvCell): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(value) : value;
  // Platform text (titles) could start a spreadsheet formula: prefix it so Excel shows text.
  // A plain signed number ("-12.50", "-3.2%") is data, not a formula.
  const numeric = /^-?\d+(\.\d+)?%?$/.test(text);
  if (typeof value === "string" && !numeric && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text with a BOM (Excel then reads UTF-8 Chinese correctly) and CRLF line ends. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `${BOM}${[header.map(cell), ...rows.map((r) => r.map(cell))].map((r) => r.join(",")).join("\r\n")}\r\n`;
}

/** Fen as a plain yuan number string for spreadsheets: 123450 → "1234.50". */
export function fenToYuanText(fen: number | null): string | null {
  if (fen === null) return null;
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Starts a download of `text` as `name` (the only DOM part of exporting). */
export function downloadText(name: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
