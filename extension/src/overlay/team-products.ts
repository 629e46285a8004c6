import type { DeviceInsightsResponse, Platform } from "@tongshu/shared";
import { platformGroup } from "../lib/capture-prefs.ts";
import type { ProductFigures } from "./overlay-message.ts";

/**
 * The team's figures for the page's ids: a product is found through its platform SKU keys
 * ([platform, shopId, itemId, skuId]); an id may be an item id or (JD) a SKU id. "Here" is the
 * platform of the matched key (a Taobao page also serves Tmall shops).
 */
export function pickTeamProducts(input: {
  insights: DeviceInsightsResponse;
  platform: Platform;
  shopId: string | null;
  ids: readonly string[];
}): Record<string, ProductFigures> {
  const group = platformGroup(input.platform);
  const byId = new Map<string, { platform: Platform; index: number }>();
  input.insights.products.forEach((product, index) => {
    for (const [platform, shopId, itemId, skuId] of product.skus) {
      if (platformGroup(platform) !== group) continue;
      if (input.shopId !== null && shopId !== input.shopId) continue;
      for (const id of [itemId, skuId]) if (!byId.has(id)) byId.set(id, { platform, index });
    }
  });
  const result: Record<string, ProductFigures> = {};
  for (const id of input.ids) {
    const hit = byId.get(id);
    const product = hit && input.insights.products[hit.index];
    if (!hit || !product) continue;
    const here = product.platforms.find((p) => p.platform === hit.platform);
    result[id] = {
      source: "team",
      units7Here: here?.units7 ?? 0,
      units30Here: here?.units30 ?? 0,
      units7All: product.units7,
      units30All: product.units30,
      stock: product.platforms.map((p) => ({ platform: p.platform, stock: p.stock })),
      daysOfCover: product.daysOfCover,
      lowStock: product.lowStock,
      marginRate: input.insights.costsVisible ? product.marginRate : null,
    };
  }
  return result;
}
