import { CellError, isEmptyCell, textCellOrNull } from "../cells.ts";
import type { ImportRow } from "../types.ts";

/** Cell readers the order-export formats share, on top of ../cells.ts. */

/** Free text that must be there (a product title); cut to `max` characters. */
export function textCell(row: ImportRow, key: string, max = 500): string {
  const text = textCellOrNull(row, key, max);
  if (text === null) throw new CellError("missing_value", key, row.get(key), `${key} is empty`);
  return text;
}

/** A status text through a platform's table; an unknown text is a "bad_status" issue. */
export function statusCell<T>(row: ImportRow, key: string, map: (text: string) => T | null): T {
  const text = row.get(key);
  if (isEmptyCell(text)) throw new CellError("missing_value", key, text, `${key} is empty`);
  const status = map(text);
  if (status === null) throw new CellError("bad_status", key, text, `unknown status: ${text}`);
  return status;
}

export interface RegionCells {
  province: string | null;
  city: string | null;
}

/**
 * The reader's derived "收货地区" cell ("浙江省 杭州市", "浙江省", or "" when unknown; see
 * ../buyer-columns.ts) → province and city.
 */
export function regionCells(row: ImportRow, key: string): RegionCells {
  const text = row.get(key).trim();
  if (isEmptyCell(text)) return { province: null, city: null };
  const [province, city] = text.split(/\s+/);
  return { province: (province ?? "").slice(0, 32) || null, city: city?.slice(0, 32) ?? null };
}

/** The smallest of several optional instants (the first shipment of an order's lines), or null. */
export function earliest(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** A platform id that means "none" ("0", "-1": an item without variants), as capture reads it. */
export function optIdText(id: string | null): string | null {
  return id === null || id === "0" || id === "-1" ? null : id;
}
