import iconv from "iconv-lite";
import { allocateFen } from "../../money.ts";
import type { Order, OrderLine } from "../../schemas/order.ts";
import { beijingText, csvText, inHeaderOrder, yuanText } from "./export-text.ts";
import { fakeAddress, fakeBuyer } from "./fake-buyers.ts";

/**
 * 千牛's sub-order sheet (宝贝报表 / ExportOrderDetailList), in the column order of the newer
 * exports (see ../formats/taobao-orders.ts for the sources). The sheet has no postage and no
 * address: an order's postage is not written, and 买家实付金额 holds each line's goods share.
 */
export const TAOBAO_ORDER_HEADER = [
  "子订单编号",
  "主订单编号",
  "商品标题",
  "商品价格",
  "购买数量",
  "外部系统编号",
  "商品属性",
  "套餐信息",
  "联系方式备注",
  "订单状态",
  "商家编码",
  "支付单号",
  "买家应付货款",
  "买家实付金额",
  "退款状态",
  "退款金额",
  "订单创建时间",
  "订单付款时间",
  "淘鲜达渠道",
  "商品ID",
  "分阶段信息",
  "备注标签",
  "商家备注",
  "主订单买家留言",
  "发货时间",
  "物流单号",
  "物流公司",
] as const;

const ORDER_TEXT: Record<Order["status"], string> = {
  unpaid: "等待买家付款",
  paid: "买家已付款，等待卖家发货",
  shipped: "卖家已发货，等待买家确认",
  completed: "交易成功",
  cancelled: "交易关闭",
  refunding: "买家已付款，等待卖家发货",
  refunded: "交易关闭",
};

const REFUND_TEXT: Record<OrderLine["refundStatus"], string> = {
  none: "没有申请退款",
  refunding: "买家已经申请退款，等待卖家同意",
  refunded: "退款成功",
};

/** A sub-order's 订单状态: a refunded line is closed; an open refund shows the order's stage. */
function lineStatus(order: Order, line: OrderLine): string {
  if (line.refundStatus === "refunded") return "交易关闭";
  if (order.status === "refunding" && order.shippedAt !== null) return ORDER_TEXT.shipped;
  return ORDER_TEXT[order.status];
}

/**
 * Columns of 订单报表 that the merged layout (sub-orders joined with their order, as some back
 * offices and ERPs export) adds to each row: postage and the receiver's address.
 */
export const TAOBAO_MERGED_COLUMNS = ["买家应付邮费", "收货地址"] as const;

function orderRows(
  header: readonly string[],
  order: Order,
  seed: number,
  index: number,
): string[][] {
  const buyer = fakeBuyer(seed, index);
  const goods = order.lines.map((l) => l.unitPriceFen * l.quantity);
  // What each line cost the buyer: goods less discount, shared by value (capture's allocation).
  const due = allocateFen(goods, order.goodsFen - order.discountFen);
  const unpaid = order.status === "unpaid" || order.status === "cancelled";
  const refunded = order.lines.map((l) => (l.refundStatus === "refunded" ? l.paidFen || 1 : 0));
  const refunds = allocateFen(refunded, order.refundFen);
  const shipped = order.shippedAt !== null;
  return order.lines.map((line, i) =>
    inHeaderOrder(header, {
      子订单编号: `="${line.lineId}"`,
      主订单编号: `="${order.orderId}"`,
      商品标题: line.title,
      商品价格: yuanText(line.unitPriceFen),
      购买数量: String(line.quantity),
      外部系统编号: "null",
      商品属性: line.skuText ?? "null",
      套餐信息: "null",
      联系方式备注: `${buyer.name} ${buyer.phone}`,
      订单状态: lineStatus(order, line),
      商家编码: line.outerSkuId ?? "null",
      支付单号: unpaid
        ? ""
        : `2026111122001${String(seed * 100000 + index * 100 + i).padStart(15, "0")}`,
      买家应付货款: yuanText(due[i] ?? 0),
      买家实付金额: yuanText(unpaid ? 0 : (due[i] ?? 0)),
      退款状态: REFUND_TEXT[line.refundStatus],
      退款金额:
        line.refundStatus === "refunded"
          ? yuanText(refunds[i] ?? 0)
          : line.refundStatus === "refunding"
            ? yuanText(due[i] ?? 0)
            : "无退款申请",
      订单创建时间: beijingText(order.createdAt),
      订单付款时间: beijingText(order.paidAt),
      淘鲜达渠道: "否",
      商品ID: line.itemId,
      商家备注: `${buyer.name}要求周末送达`,
      主订单买家留言: buyer.note,
      发货时间: beijingText(order.shippedAt),
      物流单号: shipped ? `No:YT${String(seed * 100000 + index).padStart(10, "0")}` : "",
      物流公司: shipped ? "圆通速递" : "",
      买家应付邮费: yuanText(order.shippingFen),
      收货地址: fakeAddress(buyer, order),
    }),
  );
}

/**
 * Orders → the bytes of a 千牛 sub-order export: GBK CSV, one row per line, ids as ="…", buyer
 * columns (联系方式备注, 商家备注, 主订单买家留言) filled with fake people. Deterministic for a seed.
 * `merged` adds 订单报表's postage and address columns, so postage survives the trip.
 */
export function taobaoOrdersCsv(
  orders: readonly Order[],
  options: { seed?: number; merged?: boolean } = {},
): Uint8Array {
  const seed = options.seed ?? 1;
  const header = options.merged
    ? [...TAOBAO_ORDER_HEADER, ...TAOBAO_MERGED_COLUMNS]
    : TAOBAO_ORDER_HEADER;
  const rows = orders.flatMap((order, i) => orderRows(header, order, seed, i));
  return new Uint8Array(iconv.encode(csvText(header, rows), "gbk"));
}
