import type { OrderStatus } from "../schemas/order.ts";

/**
 * Pinduoduo 订单状态 texts → canonical (platform-formats.md §3.1), shared by the capture parser
 * (`order_status_str`, hjxh ORDER_STATUS_STRS) and the order export import:
 *   待支付                                          unpaid
 *   待发货                                          paid
 *   已发货，待签收                                  shipped
 *   已签收                                          completed
 *   已取消                                          cancelled
 *   <any>，退款成功 (已发货/已取消/已签收/未发货/未成交)  refunded (the whole order went back)
 */
const TEXT_STATUS: Readonly<Record<string, OrderStatus>> = {
  待支付: "unpaid",
  待发货: "paid",
  "已发货，待签收": "shipped",
  已签收: "completed",
  已取消: "cancelled",
};

/** Normalises the ASCII comma some captures and files use for the full-width one. */
function normalise(text: string): string {
  return text.trim().replace(/,\s*/g, "，");
}

/** "…，退款成功": the whole order went back. */
export function isPddRefundedText(text: string): boolean {
  return normalise(text).endsWith("退款成功");
}

/** An 订单状态 text → canonical base status, or null when the text is unknown. */
export function pddOrderStatusOfText(text: string): OrderStatus | null {
  if (isPddRefundedText(text)) return "refunded";
  return TEXT_STATUS[normalise(text)] ?? null;
}
