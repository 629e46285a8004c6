import type { LineRefundStatus, OrderStatus } from "../schemas/order.ts";

/**
 * Taobao order statuses (platform-formats.md §1.1), shared by the capture parser and the order
 * export import so both read a text the same way. "closed" is resolved once lines are known:
 * closed after payment by a refund → refunded, closed before payment → cancelled.
 */
export type TaobaoTradeState = OrderStatus | "closed";

// Display texts seen in shoperp's ConvertState, on the seller list and in the export's 订单状态;
// tested in order.
const STATUS_TEXT: ReadonlyArray<readonly [RegExp, TaobaoTradeState]> = [
  [/等待买家付款|待付款|付尾款|已付定金/, "unpaid"],
  [/部分退款中|退款中|待退货|请退款/, "refunding"],
  [/退款成功/, "refunded"],
  [/交易关闭|已关闭/, "closed"],
  [/交易成功|已完成/, "completed"],
  [/已发货|部分发货|已签收|等待买家确认/, "shipped"],
  [/已付款|等待(?:卖家|商家)发货|待发货/, "paid"],
];

/**
 * 预售 (pre-sale): a paid deposit is not a paid order. The text names 定金/尾款 while the
 * capture's enum may already read like a normal trade, so this text decides first.
 */
export function isTaobaoPresaleUnpaid(text: string): boolean {
  return /定金|尾款/.test(text) && !/已付尾款/.test(text);
}

/** A status text ("买家已付款，等待卖家发货") → trade state, or null when unknown. */
export function taobaoTradeStateOfText(text: string): TaobaoTradeState | null {
  if (isTaobaoPresaleUnpaid(text)) return "unpaid";
  return STATUS_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * The canonical status once lines are known: an open refund on any line makes a paid order
 * "refunding"; a closed order is "refunded" when its lines were refunded, else "cancelled".
 */
export function resolveTaobaoStatus(
  state: TaobaoTradeState,
  lines: readonly LineRefundStatus[],
): OrderStatus {
  const allRefunded = lines.length > 0 && lines.every((s) => s === "refunded");
  if (state === "closed") return lines.some((s) => s === "refunded") ? "refunded" : "cancelled";
  if (state === "unpaid" || state === "cancelled") return state;
  if (state === "refunded") return "refunded";
  if (lines.some((s) => s === "refunding")) return "refunding";
  if (allRefunded) return "refunded";
  return state === "refunding" ? "refunding" : state;
}

/** Statuses in which the buyer has not paid (paidFen is 0 then, schemas/order.ts). */
export function isTaobaoUnpaid(status: OrderStatus): boolean {
  return status === "unpaid" || status === "cancelled";
}
