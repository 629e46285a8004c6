import {
  type Order,
  type OrderStatus,
  type Refund,
  type RefundStatus,
  toBusinessDate,
} from "@tongshu/shared";
import { endOfDay } from "./context.ts";
import { type DraftOrder, type DraftRefund, refundedByLine } from "./draft.ts";
import { demoSource } from "./sources.ts";

/**
 * Projects a planned order onto `now`: events after `now` are not shown, and the status is
 * what a seller would see at `now`:
 *   unpaid → cancelled once the payment window closes;
 *   paid → shipped → completed as the instants pass;
 *   refunding while any refund request is open (pending or approved, goods on the way back);
 *   refunded when refunds that went through cover every line in full (no completion);
 *   a partial refund leaves the normal status and marks the line "refunded".
 * `refundFen` counts refunds that went through only.
 */

/** null when `instant` is unknown or has not happened by `now`. */
function seen(instant: number | null, now: number): number | null {
  return instant !== null && instant <= now ? instant : null;
}

function isOpen(refund: DraftRefund, now: number): boolean {
  return refund.requestedAt <= now && refund.resolvedAt > now;
}

/** A capture right after the last thing that happened: the end of that day, or `now`. */
export function captureAfter(instants: ReadonlyArray<number | null>, now: number): number {
  let last = 0;
  for (const t of instants) if (t !== null && t <= now && t > last) last = t;
  return last === 0 ? now : Math.min(now, endOfDay(toBusinessDate(last)));
}

export function orderStatusAt(order: DraftOrder, now: number): OrderStatus {
  if (seen(order.payAt, now) === null)
    return seen(order.closeAt, now) === null ? "unpaid" : "cancelled";
  if (order.refunds.some((r) => isOpen(r, now))) return "refunding";
  const refunded = refundedByLine(order, now);
  const allBack = order.lines.every((line, i) => (refunded[i] ?? 0) >= line.paidFen);
  if (allBack && refunded.some((x) => x > 0)) return "refunded";
  if (seen(order.completeAt, now) !== null) return "completed";
  if (seen(order.shipAt, now) !== null) return "shipped";
  return "paid";
}

export function toOrderRecord(order: DraftOrder, now: number): Order {
  const { platform, shopId } = order.shop;
  const refunded = refundedByLine(order, now);
  const events = [order.createdAt, order.payAt, order.closeAt, order.shipAt, order.completeAt];
  for (const r of order.refunds) events.push(r.requestedAt, r.approvedAt, r.resolvedAt);
  return {
    kind: "order",
    platform,
    shopId,
    capturedAt: captureAfter(events, now),
    source: demoSource("order", platform),
    orderId: order.orderId,
    status: orderStatusAt(order, now),
    createdAt: order.createdAt,
    paidAt: seen(order.payAt, now),
    shippedAt: seen(order.shipAt, now),
    completedAt: seen(order.completeAt, now),
    goodsFen: order.goodsFen,
    shippingFen: order.shippingFen,
    discountFen: order.discountFen,
    paidFen: order.paidFen,
    refundFen: refunded.reduce((s, x) => s + x, 0),
    province: order.region?.province ?? null,
    city: order.region?.city ?? null,
    buyerKey: order.buyerKey,
    lines: order.lines.map((line, i) => {
      const open = order.refunds.some((r) => r.lineIndex === i && isOpen(r, now));
      return {
        lineId: line.lineId,
        itemId: line.listing.itemId,
        skuId: line.sku.skuId,
        outerSkuId: line.sku.outerSkuId,
        title: line.listing.title,
        skuText: line.sku.skuText,
        quantity: line.quantity,
        unitPriceFen: line.unitPriceFen,
        paidFen: line.paidFen,
        refundStatus: open ? "refunding" : (refunded[i] ?? 0) > 0 ? "refunded" : "none",
      };
    }),
  };
}

function refundStatusAt(refund: DraftRefund, now: number): RefundStatus {
  if (refund.resolvedAt <= now) return refund.outcome;
  return refund.approvedAt !== null && refund.approvedAt <= now ? "approved" : "pending";
}

/** Refund requests made by `now`, each with its status at `now`. */
export function toRefundRecords(order: DraftOrder, now: number): Refund[] {
  const { platform, shopId } = order.shop;
  return order.refunds
    .filter((r) => r.requestedAt <= now)
    .map((r) => ({
      kind: "refund",
      platform,
      shopId,
      capturedAt: captureAfter([r.requestedAt, r.approvedAt, r.resolvedAt], now),
      source: demoSource("refund", platform),
      refundId: r.refundId,
      orderId: order.orderId,
      lineId: order.lines[r.lineIndex]?.lineId ?? null,
      amountFen: r.amountFen,
      reason: r.reason,
      status: refundStatusAt(r, now),
      createdAt: r.requestedAt,
      completedAt: seen(r.resolvedAt, now),
    }));
}
