import type { OrderLine, OrderStatus } from "@tongshu/shared";
import { type DraftLine, finishLines } from "./order-lines.ts";
import { isUnpaid } from "./order-status.ts";

export interface OrderMoney {
  goodsFen: number;
  shippingFen: number;
  discountFen: number;
  paidFen: number;
  refundFen: number;
  lines: OrderLine[];
}

/**
 * Order money from what Taobao shows: unit prices × quantities, postage and 实付款 (actualFee,
 * postage included). Semantics of shared/src/schemas/order.ts:
 * - goodsFen = Σ unit × qty; discountFen = goods + postage − actualFee (shop/platform coupons,
 *   满减), never negative;
 * - paidFen = actualFee once paid, 0 while unpaid or closed unpaid (actualFee is then only the
 *   amount due); line paidFen = the line's share of paidFen − postage;
 * - refundFen: Taobao's lists show which sub-orders were refunded but not how much, so a
 *   refunded line counts with its whole paid share. That is exact for whole-line refunds (the
 *   common case) and an upper bound for partial ones; refund records carry exact amounts.
 */
export function orderMoney(
  drafts: readonly DraftLine[],
  shippingFen: number,
  actualFen: number,
  status: OrderStatus,
): OrderMoney {
  const goodsFen = drafts.reduce((s, l) => s + l.goodsFen, 0);
  const discountFen = Math.max(0, goodsFen + shippingFen - actualFen);
  const paidFen = isUnpaid(status) ? 0 : actualFen;
  const lines = finishLines(drafts, Math.max(0, paidFen - shippingFen));
  const refundFen = lines.reduce((s, l) => s + (l.refundStatus === "refunded" ? l.paidFen : 0), 0);
  return { goodsFen, shippingFen, discountFen, paidFen, refundFen, lines };
}
