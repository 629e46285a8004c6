import type { LineRefundStatus, OrderStatus } from "@tongshu/shared";

/**
 * Taobao order status → canonical status (platform-formats.md §1.1). The list gives a TOP-style
 * enum in `extra.tradeStatus` and the display text in `statusInfo.text`; the enum wins when
 * known. "closed" is resolved later: closed after payment by a refund → refunded, closed
 * before payment → cancelled.
 */
export type TradeState = OrderStatus | "closed";

const TRADE_STATUS: Readonly<Record<string, TradeState>> = {
  TRADE_NO_CREATE_PAY: "unpaid",
  WAIT_BUYER_PAY: "unpaid",
  PAY_PENDING: "unpaid", // 付款确认中: money not yet confirmed
  WAIT_PRE_AUTH_CONFIRM: "unpaid",
  WAIT_SELLER_SEND_GOODS: "paid",
  // 部分发货: goods have left the warehouse, the seller's next step is the rest → shipped.
  SELLER_CONSIGNED_PART: "shipped",
  WAIT_BUYER_CONFIRM_GOODS: "shipped",
  TRADE_BUYER_SIGNED: "shipped",
  TRADE_FINISHED: "completed",
  // TOP: TRADE_CLOSED = closed after payment by a full refund; _BY_TAOBAO = closed unpaid.
  TRADE_CLOSED: "refunded",
  TRADE_CLOSED_BY_TAOBAO: "cancelled",
};

// Display texts seen in shoperp's ConvertState and on the seller list; tested in order.
const STATUS_TEXT: ReadonlyArray<readonly [RegExp, TradeState]> = [
  [/等待买家付款|待付款|付尾款|已付定金/, "unpaid"],
  [/部分退款中|退款中|待退货|请退款/, "refunding"],
  [/退款成功/, "refunded"],
  [/交易关闭|已关闭/, "closed"],
  [/交易成功|已完成/, "completed"],
  [/已发货|部分发货|已签收|等待买家确认/, "shipped"],
  [/已付款|等待(?:卖家|商家)发货|待发货/, "paid"],
];

export function tradeState(tradeStatus: string | null, text: string | null): TradeState | null {
  // 预售 (pre-sale): a paid deposit is not a paid order; the text names 定金/尾款 while the enum
  // may already read like a normal trade, so the text decides.
  if (text && /定金|尾款/.test(text) && !/已付尾款/.test(text)) return "unpaid";
  const fromEnum = tradeStatus ? TRADE_STATUS[tradeStatus] : undefined;
  if (fromEnum) return fromEnum;
  if (!text) return null;
  return STATUS_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A sub-order's refund state from its operation buttons' texts (shoperp reads the same). */
export function lineRefundStatus(texts: readonly string[]): LineRefundStatus {
  if (texts.some((t) => /退款成功|退款完结/.test(t))) return "refunded";
  if (
    texts.some((t) =>
      /退款中|请卖家处理|请处理|请退款|待退货|待买家退货|买家已退货|待商家收货/.test(t),
    )
  )
    return "refunding";
  return "none";
}

/**
 * The canonical status once lines are known: an open refund on any line makes a paid order
 * "refunding"; a closed order is "refunded" when its lines were refunded, else "cancelled".
 */
export function resolveStatus(state: TradeState, lines: readonly LineRefundStatus[]): OrderStatus {
  const allRefunded = lines.length > 0 && lines.every((s) => s === "refunded");
  if (state === "closed") return lines.some((s) => s === "refunded") ? "refunded" : "cancelled";
  if (state === "unpaid" || state === "cancelled") return state;
  if (state === "refunded") return "refunded";
  if (lines.some((s) => s === "refunding")) return "refunding";
  if (allRefunded) return "refunded";
  return state === "refunding" ? "refunding" : state;
}

/** Statuses in which the buyer has not paid (paidFen is 0 then, order.ts). */
export function isUnpaid(status: OrderStatus): boolean {
  return status === "unpaid" || status === "cancelled";
}
