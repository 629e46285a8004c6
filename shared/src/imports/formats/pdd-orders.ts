import { isPddRefundedText } from "../../platform-status/pdd.ts";
import type { LineRefundStatus, OrderStatus } from "../../schemas/order.ts";
import { isBusinessDate, startOfBusinessDay } from "../../time.ts";
import {
  CellError,
  countCell,
  dateTimeCellOrNull,
  idCell,
  idCellOrNull,
  textCellOrNull,
  yuanCell,
  yuanCellOrNull,
} from "../cells.ts";
import type { ImportFormat, ImportRow } from "../types.ts";
import {
  earliest,
  optIdText,
  type RegionCells,
  regionCells,
  statusCell,
  textCell,
} from "./order-cells.ts";
import { mapOrderRows, type OrderBody, OrderProblem, type ParsedRow } from "./order-rows.ts";
import { pddAfterSalesState, pddOrderStatus } from "./pdd-order-status.ts";

/**
 * 拼多多 订单导出 (mms 订单查询 → 批量导出, CSV), one row per order: a Pinduoduo order holds one
 * goods line. Money in yuan (the web list sends fen). Columns as seen in public code (GitHub
 * code index): a Java Excel model listing the full export, index id 35865202328 (商品, 订单号,
 * 订单状态, 商品数量(件), 支付时间, 承诺发货时间, 发货时间, 确认收货时间, 商品id, 商品规格, 样式ID,
 * 商家编码-规格维度, 商家编码-商品维度, 商家备注, 买家留言, 售后状态, 订单成交时间, 商品总价(元), 邮费(元),
 * 店铺优惠折扣(元), 平台优惠折扣(元), 多多支付立减金额(元), 用户实付金额(元), 商家实收金额(元), 快递单号,
 * 快递公司, 省, 市, 区, 街道/镇, 用户购买手机号 …); Python importers, index ids 62537607513 (text cells
 * padded with tabs) and 57466908274 (status 已收货; 订单成交时间 sometimes blank); a TypeScript
 * parser, index id 55321323909. (The index could not name the repositories behind the ids.)
 * The export has no order-creation time: createdAt is the earliest of 支付时间 / 拼单成功时间 /
 * 订单成交时间 (see `times`).
 */

export const PDD_ORDERS_PARSER = "import/pdd-orders@1";

const columns = [
  { key: "orderId", headers: ["订单号"], required: true },
  { key: "title", headers: ["商品", "商品名称"], required: true },
  { key: "itemId", headers: ["商品id", "商品ID"], required: true },
  { key: "quantity", headers: ["商品数量(件)", "商品数量"], required: true },
  { key: "goods", headers: ["商品总价(元)"], required: true },
  { key: "paid", headers: ["用户实付金额(元)"], required: true },
  { key: "status", headers: ["订单状态"], required: true },
  { key: "shipping", headers: ["邮费(元)"], required: false },
  { key: "skuId", headers: ["样式ID", "样式id", "规格ID", "规格id"], required: false },
  { key: "skuText", headers: ["商品规格"], required: false },
  { key: "outerSkuId", headers: ["商家编码-规格维度", "商家编码-SKU维度"], required: false },
  { key: "afterSales", headers: ["售后状态"], required: false },
  { key: "refund", headers: ["退款金额(元)"], required: false },
  { key: "payTime", headers: ["支付时间"], required: false },
  { key: "groupTime", headers: ["拼单成功时间"], required: false },
  { key: "dealTime", headers: ["订单成交时间"], required: false },
  { key: "shippedAt", headers: ["发货时间"], required: false },
  { key: "completedAt", headers: ["确认收货时间"], required: false },
  { key: "province", headers: ["省"], required: false },
  { key: "city", headers: ["市"], required: false },
  { key: "region", headers: ["收货地区"], required: false },
] as const;

interface PddOrderFields extends RegionCells {
  [key: string]: unknown;
  base: OrderStatus;
  refundedText: boolean;
  afterSales: LineRefundStatus;
  goodsFen: number;
  shippingFen: number;
  dueFen: number;
  refundFen: number | null;
  createdAt: number;
  paidAt: number | null;
  shippedAt: number | null;
  completedAt: number | null;
}

interface PddLine {
  itemId: string;
  skuId: string | null;
  title: string;
  skuText: string | null;
  outerSkuId: string | null;
  quantity: number;
}

/**
 * createdAt and paidAt (成交 = capture's confirm_time) from the time columns the file has. Rows
 * with every time blank (orders that never 成交) fall back to the date in the order number
 * ("260517-…" → 2026-05-17 00:00 Beijing), as an importer of these files does (index id
 * 57466908274); paidAt stays null.
 */
function times(row: ImportRow, orderId: string): { createdAt: number; paidAt: number | null } {
  const pay = dateTimeCellOrNull(row, "payTime");
  const group = dateTimeCellOrNull(row, "groupTime");
  const deal = dateTimeCellOrNull(row, "dealTime");
  const createdAt = earliest([pay, group, deal]) ?? orderIdDate(orderId);
  if (createdAt === null) {
    const key = ["dealTime", "groupTime", "payTime"].find((k) => row.header(k) !== null);
    throw new CellError("missing_value", key ?? "dealTime", "", "no 成交 / 支付 time");
  }
  return { createdAt, paidAt: deal ?? group ?? pay };
}

