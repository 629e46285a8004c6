import type { LineRefundStatus, OrderStatus } from "../../schemas/order.ts";

/**
 * Pinduoduo statuses, mirrored from the capture parser
 * (extension/src/platforms/pdd/order-status.ts: TEXT_STATUS, isRefundedText, and how
 * recent-orders.ts lifts an open after-sales request to "refunding"). The shared package cannot
 * import extension code, so change both together. The export gives the after-sales state as text
 * (售后状态: 无售后或售后取消, 退款成功, 售后处理中 …) where the web list gives codes; the text table
 * below follows the code table there (cancelled / failed / exchanged → none).
 */
const TEXT_STATUS: Readonly<Record<string, OrderStatus>> = {
  待支付: "unpaid",
  待发货: "paid",
  "已发货，待签收": "shipped",
  已签收: "completed",
  // Seen in a 2026 importer's fixture of the export (index id 57466908274) for a received order.
  已收货: "completed",
  已取消: "cancelled",
};

/** Normalises the ASCII comma some files use for the full-width one. */
function normalise(text: string): string {
  return text.trim().replace(/,\s*/g, "，");
}

/** "…，退款成功" (已发货 / 已取消 / 已签收 / 未发货 / 未成交): the whole order went back. */
export function isRefundedText(text: string): boolean {
  return normalise(text).endsWith("退款成功");
}

/** An 订单状态 text → canonical base status, or null when unknown. */
export function pddOrderStatus(text: string): OrderStatus | null {
  if (isRefundedText(text)) return "refunded";
  return TEXT_STATUS[normalise(text)] ?? null;
}

/** A 售后状态 text → the line's refund state ("" = no request). */
export function pddAfterSalesState(text: string): LineRefundStatus {
  const value = text.trim();
  if (/退款成功/.test(value)) return "refunded";
  if (value === "" || value === "无" || /无售后|取消|撤销|关闭|失败|驳回|换货成功/.test(value))
    return "none";
  return "refunding";
}
