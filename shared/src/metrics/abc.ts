/** ABC (Pareto) class of a product by its share of sales. */
export type AbcClass = "A" | "B" | "C";

/** Upper bounds of the cumulative sales share for A and B, in percent (the rest is C). */
export const ABC_BOUNDS = { a: 80, b: 95 } as const;

/**
 * ABC classes of `values` (sales in fen), in input order. Sorted by sales, descending, a product
 * is A while the sales of the products strictly ahead of it make less than 80% of the total (so
 * the product that crosses 80% is still A), B below 95%, C after. Tied products share the class
 * of the first of them: the share ahead counts only strictly larger sales. Zero sales are C.
 */
export function abcClasses(values: readonly number[]): AbcClass[] {
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const sorted = [...values].sort((x, y) => y - x);
  // Sales strictly ahead of each distinct value (integer arithmetic: no float boundary error).
  const ahead = new Map<number, number>();
  let running = 0;
  for (const v of sorted) {
    if (!ahead.has(v)) ahead.set(v, running);
    running += Math.max(v, 0);
  }
  return values.map((v) => {
    if (v <= 0) return "C";
    const before = (ahead.get(v) ?? 0) * 100;
    if (before < ABC_BOUNDS.a * total) return "A";
    if (before < ABC_BOUNDS.b * total) return "B";
    return "C";
  });
}
