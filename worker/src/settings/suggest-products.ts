import type { ProductSuggestion } from "@tongshu/shared";

/** Suggestions below this title similarity are noise (shared brand words, "2026新款"). */
export const MIN_TITLE_SCORE = 0.5;
export const MAX_SUGGESTIONS = 3;

/**
 * An outer code as sellers mistype it across back offices: full-width forms folded (NFKC),
 * case ignored, spaces and the separators - _ . / dropped. "ｔｓ－００１ " → "TS001".
 */
export function normaliseOuterCode(code: string): string {
  return code
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-_./]/g, "");
}

/** The distinct letters and digits of a text (CJK characters count as letters), case folded. */
export function characterSet(text: string | null): Set<string> {
  const set = new Set<string>();
  for (const ch of (text ?? "").normalize("NFKC").toLowerCase())
    if (/[\p{L}\p{N}]/u.test(ch)) set.add(ch);
  return set;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const ch of a) if (b.has(ch)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface TitledSku {
  title: string;
  skuText: string | null;
}

/**
 * How alike two SKUs read: the title similarity, averaged with the SKU-text similarity when
 * both have SKU text (so "黑色 5双装" and "黑色 10双装" of one listing do not look identical).
 */
export function titleSimilarity(a: TitledSku, b: TitledSku): number {
  return similarityOfSets(setsOf(a, characterSet), setsOf(b, characterSet));
}

interface SkuSets {
  title: Set<string>;
  /** Null when the SKU has no SKU text worth comparing. */
  text: Set<string> | null;
}

function setsOf(sku: TitledSku, setOf: (t: string | null) => Set<string>): SkuSets {
  const text = setOf(sku.skuText);
  return { title: setOf(sku.title), text: text.size > 0 ? text : null };
}

function similarityOfSets(
  a: SkuSets,
  b: SkuSets,
  similar: (x: Set<string>, y: Set<string>) => number = jaccard,
): number {
  const title = similar(a.title, b.title);
  return a.text && b.text ? (title + similar(a.text, b.text)) / 2 : title;
}

/** Where a SKU is listed: one item (listing) of one shop. */
export interface ListedSku extends TitledSku {
  platform: string;
  shopId: string;
  itemId: string;
}

export interface SuggestionCandidate {
  id: string;
  name: string;
  outerCode: string | null;
  skus: readonly ListedSku[];
}

export interface UnlinkedInput extends ListedSku {
  /** Codes the SKU showed anywhere (listing, order lines), even ones too blank to group by. */
  codes: Array<string | null>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const listingOf = (s: ListedSku) => `${s.platform}\u0000${s.shopId}\u0000${s.itemId}`;

/**
 * Products an unlinked SKU probably belongs to, best first (at most MAX_SUGGESTIONS):
 * products whose outer code equals one of the SKU's codes once normalised, then products with
 * a SKU (or, without SKUs, a name) reading alike (score ≥ MIN_TITLE_SCORE). Products that
 * already hold a SKU of the same listing are skipped for titles: a listing's SKUs are different
 * variants, and they share its title word for word. Deterministic: ties go by name, then id.
 *
 * Returns a function to call per unlinked SKU: the candidates' character sets are computed
 * once, and each distinct text once (listings repeat a title on every SKU).
 */
export function createSuggester(
  candidates: readonly SuggestionCandidate[],
): (sku: UnlinkedInput) => ProductSuggestion[] {
  const memo = new Map<string, Set<string>>();
  const setOf = (text: string | null) => {
    const key = text ?? "";
    const known = memo.get(key);
    if (known) return known;
    const set = characterSet(key);
    memo.set(key, set);
    return set;
  };
  const prepared = candidates.map((p) => ({
    product: p,
    code: p.outerCode === null ? null : normaliseOuterCode(p.outerCode),
    listings: new Set(p.skus.map(listingOf)),
    sets: (p.skus.length > 0 ? p.skus : [{ title: p.name, skuText: null }]).map((s) =>
      setsOf(s, setOf),
    ),
  }));
  return (sku) => {
    const codes = new Set(
      sku.codes.map((c) => normaliseOuterCode(c ?? "")).filter((c) => c.length > 0),
    );
    const own = setsOf(sku, characterSet);
    // Memoised sets are shared objects: each distinct text is compared once per SKU.
    const seen = { title: new Map<Set<string>, number>(), text: new Map<Set<string>, number>() };
    const similar = (mine: Set<string>, other: Set<string>) => {
      const cache = mine === own.title ? seen.title : seen.text;
      let score = cache.get(other);
      if (score === undefined) {
        score = jaccard(mine, other);
        cache.set(other, score);
      }
      return score;
    };
    const listing = listingOf(sku);
    const byCode: ProductSuggestion[] = [];
    const byTitle: ProductSuggestion[] = [];
    for (const { product: p, code, listings, sets } of prepared) {
      if (code !== null && codes.has(code)) {
        byCode.push({ productId: p.id, name: p.name, reason: "outerCode", score: 1 });
        continue;
      }
      if (listings.has(listing)) continue;
      let score = 0;
      for (const other of sets) score = Math.max(score, similarityOfSets(own, other, similar));
      if (score >= MIN_TITLE_SCORE)
        byTitle.push({ productId: p.id, name: p.name, reason: "title", score: round3(score) });
    }
    const order = (a: ProductSuggestion, b: ProductSuggestion) =>
      b.score - a.score || compareText(a.name, b.name) || compareText(a.productId, b.productId);
    return [...byCode.sort(order), ...byTitle.sort(order)].slice(0, MAX_SUGGESTIONS);
  };
}

/** Suggestions for one SKU (see createSuggester; use that for many SKUs). */
export function suggestProducts(
  sku: UnlinkedInput,
  candidates: readonly SuggestionCandidate[],
): ProductSuggestion[] {
  return createSuggester(candidates)(sku);
}

/** Code-point order: the same on every runtime, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
