import {
  type CurrentCost,
  PLATFORMS,
  type Platform,
  type Product,
  type ProductSettings,
  type SettingsSku,
  type UnlinkedSku,
  VIRTUAL_PRODUCT_PREFIX,
} from "@tongshu/shared";
import { compareText, createSuggester } from "./suggest-products.ts";

/** A platform SKU with the product the report rules put it in (worker/src/db/product-catalogue.ts). */
export interface CatalogueSku extends SettingsSku {
  /** The code on the captured listing and the one order lines showed (either may be blank). */
  listingCode: string | null;
  orderCode: string | null;
  /** product-key.ts: manual link > outer-code product > "outer:<code>" > "sku:…". */
  productKey: string;
  /** The product a manual link names, null when grouped by outer code (or alone). */
  linkedTo: string | null;
}

export interface GroupInput {
  skus: readonly CatalogueSku[];
  products: readonly Product[];
  /** Today's cost per product id; null when the caller may not see costs (no `cost` field). */
  costs: ReadonlyMap<string, CurrentCost> | null;
  /** A member limited to some shops sees only products with a SKU in them. */
  scoped: boolean;
}

/**
 * The most common title among a product's SKUs; ties go to the shorter, then code-point order.
 * Null without SKUs.
 */
export function bestTitle(skus: readonly { title: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const s of skus) counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (
      best === null ||
      entry[1] > best[1] ||
      (entry[1] === best[1] && entry[0].length < best[0].length) ||
      (entry[1] === best[1] && entry[0].length === best[0].length && entry[0] < best[0])
    )
      best = entry;
  }
  return best?.[0] ?? null;
}

const platformRank = (p: Platform) => PLATFORMS.indexOf(p);
function compareSkus(a: SettingsSku, b: SettingsSku): number {
  return (
    platformRank(a.platform) - platformRank(b.platform) ||
    compareText(a.shopId, b.shopId) ||
    compareText(a.itemId, b.itemId) ||
    compareText(a.skuId, b.skuId)
  );
}

function publicSku(s: CatalogueSku): SettingsSku {
  const { platform, shopId, shopName, itemId, skuId, title, skuText, outerCode, stock, listed } = s;
  return { platform, shopId, shopName, itemId, skuId, title, skuText, outerCode, stock, listed };
}

const inProduct = (s: CatalogueSku) => ({
  ...publicSku(s),
  linkedBy: s.linkedTo === null ? ("outerCode" as const) : ("manual" as const),
});

/**
 * The products page: every product row, every outer-code group without one (virtual), each
 * with its SKUs; and the SKUs that stand alone, with suggestions where they may belong.
 */
export function groupProducts(input: GroupInput): {
  products: ProductSettings[];
  unlinked: UnlinkedSku[];
} {
  const byKey = new Map<string, CatalogueSku[]>();
  for (const s of [...input.skus].sort(compareSkus)) {
    const list = byKey.get(s.productKey);
    if (list) list.push(s);
    else byKey.set(s.productKey, [s]);
  }
  const costOf = (id: string) =>
    input.costs === null ? {} : { cost: input.costs.get(id) ?? null };
  const products: ProductSettings[] = input.products.map((p) => ({
    id: p.id,
    virtual: false,
    name: p.name,
    outerCode: p.outerCode,
    leadTimeDays: p.leadTimeDays,
    safetyStockDays: p.safetyStockDays,
    skus: (byKey.get(p.id) ?? []).map(inProduct),
    ...costOf(p.id),
  }));
  const rowIds = new Set(input.products.map((p) => p.id));
  const lone: CatalogueSku[] = [];
  for (const [key, skus] of byKey) {
    if (key.startsWith(VIRTUAL_PRODUCT_PREFIX)) {
      const code = key.slice(VIRTUAL_PRODUCT_PREFIX.length);
      products.push({
        id: key,
        virtual: true,
        name: bestTitle(skus) ?? code,
        outerCode: code,
        leadTimeDays: null,
        safetyStockDays: null,
        skus: skus.map(inProduct),
        ...costOf(key),
      });
    } else if (!rowIds.has(key)) lone.push(...skus);
  }
  const shown = input.scoped ? products.filter((p) => p.skus.length > 0) : products;
  shown.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const suggest = createSuggester(shown);
  const unlinked = lone.sort(compareSkus).map((s) => ({
    ...publicSku(s),
    suggestions: suggest({ ...s, codes: [s.listingCode, s.orderCode] }),
  }));
  return { products: shown, unlinked };
}
