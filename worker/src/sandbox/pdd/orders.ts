import type { Order } from "@tongshu/shared";

/**
 * Demo order → one `recentOrderList` page item, the shape the real 订单查询 page receives
 * (platform-formats.md §3.1): fen integers, unix seconds, status text + code, one goods line,
 * masked receiver fields (as the list shows them) and the buyer as a numeric `uid`.
 */

export type PddJson = Record<string, unknown>;

/** A stable fake buyer id derived from the demo buyer key (never a real id). */
export function buyerIdOf(buyerKey: string): string {
  return String((BigInt(`0x${buyerKey.slice(0, 12)}`) % 9_000_000_000_000n) + 1_000_000_000_000n);
}

function seconds(ms: number | null): number {
  return ms === null ? 0 : Math.floor(ms / 1000);
}

function baseText(order: Order): [string, number] {
  if (order.completedAt !== null) return ["已签收", 1];
  if (order.shippedAt !== null) return ["已发货，待签收", 1];
  return ["待发货", 1];
}

/** order_status_str / order_status for a canonical status (the inverse of the parser's table). */
function statusOf(order: Order): [string, number] {
  switch (order.status) {
    case "unpaid":
      return ["待支付", 0];
    case "cancelled":
      return ["已取消", 2];
    case "refunded":
      if (order.shippedAt !== null)
        return [order.completedAt ? "已签收，退款成功" : "已发货，退款成功", 1];
      return ["未发货，退款成功", 1];
    default:
      return baseText(order);
  }
}

/** after_sales_status (mms codes): 5 退款成功, 10/2 an open request, 0 none. */
function afterSalesOf(order: Order): number {
  const line = order.lines[0];
  if (order.status === "refunded" || line?.refundStatus === "refunded") return 5;
  if (line?.refundStatus === "refunding") return order.shippedAt !== null ? 10 : 2;
  return 0;
}

function numericId(id: string | null): string | number {
  if (id === null) return 0;
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

export function toPageItem(order: Order): PddJson {
  const line = order.lines[0];
  if (!line) throw new Error(`order ${order.orderId} has no line`);
  const [text, code] = statusOf(order);
  const after = afterSalesOf(order);
  const paid = order.paidAt !== null;
  return {
    order_sn: order.orderId,
    order_status: code,
    order_status_str: text,
    pay_status: paid ? 1 : 0,
    shipping_status: order.shippedAt !== null ? 1 : 0,
    group_status: paid ? 1 : 0,
    order_amount: order.goodsFen - order.discountFen + order.shippingFen,
    goods_amount: order.goodsFen,
    merchant_discount: order.discountFen,
    platform_discount: 0,
    shipping_amount: order.shippingFen,
    service_amount: 0,
    goods_id: line.itemId,
    sku_id: numericId(line.skuId),
    goods_name: line.title,
    spec: line.skuText ?? "",
    goods_number: line.quantity,
    out_sku_sn: line.outerSkuId ?? "",
    out_goods_sn: "",
    created_at: seconds(order.createdAt),
    confirm_time: seconds(order.paidAt),
    shipping_time: seconds(order.shippedAt),
    receive_name: "顾**",
    mobile: "138****0000",
    province_name: order.province ?? "",
    city_name: order.city ?? "",
    district_name: "",
    shipping_address: "****",
    nickname: "拼**",
    after_sales_status: after,
    after_sales_id: after === 0 ? "" : `12${order.orderId.slice(-8)}`,
    mall_id: Number(order.shopId),
    ...(order.buyerKey ? { uid: Number(buyerIdOf(order.buyerKey)) } : {}),
  };
}
