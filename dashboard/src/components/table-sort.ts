export type SortDirection = "asc" | "desc";
export type SortValue = string | number | null;

/** Sorts a copy: numbers numerically, text by zh-CN collation, unknown (null) always last. */
export function sortRows<R>(
  rows: R[],
  keyOf: (row: R) => SortValue,
  direction: SortDirection,
): R[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: keyOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), "zh-CN");
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}
