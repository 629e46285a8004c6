import iconv from "iconv-lite";
import type { Order } from "../../schemas/order.ts";
import { beijingText, csvText, inHeaderOrder, yuanText } from "./export-text.ts";
import { fakeAddress, fakeBuyer } from "./fake-buyers.ts";

/**
 * 京东 订单导出 as the export center writes it (see ../formats/jd-orders.ts for the sources): the
 * 2016 column list, then the newer 商家SKUID and 订单出库时间 columns.
 */
export const JD_ORDER_HEADER = [
  "订单号",
  "商品ID",
  "商品名称",
  "订购数量",
  "支付方式",
  "下单时间",
  "京东价",
  "订单金额",
  "结算金额",
  "余额支付",
  "应付金额",
  "订单状态",
  "订单类型",
  "下单帐号",
  "客户姓名",
  "客户地址",
  "联系电话",
  "订单备注",
  "发票类型",
  "发票抬头",
  "发票内容",
  "商家备注",
  "商家备注等级（等级1-5为由高到低）",
  "运费金额",
  "付款确认时间",
  "增值税发票",
  "货号",
  "订单完成时间",
  "订单来源",
  "订单渠道",
  "商家SKUID",
  "订单出库时间",
] as const;

// JD's export has no refunded state: a refund after payment shows as 已取消.
const STATUS_TEXT: Record<Order["status"], string> = {
  unpaid: "等待付款",
  paid: "等待出库",
  shipped: "等待确认收货",
  completed: "完成",
  cancelled: "已取消",
  refunding: "锁定",
  refunded: "已取消",
};

function orderRows(order: Order, seed: number, index: number): string[][] {
  const buyer = fakeBuyer(seed, index);
  const due = order.goodsFen - order.discountFen + order.shippingFen;
  return order.lines.map((line) =>
    inHeaderOrder(JD_ORDER_HEADER, {
      订单号: order.orderId,
      商品ID: line.skuId ?? line.itemId,
      商品名称: line.title,
      订购数量: String(line.quantity),
      支付方式: "在线支付",
      下单时间: beijingText(order.createdAt),
      京东价: yuanText(line.unitPriceFen),
      订单金额: yuanText(order.goodsFen + order.shippingFen),
      结算金额: yuanText(order.goodsFen - order.discountFen),
      余额支付: "0.00",
      应付金额: yuanText(due),
      订单状态: STATUS_TEXT[order.status],
      订单类型: "SOP",
      下单帐号: `jd_${buyer.nick.slice(3)}`,
      客户姓名: buyer.name,
      客户地址: fakeAddress(buyer, order),
      联系电话: buyer.phone,
      订单备注: buyer.note,
      发票类型: "电子发票",
      发票抬头: buyer.name,
      发票内容: "商品明细",
      商家备注: `${buyer.name} 已电话确认`,
      "商家备注等级（等级1-5为由高到低）": "",
      运费金额: yuanText(order.shippingFen),
      付款确认时间: beijingText(order.paidAt),
      增值税发票: "否",
      货号: line.outerSkuId ?? "",
      订单完成时间: beijingText(order.completedAt),
      订单来源: "京东APP",
      订单渠道: "普通订单",
      商家SKUID: line.outerSkuId ?? "",
      订单出库时间: beijingText(order.shippedAt),
    }),
  );
}

/**
 * Orders → the bytes of a JD order export: GBK CSV, one row per SKU line, buyer columns (下单帐号,
 * 客户姓名, 客户地址, 联系电话, 订单备注, 发票抬头, 商家备注) filled with fake people. Deterministic.
 */
export function jdOrdersCsv(orders: readonly Order[], options: { seed?: number } = {}): Uint8Array {
  const seed = options.seed ?? 1;
  const rows = orders.flatMap((order, i) => orderRows(order, seed, i));
  return new Uint8Array(iconv.encode(csvText(JD_ORDER_HEADER, rows), "gbk"));
}
