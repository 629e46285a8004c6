import {
  isPddRefundedText,
  type LineRefundStatus,
  type OrderStatus,
  pddOrderStatusOfText,
  type RefundStatus,
} from "@tongshu/shared";

/**
 * Pinduoduo order and after-sales states → canonical ones (platform-formats.md §3.1, §3.4).
 *
 * `order_status_str` texts are read with the table shared with the order export import
 * (@tongshu/shared platform-status/pdd.ts).
 * Text missing or unknown → `order_status` code: 0 unpaid, 2 cancelled, 1 → shipped when
 * `shipping_time` is set, else paid.
 * An open after-sales request (below) turns paid/shipped/completed into "refunding".
 *
 * `after_sales_status` (mms web codes, jiangtaozy comment in §3.1; these differ from the open
 * API's enum in §3.4, and the after-sales list is read with the same table):
 *   0 / empty                                     none     —
 *   5  退款成功                                    refunded  refunded
 *   6  买家撤销, 12 售后取消退款失败                  none      closed
 *   16 换货成功                                    none      closed (goods swapped, no money)
 *   10 商家同意退货退款待买家发货, 11 用户已发货待商家处理  refunding approved
 *   18 商家已发货待消费者确认收货 (exchange reshipped)  none      approved
 *   any other code: an open request                refunding pending [INFERRED]
 */

export function isRefundedText(text: string | null): boolean {
  return text !== null && isPddRefundedText(text);
}

export function baseOrderStatus(
  text: string | null,
  code: number | null,
  shipped: boolean,
): OrderStatus | null {
  const known = text === null ? null : pddOrderStatusOfText(text);
  if (known) return known;
  if (code === 0) return "unpaid";
  if (code === 2) return "cancelled";
  if (code === 1) return shipped ? "shipped" : "paid";
  return null;
}

const CLOSED = new Set([6, 12, 16]);
const APPROVED = new Set([10, 11, 18]);
const EXCHANGE = new Set([16, 18]);

export function afterSalesRefundStatus(code: number | null): RefundStatus | null {
  if (code === null || code === 0) return null;
  if (code === 5) return "refunded";
  if (CLOSED.has(code)) return "closed";
  if (APPROVED.has(code)) return "approved";
  return "pending";
}

/** The order line's refund state from its after-sales code. */
export function lineRefundStatus(code: number | null): LineRefundStatus {
  if (code === null || EXCHANGE.has(code)) return "none";
  const status = afterSalesRefundStatus(code);
  if (status === "refunded") return "refunded";
  return status === "pending" || status === "approved" ? "refunding" : "none";
}
