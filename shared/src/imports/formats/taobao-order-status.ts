import type { LineRefundStatus, OrderStatus } from "../../schemas/order.ts";

/**
 * Taobao statuses, mirrored from the capture parser so an import and a later capture agree:
 * extension/src/platforms/taobao/order-status.ts (tradeState's text table and pre-sale rule,
 * lineRefundStatus, resolveStatus, isUnpaid). The shared package cannot import extension code,
 * so the tables are copied here; change both together. Added for exports: the 退款状态 column's
 * texts (TOP refund states: 买家已经申请退款，等待卖家同意 … 退款关闭).
 */
export type TradeState = OrderStatus | "closed";

// capture: STATUS_TEXT, tested in order.
const STATUS_TEXT: ReadonlyArray<readonly [RegExp, TradeState]> = [
  [/等待买家付款|待付款|付尾款|已付定金/, "unpaid"],
  [/部分退款中|退款中|待退货|请退款/, "refunding"],
  [/退款成功/, "refunded"],
  [/交易关闭|已关闭/, "closed"],
  [/交易成功|已完成/, "completed"],
  [/已发货|部分发货|已签收|等待买家确认/, "shipped"],
  [/已付款|等待(?:卖家|商家)发货|待发货/, "paid"],
];

/** A 订单状态 text ("买家已付款，等待卖家发货") → trade state, or null when unknown. */
export function tradeStateOfText(text: string): TradeState | null {
  // Pre-sale (capture rule): a paid deposit is not a paid order.
  if (/定金|尾款/.test(text) && !/已付尾款/.test(text)) return "unpaid";
  return STATUS_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * A 退款状态 text → the line's refund state. Closed or never-requested refunds are none; the
 * open TOP states (申请退款 / 同意退款 / 退货 / 拒绝退款) are refunding, as capture reads the
 * sub-order's 请卖家处理 / 待退货 buttons.
 */
export function refundStateOfText(text: string): LineRefundStatus | null {
  if (/退款成功|退款完结/.test(text)) return "refunded";
  if (/没有申请|无退款|退款关闭|未申请/.test(text)) return "none";
  if (/退款|退货|请卖家处理|请处理/.test(text)) return "refunding";
  return null;
}

/** capture: resolveStatus. */
export function resolveStatus(state: TradeState, lines: readonly LineRefundStatus[]): OrderStatus {
  const allRefunded = lines.length > 0 && lines.every((s) => s === "refunded");
  if (state === "closed") return lines.some((s) => s === "refunded") ? "refunded" : "cancelled";
  if (state === "unpaid" || state === "cancelled") return state;
  if (state === "refunded") return "refunded";
  if (lines.some((s) => s === "refunding")) return "refunding";
  if (allRefunded) return "refunded";
  return state === "refunding" ? "refunding" : state;
}

/** capture: isUnpaid — statuses in which the buyer has not paid (paidFen is 0). */
export function isUnpaid(status: OrderStatus): boolean {
  return status === "unpaid" || status === "cancelled";
}

const RANK: Partial<Record<TradeState, number>> = { paid: 1, shipped: 2, completed: 3 };

/**
 * The main order's trade state from its sub-orders' 订单状态 (the export has one per row, the
 * list page one per order): unpaid when any line is; closed when every line is closed or
 * refunded; otherwise the furthest live line (one line shipped, one waiting → shipped, as
 * Taobao's 部分发货). A live line reading 退款中 counts as paid here; its refund shows in lines.
 */
export function orderTradeState(lines: readonly TradeState[]): TradeState {
  if (lines.includes("unpaid")) return "unpaid";
  const live = lines.filter((s) => s !== "closed" && s !== "refunded" && s !== "cancelled");
  if (live.length === 0) return "closed";
  const rank = Math.max(...live.map((s) => RANK[s] ?? 1));
  return rank === 3 ? "completed" : rank === 2 ? "shipped" : "paid";
}
