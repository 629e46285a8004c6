import type { AbcClass, ProductRow } from "@tongshu/shared";

type Searchable = Pick<ProductRow, "name" | "outerCode" | "abc"> & {
  skus: ReadonlyArray<Pick<ProductRow["skus"][number], "title" | "outerCode">>;
};

/**
 * Search words: NFKC folds full-width letters and digits (ＡＢ１２ → ab12, common when typing
 * with a Chinese IME), lower case, split on any space.
 */
export function searchTerms(query: string): string[] {
  return query
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * True when every word appears in the product's name or outer code, or in one of its SKUs'
 * titles or outer codes (a product named in settings is still found by its platform titles).
 */
export function matchesProduct(row: Searchable, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = [
    row.name,
    row.outerCode ?? "",
    ...row.skus.flatMap((s) => [s.title, s.outerCode ?? ""]),
  ]
    .join("\n")
    .normalize("NFKC")
    .toLowerCase();
  return terms.every((t) => haystack.includes(t));
}

/** The rows the ranking shows: matching the search and, when set, of one ABC class. */
export function filterProducts<R extends Searchable>(
  rows: readonly R[],
  query: string,
  abc: AbcClass | null,
): R[] {
  const terms = searchTerms(query);
  return rows.filter((r) => (abc === null || r.abc === abc) && matchesProduct(r, terms));
}
