import type { Sku } from "@tongshu/shared";
import type { PddJson } from "./orders.ts";

/**
 * Demo SKUs of one mall → `goodsList` rows (platform-formats.md §3.2, real sample): one row per
 * item with snake_case goods fields, camelCase `sku_list`, prices in fen, `is_onsale` booleans.
 */
export function toGoodsRows(skus: readonly Sku[]): PddJson[] {
  const byItem = new Map<string, Sku[]>();
  for (const sku of skus) byItem.set(sku.itemId, [...(byItem.get(sku.itemId) ?? []), sku]);
  return [...byItem.values()].map((list) => {
    const first = list[0] as Sku;
    const prices = list.map((s) => s.priceFen);
    return {
      id: Number(first.itemId),
      goods_name: first.title,
      mall_id: Number(first.shopId),
      is_onsale: list.some((s) => s.status !== "offshelf"),
      quantity: list.reduce((sum, s) => sum + (s.stock ?? 0), 0),
      sku_group_price: [Math.min(...prices), Math.max(...prices)],
      sku_price: [Math.min(...prices) + 300, Math.max(...prices) + 300],
      out_goods_sn: "",
      sku_count: list.length,
      sku_list: list.map((s) => ({
        spec: s.skuText ?? "",
        skuId: Number(s.skuId),
        skuQuantity: s.stock ?? 0,
        outSkuSn: s.outerSkuId ?? "",
        isOnsale: s.status !== "offshelf",
        // 单买价 sits above the group price on Pinduoduo.
        normalPrice: s.priceFen + 300,
        groupPrice: s.priceFen,
        activityGroupPrice: null,
      })),
    };
  });
}
