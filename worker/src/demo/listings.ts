import type { Platform } from "@tongshu/shared";
import type { CatalogueProduct } from "./catalogue.ts";
import { shopPrice } from "./catalogue.ts";
import { at, createRng, type Rng } from "./random.ts";
import type { DemoShopRuntime } from "./shops.ts";
import { listingSkuText, listingTitle } from "./titles.ts";
import type { DemoDataQuality } from "./types.ts";

export interface ListingSku {
  skuId: string;
  outerSkuId: string | null;
  skuText: string;
  priceFen: number;
  /** Relative popularity inside the listing. */
  weight: number;
  /** Day index from which the SKU is out of stock (no more orders); null = in stock. */
  soldOutDay: number | null;
  lowStock: boolean;
}

export interface Listing {
  shop: DemoShopRuntime;
  product: CatalogueProduct;
  itemId: string;
  title: string;
  weight: number;
  skus: ListingSku[];
}

/** Item and SKU ids in each platform's style (digit counts as the back offices show them). */
function newIds(platform: Platform, rng: Rng): { itemId: () => string; skuId: () => string } {
  switch (platform) {
    case "taobao":
    case "tmall":
      return {
        itemId: () => `${rng.int(6, 8)}${rng.digits(11)}`,
        skuId: () => `5${rng.digits(12)}`,
      };
    case "jd":
      // JD: the listing (ware) id is the item id; SKU ids are 12–14 digits starting "100".
      return {
        itemId: () => `100${rng.digits(8)}`,
        skuId: () => `100${rng.digits(rng.int(9, 11))}`,
      };
    case "pdd":
      return {
        itemId: () => `${rng.int(4, 7)}${rng.digits(11)}`,
        skuId: () => `1${rng.digits(10)}`,
      };
  }
}

function unique(seen: Set<string>, make: () => string): string {
  let id = make();
  while (seen.has(id)) id = make();
  seen.add(id);
  return id;
}

export function buildListings(
  seed: number,
  shops: readonly DemoShopRuntime[],
  catalogue: readonly CatalogueProduct[],
  days: number,
  year: number,
): Listing[] {
  const listings: Listing[] = [];
  for (const shop of shops) {
    const rng = createRng(seed, "listings", shop.spec.key);
    const ids = newIds(shop.platform, rng);
    const seen = new Set<string>();
    for (const product of catalogue) {
      if (!shop.spec.categories.includes(product.category)) continue;
      if (!rng.chance(shop.spec.listingShare)) continue;
      const listPrice =
        product.skus.reduce((sum, s) => sum + s.listPriceFen, 0) / product.skus.length;
      const keep =
        product.skus.length > 3 && rng.chance(0.25) ? product.skus.length - 1 : product.skus.length;
      listings.push({
        shop,
        product,
        itemId: unique(seen, ids.itemId),
        title: listingTitle(shop.platform, product.name, product.keywords, year, rng),
        weight: product.weight * (listPrice / 5000) ** shop.spec.priceTilt * rng.range(0.6, 1.4),
        skus: product.skus.slice(0, keep).map((sku, j) => ({
          skuId: unique(seen, ids.skuId),
          outerSkuId: sku.outerSkuId,
          skuText: listingSkuText(shop.platform, sku.parts),
          priceFen: shopPrice(sku.listPriceFen * shop.spec.priceFactor * rng.range(0.97, 1.03)),
          weight: rng.range(0.4, 1) / (1 + 0.3 * j),
          soldOutDay: rng.chance(0.03) ? days - rng.int(1, 6) : null,
          lowStock: rng.chance(0.08),
        })),
      });
    }
  }
  return listings;
}

/**
 * Plants the findings data-quality checks must report: a few SKUs with no outer code (Taobao
 * C-shop and Pinduoduo), and one outer code typed on a SKU of a different product.
 */
export function plantDataQuality(seed: number, listings: readonly Listing[]): DemoDataQuality {
  const rng = createRng(seed, "data-quality");
  const quality: DemoDataQuality = { missingOuterCode: [], reusedOuterCode: [] };
  const taobao = listings.filter((l) => l.shop.platform === "taobao");
  const candidates = listings.filter((l) => l.shop.spec.key === "tb" || l.shop.spec.key === "pdd");
  // The reused code: the Taobao listing of product B carries product A's first outer code.
  const [a, b] = rng.shuffle(taobao.filter((l) => l.product.category !== "snack"));
  if (a && b) {
    const code = at(a.product.skus, 0).outerSkuId;
    at(b.skus, 0).outerSkuId = code;
    quality.reusedOuterCode.push({
      outerSkuId: code,
      productIds: [a.product.productId, b.product.productId],
    });
  }
  for (const listing of rng.shuffle(candidates).slice(0, 7)) {
    if (listing === a || listing === b) continue;
    const sku = at(listing.skus, listing.skus.length - 1);
    sku.outerSkuId = null;
    const { platform, shopId } = listing.shop;
    quality.missingOuterCode.push({ platform, shopId, itemId: listing.itemId, skuId: sku.skuId });
  }
  return quality;
}
