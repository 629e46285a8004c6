import { BEIJING_OFFSET_MS } from "../../time.ts";

/** Cell and file text as the back offices write their exports (for the sample writers). */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Fen → yuan text with two decimals, no grouping ("1234.50"), as exports write money. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${pad(abs % 100)}`;
}

/** Epoch ms → Beijing wall-clock "2026-11-02 10:05:00"; null → "". */
export function beijingText(instant: number | null): string {
  if (instant === null) return "";
  const d = new Date(instant + BEIJING_OFFSET_MS);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * One CSV line. A cell with a comma, quote or line break is quoted; an Excel text formula
 * (="3306670536474051657", how 千牛 keeps long ids from turning into 3.3E+18) is written bare,
 * as 千牛 writes it.
 */
export function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) =>
      /^="[^"]*"$/.test(cell) || !/[",\r\n]/.test(cell) ? cell : `"${cell.replace(/"/g, '""')}"`,
    )
    .join(",");
}

/** Header and rows → CSV text with Windows line ends (the exports come from Windows tooling). */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map(csvLine).join("\r\n")}\r\n`;
}

/** Rows keyed by header → cells in header order (a missing key is an empty cell). */
export function inHeaderOrder(
  header: readonly string[],
  row: Readonly<Record<string, string>>,
): string[] {
  return header.map((name) => row[name] ?? "");
}
