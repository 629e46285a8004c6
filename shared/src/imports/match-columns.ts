import type { ImportColumn, ImportFormat, ImportRow } from "./types.ts";

/**
 * A header as platforms vary it: trimmed, full-width brackets and colons made half-width,
 * inner spaces and a trailing colon removed ("商品总价（元）" and "商品总价(元) " match).
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/\s+/g, "")
    .replace(/:$/, "");
}

/** Where a format's columns are in a file's header row. */
export interface ColumnMatch {
  /** Column key → index in the row, for the columns the file has. */
  index: Map<string, number>;
  /** Column key → the header text as the file spells it. */
  header: Map<string, string>;
  /** Required columns the file lacks (by their first header name). */
  missing: string[];
}

/**
 * Where an alias is in the header row. "商家编码#2" names the second column headed 商家编码: 千牛's
 * item export repeats that header for the item's and the SKU's code.
 */
function aliasPosition(
  positions: ReadonlyMap<string, number[]>,
  alias: string,
): number | undefined {
  const nth = /^(.+)#([1-9])$/.exec(alias);
  const name = normaliseHeader(nth?.[1] ?? alias);
  return positions.get(name)?.[nth ? Number(nth[2]) - 1 : 0];
}

/** Finds a format's columns in a header row (first alias found wins). */
export function matchColumns(
  columns: readonly ImportColumn[],
  headers: readonly string[],
): ColumnMatch {
  const positions = new Map<string, number[]>();
  headers.forEach((header, i) => {
    const name = normaliseHeader(header);
    positions.set(name, [...(positions.get(name) ?? []), i]);
  });
  const index = new Map<string, number>();
  const header = new Map<string, string>();
  const missing: string[] = [];
  for (const column of columns) {
    const at = column.headers
      .map((alias) => aliasPosition(positions, alias))
      .find((i) => i !== undefined);
    if (at === undefined) {
      if (column.required) missing.push(column.headers[0] ?? column.key);
      continue;
    }
    index.set(column.key, at);
    header.set(column.key, headers[at] ?? column.key);
  }
  return { index, header, missing };
}

/**
 * Data rows as a format reads them. `firstRowNumber` is the file row of `cells[0]` (1-based),
 * so issues point at the row a spreadsheet shows.
 */
export function toImportRows(
  format: Pick<ImportFormat, "columns">,
  headers: readonly string[],
  cells: readonly (readonly string[])[],
  firstRowNumber: number,
): ImportRow[] {
  const match = matchColumns(format.columns, headers);
  return cells.map((values, i) => ({
    rowNumber: firstRowNumber + i,
    get: (key) => {
      const at = match.index.get(key);
      return at === undefined ? "" : (values[at] ?? "").trim();
    },
    header: (key) => match.header.get(key) ?? null,
  }));
}
