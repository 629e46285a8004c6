import type { AbcClass, ProductRow } from "@tongshu/shared";
import { shareOf } from "@tongshu/shared";

export const ABC_CLASSES: readonly AbcClass[] = ["A", "B", "C"];

/** One ABC class: how many products, and their part of units and paid amount. */
export interface AbcClassSummary {
  abc: AbcClass;
  products: number;
  units: number;
  paidFen: number;
  /** Share of the products' paid amount (0..1); null when nothing was paid. */
  paidShare: number | null;
  /** Share of the products listed (0..1); null when there are none. */
  productShare: number | null;
}

type AbcInput = Pick<ProductRow, "abc" | "units" | "paidFen">;

/**
 * Counts and sums per ABC class, always A, B, C in that order (empty classes included, so the
 * section keeps its shape). Shares are of the rows given, which are all products unless the
 * report was cut by its limit.
 */
export function summariseAbc(rows: readonly AbcInput[]): AbcClassSummary[] {
  const paidAll = rows.reduce((s, r) => s + r.paidFen, 0);
  return ABC_CLASSES.map((abc) => {
    const mine = rows.filter((r) => r.abc === abc);
    const paidFen = mine.reduce((s, r) => s + r.paidFen, 0);
    return {
      abc,
      products: mine.length,
      units: mine.reduce((s, r) => s + r.units, 0),
      paidFen,
      paidShare: shareOf(paidFen, paidAll),
      productShare: shareOf(mine.length, rows.length),
    };
  });
}

/** The ABC class kept in the URL (?abc=A), or null for all classes; anything else is ignored. */
export function parseAbcParam(value: string): AbcClass | null {
  const upper = value.trim().toUpperCase();
  return (ABC_CLASSES as readonly string[]).includes(upper) ? (upper as AbcClass) : null;
}
