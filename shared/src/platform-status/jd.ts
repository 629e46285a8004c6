import type { OrderStatus } from "../schemas/order.ts";

/**
 * JD order statuses → canonical, one table for the capture parser and the order export import.
 * Sources: platform-formats.md §2.1 (tab names allOrders … waitOverseasOut;
 * `orderStatusInfo.orderStatusName` texts 已完成 已取消 已出库 等待出库) and §2.6 (JOS
 * `orderState` codes with their `orderStateRemark`). The export writes the same texts as the
 * order list.
 *
 * | JD code / text                                    | canonical | why                                         |
 * |---------------------------------------------------|-----------|---------------------------------------------|
 * | WAIT_BUYER_PAY / 等待付款 未付款 待付款             | unpaid    | tab notPay                                  |
 * | 等待付定金 / 等待付尾款 (预售)                       | unpaid    | a pre-sale is not paid until the balance is |
 * | WAIT_SELLER_STOCK_OUT / 等待出库 待出库             | paid      | tab waitOut                                 |
 * | 等待境外出库 待境外出库                              | paid      | tab waitOverseasOut                         |
 * | PAUSE POP_ORDER_PAUSE / 暂停                      | paid      | tab suspend: paid, held before shipping     |
 * | WAIT_GOODS_RECEIVE_CONFIRM / 已出库 等待确认收货     | shipped   | tab hadOut                                  |
 * | FINISHED_L / 已完成 完成                           | completed | tab completed                               |
 * | TRADE_CANCELED / 已取消                           | cancelled | tab canceled                                |
 * | LOCKED / 锁定 已锁定                               | refunding | tab locked: JD locks an order while a        |
 * |                                                   |           | cancel / after-sales request is open        |
 *
 * Line refunds can still lift a status to refunding / refunded (capture: order-build.ts).
 */
const STATUS: Readonly<Record<string, OrderStatus>> = {
  WAIT_BUYER_PAY: "unpaid",
  等待付款: "unpaid",
  未付款: "unpaid",
  待付款: "unpaid",
  等待付定金: "unpaid",
  等待付尾款: "unpaid",
  WAIT_SELLER_STOCK_OUT: "paid",
  等待出库: "paid",
  待出库: "paid",
  等待境外出库: "paid",
  待境外出库: "paid",
  PAUSE: "paid",
  POP_ORDER_PAUSE: "paid",
  暂停: "paid",
  WAIT_GOODS_RECEIVE_CONFIRM: "shipped",
  已出库: "shipped",
  等待确认收货: "shipped",
  FINISHED_L: "completed",
  已完成: "completed",
  完成: "completed",
  TRADE_CANCELED: "cancelled",
  已取消: "cancelled",
  LOCKED: "refunding",
  锁定: "refunding",
  已锁定: "refunding",
};

/** The canonical status of a JD code or text, or null when JD shows something new. */
export function jdOrderStatus(codeOrText: string): OrderStatus | null {
  return STATUS[codeOrText.trim()] ?? null;
}
