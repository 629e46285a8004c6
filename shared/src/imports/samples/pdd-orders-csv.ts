import type { Order } from "../../schemas/order.ts";
import { beijingText, csvText, inHeaderOrder, yuanText } from "./export-text.ts";
import { fakeBuyer } from "./fake-buyers.ts";

/**
 * 拼多多 订单导出 (see ../formats/pdd-orders.ts for the sources): one row per order. Written as
 * UTF-8 with a BOM, id cells followed by a tab so spreadsheets keep them as text [INFERRED from
 * importers that strip tabs from these cells, index id 62537607513].
 */
export const PDD_ORDER_HEADER = [
  "商品",
  "订单号",
  "订单状态",
  "商品总价(元)",
  "店铺优惠折扣(元)",
  "平台优惠折扣(元)",
  "多多支付立减金额(元)",
  "邮费(元)",
  "用户实付金额(元)",
  "商家实收金额(元)",
  "商品数量(件)",
  "身份证姓名",
  "身份证号码",
  "收货人",
  "手机",
  "是否审核中",
  "省",
  "市",
  "区",
  "街道",
  "拼单成功时间",
  "订单成交时间",
  "订单确认时间",
  "承诺发货时间",
  "发货时间",
  "确认收货时间",
  "商品id",
  "商品规格",
  "用户购买手机号",
  "样式ID",
  "商家编码-规格维度",
  "商家编码-商品维度",
  "商家备注",
  "售后状态",
  "快递单号",
  "快递公司",
] as const;

const HOUR_MS = 60 * 60 * 1000;

/** 订单状态 and 售后状态 of an order (capture's table read backwards). */
function statusTexts(order: Order): [string, string] {
  const stage =
    order.completedAt !== null ? "已签收" : order.shippedAt !== null ? "已发货，待签收" : "待发货";
  switch (order.status) {
    case "unpaid":
      return ["待支付", "无售后或售后取消"];
    case "cancelled":
      return ["已取消", "无售后或售后取消"];
    case "refunding":
      return [stage, "退款中"];
    case "refunded":
      return [order.shippedAt !== null ? "已发货，退款成功" : "未发货，退款成功", "退款成功"];
    default:
      return [stage, "无售后或售后取消"];
  }
}

/**
 * Orders → the bytes of a Pinduoduo order export. Each order's first line is written (a
 * Pinduoduo order has one); the discount goes to 店铺优惠折扣. Buyer columns (身份证姓名, 身份证号码,
 * 收货人, 手机, 区, 街道, 用户购买手机号, 商家备注) are filled with fake people. Deterministic.
 */
export function pddOrdersCsv(
  orders: readonly Order[],
  options: { seed?: number } = {},
): Uint8Array {
  const seed = options.seed ?? 1;
  const rows = orders.map((order, index) => {
    const line = order.lines[0];
    const buyer = fakeBuyer(seed, index);
    const due = order.goodsFen - order.discountFen + order.shippingFen;
    const [status, afterSales] = statusTexts(order);
    const shipped = order.shippedAt !== null;
    const [district, ...street] = buyer.street.split(" ");
    return inHeaderOrder(PDD_ORDER_HEADER, {
      商品: line?.title ?? "",
      订单号: `${order.orderId}\t`,
      订单状态: status,
      "商品总价(元)": yuanText(order.goodsFen),
      "店铺优惠折扣(元)": yuanText(order.discountFen),
      "平台优惠折扣(元)": "0.00",
      "多多支付立减金额(元)": "0.00",
      "邮费(元)": yuanText(order.shippingFen),
      "用户实付金额(元)": yuanText(due),
      "商家实收金额(元)": yuanText(due),
      "商品数量(件)": String(line?.quantity ?? 1),
      身份证姓名: buyer.name,
      身份证号码: buyer.idNumber,
      收货人: buyer.name,
      手机: buyer.phone,
      是否审核中: "否",
      省: order.province ?? "",
      市: order.city ?? "",
      区: district ?? "",
      街道: street.join(" "),
      拼单成功时间: beijingText(order.paidAt),
      订单成交时间: beijingText(order.paidAt),
      订单确认时间: beijingText(order.paidAt),
      承诺发货时间: beijingText(order.paidAt === null ? null : order.paidAt + 48 * HOUR_MS),
      发货时间: beijingText(order.shippedAt),
      确认收货时间: beijingText(order.completedAt),
      商品id: `${line?.itemId ?? ""}\t`,
      商品规格: line?.skuText ?? "",
      用户购买手机号: buyer.phone,
      样式ID: line?.skuId ? `${line.skuId}\t` : "",
      "商家编码-规格维度": line?.outerSkuId ?? "",
      "商家编码-商品维度": "",
      商家备注: `${buyer.name} ${buyer.note}`,
      售后状态: afterSales,
      快递单号: shipped ? `YT${String(seed * 100000 + index).padStart(13, "0")}\t` : "",
      快递公司: shipped ? "圆通快递" : "",
    });
  });
  const bom = "\uFEFF";
  return new TextEncoder().encode(bom + csvText(PDD_ORDER_HEADER, rows));
}
