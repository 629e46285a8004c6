import { type ImportCostsRequest, isBusinessDate, MAX_IMPORT_ROWS } from "@tongshu/shared";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { parseYuanInput } from "./settings-inputs.ts";

/** One pasted line: what it says and what is wrong with it (empty `errors` = importable). */
export interface CostCsvRow {
  /** 1-based line number in the pasted text. */
  line: number;
  outerCode: string;
  productId: string | null;
  productName: string | null;
  unitCostFen: number | null;
  packagingFen: number | null;
  effectiveFrom: string | null;
  errors: ErrorMessage[];
}

export interface CostCsvResult {
  rows: CostCsvRow[];
  /** The first line was a header (text where the cost and date belong) and was skipped. */
  skippedHeader: boolean;
  /** More data lines than one import takes; rows past the limit are dropped. */
  tooMany: boolean;
}

interface ProductRef {
  id: string;
  name: string;
  outerCode: string | null;
}

/** A spreadsheet cell as pasted: trimmed, surrounding "quotes" removed ("" inside = "). */
function unquote(cell: string): string {
  const trimmed = cell.trim();
  return /^".*"$/s.test(trimmed) ? trimmed.slice(1, -1).replaceAll('""', '"') : trimmed;
}

/**
 * Splits one line: by tabs when it has any (a paste from a spreadsheet), else by commas
 * (ASCII or full-width), with "double quotes" around fields that hold commas ("1,234.50").
 */
export function splitCsvLine(line: string): string[] {
  if (line.includes("\t")) return line.split("\t").map(unquote);
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === "," || char === "，") {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** "2026-03-01", "2026/3/1", "2026.3.1" → "2026-03-01"; null when it is not a real date. */
export function normaliseDate(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]?.padStart(2, "0")}-${match[3]?.padStart(2, "0")}`;
  return isBusinessDate(date) ? date : null;
}

// A header names its columns in words: no digits where the cost and the date belong (a data
// line with a mistyped cost or date still has digits there, and must show its errors).
const looksLikeHeader = (cells: string[]) =>
  !/\d/.test(cells[1] ?? "") && !/\d/.test(cells[2] ?? "");

/**
 * Reads pasted cost lines "outer code, unit cost in yuan, effective date[, packaging in yuan]"
 * against the products the settings list (matched by exact outer code, as the reports match).
 * Every problem is kept per row so the preview can show all of them at once.
 */
export function parseCostCsv(text: string, products: readonly ProductRef[]): CostCsvResult {
  const byCode = new Map<string, ProductRef>();
  for (const product of products)
    if (product.outerCode !== null) byCode.set(product.outerCode, product);
  const lines = text
    .split(/\r?\n/)
    .map((content, index) => ({ line: index + 1, cells: splitCsvLine(content) }))
    .filter(({ cells }) => cells.some((cell) => cell !== ""));
  const first = lines[0];
  const skippedHeader = first !== undefined && looksLikeHeader(first.cells);
  const data = skippedHeader ? lines.slice(1) : lines;
  const seen = new Map<string, number>();
  const rows = data.slice(0, MAX_IMPORT_ROWS).map(({ line, cells }): CostCsvRow => {
    const [code = "", cost = "", date = "", packaging = ""] = cells;
    const errors: ErrorMessage[] = [];
    if (cells.length < 3) errors.push({ key: "settingsData.import.error.columns" });
    const product = byCode.get(code);
    if (code === "") errors.push({ key: "settingsData.import.error.noCode" });
    else if (!product)
      errors.push({ key: "settingsData.import.error.unknownCode", params: { value: code } });
    const unit = parseYuanInput(cost);
    if (!unit.ok && cells.length >= 2)
      errors.push({ key: "settingsData.import.error.cost", params: { value: cost } });
    const pack = packaging === "" ? { ok: true as const, value: 0 } : parseYuanInput(packaging);
    if (!pack.ok)
      errors.push({ key: "settingsData.import.error.packaging", params: { value: packaging } });
    const effectiveFrom = normaliseDate(date);
    if (effectiveFrom === null && cells.length >= 3)
      errors.push({ key: "settingsData.import.error.date", params: { value: date } });
    const key = `${product?.id ?? code}\u0000${effectiveFrom ?? date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      errors.push({ key: "settingsData.import.error.duplicate", params: { line: earlier } });
    else seen.set(key, line);
    return {
      line,
      outerCode: code,
      productId: product?.id ?? null,
      productName: product?.name ?? null,
      unitCostFen: unit.ok ? unit.value : null,
      packagingFen: pack.ok ? pack.value : null,
      effectiveFrom,
      errors,
    };
  });
  return { rows, skippedHeader, tooMany: data.length > MAX_IMPORT_ROWS };
}

/** The import body for rows without errors (the caller imports only when every row is clean). */
export function costImportRows(rows: readonly CostCsvRow[]): ImportCostsRequest["costs"] {
  return rows.flatMap((row) =>
    row.errors.length === 0 &&
    row.productId !== null &&
    row.unitCostFen !== null &&
    row.packagingFen !== null &&
    row.effectiveFrom !== null
      ? [
          {
            productId: row.productId,
            effectiveFrom: row.effectiveFrom,
            unitCostFen: row.unitCostFen,
            packagingFen: row.packagingFen,
          },
        ]
      : [],
  );
}
