import { type Platform, type RecordOfKind, startOfBusinessDay } from "@tongshu/shared";

/**
 * A paid, refund-free order of one line at `hour` Beijing time on `date` (plus `n` minutes), for
 * tests that need an exact day total on a shop of their own. Ids start with `prefix`.
 */
export function paidOrder(
  shop: { platform: Platform; shopId: string },
  date: string,
  n: number,
  paidFen: number,
  options: { prefix: string; hour?: number; buyerKey?: string | null },
): RecordOfKind<"order"> {
  const paidAt = startOfBusinessDay(date) + (options.hour ?? 12) * 3_600_000 + n * 60_000;
  const orderId = `${options.prefix}${n}`;
  return {
    kind: "order",
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt: paidAt + 3_600_000,
    source: { url: "https://example.invalid/e2e", parser: "fixture@1" },
    orderId,
    status: "paid",
    createdAt: paidAt - 60_000,
    paidAt,
    shippedAt: null,
    completedAt: null,
    goodsFen: paidFen,
    shippingFen: 0,
    discountFen: 0,
    paidFen,
    refundFen: 0,
    province: "浙江省",
    city: "杭州市",
    buyerKey: options.buyerKey ?? null,
    lines: [
      {
        lineId: `${orderId}-1`,
        itemId: `${options.prefix}ITEM${n}`,
        skuId: null,
        outerSkuId: null,
        title: `测试商品 ${n}`,
        skuText: null,
        quantity: 1,
        unitPriceFen: paidFen,
        paidFen,
        refundStatus: "none",
      },
    ],
  };
}
