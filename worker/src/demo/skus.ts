import type { Sku } from "@tongshu/shared";
import type { DemoContext } from "./context.ts";
import { createRng } from "./random.ts";
import { demoSource } from "./sources.ts";

/**
 * The current listing of every SKU, captured at `now`. Stock follows the recent sales pace:
 * most SKUs hold 2–12 weeks, some run low (≤ 6 days, for days-of-cover alerts), a few are sold
 * out (and stopped selling some days ago), discontinued products are off the shelf.
 */
export function buildSkuRecords(ctx: DemoContext): Sku[] {
  const records: Sku[] = [];
  for (const shop of ctx.shops) {
    const rng = createRng(ctx.seed, "stock", shop.spec.key);
    const recent = (ctx.expected[shop.index] ?? []).slice(-15, -1);
    const ordersPerDay = recent.reduce((s, x) => s + x, 0) / Math.max(1, recent.length);
    const listings = ctx.listingsByShop[shop.index] ?? [];
    let totalWeight = 0;
    for (const l of listings) for (const s of l.skus) totalWeight += l.weight * s.weight;
    for (const listing of listings) {
      const ended = listing.product.endDay !== null && listing.product.endDay <= ctx.days;
      for (const sku of listing.skus) {
        const unitsPerDay = (ordersPerDay * 1.3 * listing.weight * sku.weight) / totalWeight;
        const soldOut = sku.soldOutDay !== null && sku.soldOutDay <= ctx.days;
        const cover = sku.lowStock ? rng.range(0.5, 6) : rng.range(14, 90);
        const stock = ended
          ? rng.int(0, 30)
          : soldOut
            ? 0
            : Math.max(1, Math.round(unitsPerDay * cover));
        records.push({
          kind: "sku",
          platform: shop.platform,
          shopId: shop.shopId,
          capturedAt: ctx.now,
          source: demoSource("sku", shop.platform),
          itemId: listing.itemId,
          skuId: sku.skuId,
          outerSkuId: sku.outerSkuId,
          title: listing.title,
          skuText: sku.skuText,
          priceFen: sku.priceFen,
          stock,
          status: ended ? "offshelf" : soldOut ? "soldout" : "onsale",
        });
      }
    }
  }
  return records;
}
