import { pddOrderStatusOfText } from "../../platform-status/pdd.ts";
import type { LineRefundStatus, OrderStatus } from "../../schemas/order.ts";

/**
 * Pinduoduo statuses the order export needs beyond the table shared with the capture parser
 * (platform-status/pdd.ts). The export gives the after-sales state as text (售后状态:
 * 无售后或售后取消, 退款成功, 售后处理中 …) where the web list gives codes; the text table below
 * follows the code table in extension/src/platforms/pdd/order-status.ts (cancelled / failed /
 * exchanged → none).
 */

/** An 订单状态 text → canonical base status, or null when unknown. */
export function pddOrderStatus(text: string): OrderStatus | null {
  // 已收货: seen in a 2026 importer's fixture of the export (index id 57466908274) for a
  // received order. Export only: capture falls back to the status code for texts it lacks.
  return pddOrderStatusOfText(text) ?? (text.trim() === "已收货" ? "completed" : null);
}

/** A 售后状态 text → the line's refund state ("" = no request). */
export function pddAfterSalesState(text: string): LineRefundStatus {
  const value = text.trim();
  if (/退款成功/.test(value)) return "refunded";
  if (value === "" || value === "无" || /无售后|取消|撤销|关闭|失败|驳回|换货成功/.test(value))
    return "none";
  return "refunding";
}
