import {
  isTaobaoPresaleUnpaid,
  type LineRefundStatus,
  type TaobaoTradeState,
  taobaoTradeStateOfText,
} from "@tongshu/shared";

/**
 * Taobao order status → canonical status (platform-formats.md §1.1). The list gives a TOP-style
 * enum in `extra.tradeStatus` and the display text in `statusInfo.text`; the enum wins when
 * known. The text table, the pre-sale rule and the final resolution are shared with the order
 * export import (@tongshu/shared platform-status/taobao.ts).
 */
export type TradeState = TaobaoTradeState;
export {
  isTaobaoUnpaid as isUnpaid,
  resolveTaobaoStatus as resolveStatus,
} from "@tongshu/shared";

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

export function tradeState(tradeStatus: string | null, text: string | null): TradeState | null {
  // The pre-sale text decides before the enum, which may already read like a normal trade.
  if (text && isTaobaoPresaleUnpaid(text)) return "unpaid";
  const fromEnum = tradeStatus ? TRADE_STATUS[tradeStatus] : undefined;
  if (fromEnum) return fromEnum;
  return text ? taobaoTradeStateOfText(text) : null;
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