function orderIdDate(orderId: string): number | null {
  const match = /^(\d{2})(\d{2})(\d{2})-\d+$/.exec(orderId);
  const date = match ? `20${match[1]}-${match[2]}-${match[3]}` : "";
  return isBusinessDate(date) ? startOfBusinessDay(date) : null;
}

function region(row: ImportRow): RegionCells {
  const province = textCellOrNull(row, "province", 32);
  if (province === null) return regionCells(row, "region");
  return { province, city: textCellOrNull(row, "city", 32) };
}

function readPddRow(row: ImportRow): ParsedRow<PddOrderFields, PddLine> {
  const statusText = row.get("status");
  return {
    order: {
      base: statusCell(row, "status", pddOrderStatus),
      refundedText: isPddRefundedText(statusText),
      afterSales: pddAfterSalesState(row.get("afterSales")),
      goodsFen: yuanCell(row, "goods"),
      shippingFen: yuanCellOrNull(row, "shipping") ?? 0,
      dueFen: yuanCell(row, "paid"),
      refundFen: yuanCellOrNull(row, "refund"),
      ...times(row, idCell(row, "orderId")),
      shippedAt: dateTimeCellOrNull(row, "shippedAt"),
      completedAt: dateTimeCellOrNull(row, "completedAt"),
      ...region(row),
    },
    line: {
      itemId: idCell(row, "itemId"),
      skuId: optIdText(idCellOrNull(row, "skuId")),
      title: textCell(row, "title"),
      skuText: textCellOrNull(row, "skuText"),
      outerSkuId: textCellOrNull(row, "outerSkuId", 128),
      quantity: countCell(row, "quantity"),
    },
  };
}

const LIVE: ReadonlySet<OrderStatus> = new Set(["paid", "shipped", "completed"]);

/**
 * Capture's rules (extension/src/platforms/pdd/recent-orders.ts): paid once 成交; an open
 * after-sales request makes a live order "refunding"; a whole-order refund ("…，退款成功") refunds
 * the line's paid share; the unit price is goods ÷ quantity; lineId is the SKU id, else the
 * order id. Discount = goods + postage − 用户实付, so the schema's identity holds whatever mix of
 * shop / platform / 多多支付 discounts the file shows.
 */
function buildPddOrder(orderId: string, order: PddOrderFields, lines: PddLine[]): OrderBody {
  const [line, ...more] = lines;
  if (!line || more.length > 0)
    throw new OrderProblem("orderId", `order ${orderId}: 订单号 repeats (one line per order)`);
  const discountFen = order.goodsFen + order.shippingFen - order.dueFen;
  if (discountFen < 0)
    throw new OrderProblem("paid", `order ${orderId}: paid more than goods and postage`);
  const refundStatus: LineRefundStatus = order.refundedText ? "refunded" : order.afterSales;
  const status = refundStatus === "refunding" && LIVE.has(order.base) ? "refunding" : order.base;
  const paidFen = order.paidAt === null ? 0 : order.dueFen;
  const linePaidFen = Math.max(0, paidFen - order.shippingFen);
  const refundFen =
    refundStatus === "refunded" && order.refundFen !== null
      ? order.refundFen
      : status === "refunded"
        ? linePaidFen
        : 0;
  return {
    orderId,
    status,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    shippedAt: order.shippedAt,
    completedAt: order.completedAt,
    goodsFen: order.goodsFen,
    shippingFen: order.shippingFen,
    discountFen,
    paidFen,
    refundFen,
    province: order.province,
    city: order.city,
    buyerKey: null,
    lines: [
      {
        lineId: line.skuId ?? orderId,
        itemId: line.itemId,
        skuId: line.skuId,
        outerSkuId: line.outerSkuId,
        title: line.title,
        skuText: line.skuText,
        quantity: line.quantity,
        unitPriceFen: Math.round(order.goodsFen / Math.max(1, line.quantity)),
        paidFen: linePaidFen,
        refundStatus,
      },
    ],
  };
}

export const pddOrdersFormat: ImportFormat = {
  id: "pdd-orders",
  platforms: ["pdd"],
  kind: "orders",
  label: { zh: "拼多多 订单导出", en: "Pinduoduo order export" },
  columns,
  toRecords: (rows, context) =>
    mapOrderRows(rows, context, {
      parser: PDD_ORDERS_PARSER,
      orderIdKey: "orderId",
      orderColumns: {
        base: "status",
        refundedText: "status",
        goodsFen: "goods",
        shippingFen: "shipping",
        dueFen: "paid",
        refundFen: "refund",
        createdAt: "dealTime",
        paidAt: "dealTime",
      },
      readRow: readPddRow,
      buildOrder: buildPddOrder,
    }),
};
