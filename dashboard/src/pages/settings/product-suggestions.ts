import {
  PLATFORMS,
  type Platform,
  type ProductSettings,
  type ProductSuggestion,
  type SettingsSku,
  type SkuRef,
  type UnlinkedSku,
} from "@tongshu/shared";

/** A SKU's identity across the workspace: "platform:shop:item:sku". */
export const skuKey = (sku: SkuRef) => `${sku.platform}:${sku.shopId}:${sku.itemId}:${sku.skuId}`;

/** The SkuRef the link API takes, without the display fields. */
export const skuRef = ({ platform, shopId, itemId, skuId }: SkuRef): SkuRef => ({
  platform,
  shopId,
  itemId,
  skuId,
});

/** The key of one dismissed suggestion: this SKU does not belong to that product. */
export const dismissalKey = (sku: SkuRef, productId: string) => `${skuKey(sku)}>${productId}`;

export interface SuggestedSku {
  sku: UnlinkedSku;
  suggestion: ProductSuggestion;
}

/** The unlinked SKUs whose best remaining suggestion is one product. */
export interface SuggestionGroup {
  productId: string;
  name: string;
  /** "outerCode" when any SKU of the group matched by code. */
  reason: ProductSuggestion["reason"];
  bestScore: number;
  skus: SuggestedSku[];
}

const bestFirst = (a: ProductSuggestion, b: ProductSuggestion) =>
  Number(b.reason === "outerCode") - Number(a.reason === "outerCode") || b.score - a.score;

/**
 * Groups unlinked SKUs under the product each most likely belongs to (code matches before title
 * matches, then by score), skipping suggestions the user dismissed; SKUs left without any
 * suggestion are `lone`. Code-matched groups first, then by best score, then by name.
 */
export function groupSuggestions(
  unlinked: readonly UnlinkedSku[],
  dismissed: ReadonlySet<string>,
): { groups: SuggestionGroup[]; lone: UnlinkedSku[] } {
  const groups = new Map<string, SuggestionGroup>();
  const lone: UnlinkedSku[] = [];
  for (const sku of unlinked) {
    const [best] = sku.suggestions
      .filter((s) => !dismissed.has(dismissalKey(sku, s.productId)))
      .sort(bestFirst);
    if (!best) {
      lone.push(sku);
      continue;
    }
    const group = groups.get(best.productId) ?? {
      productId: best.productId,
      name: best.name,
      reason: best.reason,
      bestScore: best.score,
      skus: [],
    };
    group.skus.push({ sku, suggestion: best });
    if (best.reason === "outerCode") group.reason = "outerCode";
    group.bestScore = Math.max(group.bestScore, best.score);
    groups.set(best.productId, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      Number(b.reason === "outerCode") - Number(a.reason === "outerCode") ||
      b.bestScore - a.bestScore ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { groups: sorted, lone };
}

/** Dismissed-suggestion keys read back from storage; anything malformed counts as none. */
export function parseDismissed(stored: string | null): Set<string> {
  if (stored === null) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return new Set(
      Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : [],
    );
  } catch {
    return new Set();
  }
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, "");

/** Whether a product matches the search box: name, outer code, or any SKU's title, text, ids or shop. */
export function matchesProduct(product: ProductSettings, query: string): boolean {
  const q = normalise(query);
  if (q === "") return true;
  const fields = [product.name, product.outerCode ?? ""];
  for (const sku of product.skus)
    fields.push(
      sku.title,
      sku.skuText ?? "",
      sku.outerCode ?? "",
      sku.itemId,
      sku.skuId,
      sku.shopName ?? "",
    );
  return fields.some((field) => normalise(field).includes(q));
}

/** How many SKUs a product has on each platform, in platform order (platforms without any left out). */
export function platformCounts(product: { skus: readonly SettingsSku[] }): [Platform, number][] {
  return PLATFORMS.flatMap((platform): [Platform, number][] => {
    const count = product.skus.filter((sku) => sku.platform === platform).length;
    return count > 0 ? [[platform, count]] : [];
  });
}

export interface LinkableSku {
  sku: SettingsSku;
  /** The product it is in now; null for an unlinked SKU. */
  from: { id: string; name: string } | null;
}

/**
 * SKUs that could be linked into `productId` for a search: unlinked ones first, then SKUs of
 * other products, preferring platforms the product has no SKU on yet. At most `limit`.
 */
export function linkableSkus(
  products: readonly ProductSettings[],
  unlinked: readonly UnlinkedSku[],
  productId: string,
  query: string,
  limit = 20,
): LinkableSku[] {
  const target = products.find((p) => p.id === productId);
  const present = new Set(target?.skus.map((s) => s.platform) ?? []);
  const q = normalise(query);
  const hit = (sku: SettingsSku) =>
    q === "" ||
    [sku.title, sku.skuText ?? "", sku.outerCode ?? "", sku.itemId, sku.skuId, sku.shopName ?? ""]
      .map(normalise)
      .some((field) => field.includes(q));
  const candidates: LinkableSku[] = [
    ...unlinked.filter(hit).map((sku) => ({ sku, from: null })),
    ...products
      .filter((p) => p.id !== productId)
      .flatMap((p) => p.skus.filter(hit).map((sku) => ({ sku, from: { id: p.id, name: p.name } }))),
  ];
  const rank = (c: LinkableSku) =>
    (c.from === null ? 0 : 2) + (present.has(c.sku.platform) ? 1 : 0);
  // A stable sort keeps the server's order (platform, shop, item, SKU) within a rank.
  return candidates.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
