import type { TaobaoTradeState } from "../../platform-status/taobao.ts";
import type { LineRefundStatus } from "../../schemas/order.ts";

/**
 * Taobao statuses the order export needs beyond the shared capture tables
 * (platform-status/taobao.ts: text table, pre-sale rule, resolution): the 退款状态 column's
 * texts (TOP refund states: 买家已经申请退款，等待卖家同意 … 退款关闭) and the main order's state
 * from its sub-order rows.
 */

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

const RANK: Partial<Record<TaobaoTradeState, number>> = { paid: 1, shipped: 2, completed: 3 };

/**
 * The main order's trade state from its sub-orders' 订单状态 (the export has one per row, the
 * list page one per order): unpaid when any line is; closed when every line is closed or
 * refunded; otherwise the furthest live line (one line shipped, one waiting → shipped, as
 * Taobao's 部分发货). A live line reading 退款中 counts as paid here; its refund shows in lines.
 */
export function orderTradeState(lines: readonly TaobaoTradeState[]): TaobaoTradeState {
  if (lines.includes("unpaid")) return "unpaid";
  const live = lines.filter((s) => s !== "closed" && s !== "refunded" && s !== "cancelled");
  if (live.length === 0) return "closed";
  const rank = Math.max(...live.map((s) => RANK[s] ?? 1));
  return rank === 3 ? "completed" : rank === 2 ? "shipped" : "paid";
}
