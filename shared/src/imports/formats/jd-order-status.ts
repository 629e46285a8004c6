import type { OrderStatus } from "../../schemas/order.ts";

/**
 * JD order status texts → canonical, mirrored from the capture parser's table
 * (extension/src/platforms/jd/order-status.ts, which documents why each maps as it does; the
 * shared package cannot import extension code, so change both together). The export writes the
 * same texts as the order list (等待出库, 等待确认收货, 完成, 已取消, 锁定 …); JOS codes are kept so
 * a file that carries them reads too.
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

/** The canonical status of a JD status text, or null when JD shows something new. */
export function jdOrderStatus(text: string): OrderStatus | null {
  return STATUS[text.trim()] ?? null;
}
