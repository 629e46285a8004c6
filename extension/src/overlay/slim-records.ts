import type { Order, OrderLine, Sku } from "@tongshu/shared";

/**
 * The fields the overlay's figures read. The service worker keeps only these in memory between
 * requests (titles, regions and the rest of a record are never needed here).
 */
export type SlimOrder = Pick<
  Order,
  "platform" | "shopId" | "orderId" | "status" | "paidAt" | "paidFen" | "refundFen" | "buyerKey"
> & {
  lines: Array<Pick<OrderLine, "itemId" | "skuId" | "outerSkuId" | "quantity" | "refundStatus">>;
};
export type SlimSku = Pick<
  Sku,
  "platform" | "shopId" | "itemId" | "skuId" | "outerSkuId" | "stock"
>;

export function slimOrder(o: Order): SlimOrder {
  return {
    platform: o.platform,
    shopId: o.shopId,
    orderId: o.orderId,
    status: o.status,
    paidAt: o.paidAt,
    paidFen: o.paidFen,
    refundFen: o.refundFen,
    buyerKey: o.buyerKey,
    lines: o.lines.map((l) => ({
      itemId: l.itemId,
      skuId: l.skuId,
      outerSkuId: l.outerSkuId,
      quantity: l.quantity,
      refundStatus: l.refundStatus,
    })),
  };
}

export function slimSku(s: Sku): SlimSku {
  return {
    platform: s.platform,
    shopId: s.shopId,
    itemId: s.itemId,
    skuId: s.skuId,
    outerSkuId: s.outerSkuId,
    stock: s.stock,
  };
}
