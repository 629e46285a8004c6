import { type TaobaoTradeState, taobaoTradeStateOfText } from "../../platform-status/taobao.ts";
import type { LineRefundStatus } from "../../schemas/order.ts";
import {
  countCell,
  dateTimeCell,
  dateTimeCellOrNull,
  idCell,
  isEmptyCell,
  textCellOrNull,
  yuanCell,
  yuanCellOrNull,
} from "../cells.ts";
import type { ImportFormat, ImportRow } from "../types.ts";
import { regionCells, statusCell, textCell } from "./order-cells.ts";
import { mapOrderRows, type ParsedRow } from "./order-rows.ts";
import { buildTaobaoOrder, type TaobaoLine, type TaobaoOrderFields } from "./taobao-order-money.ts";
import { refundStateOfText } from "./taobao-order-status.ts";

/**
 * 千牛 订单导出, the sub-order sheet (宝贝报表 / 订单明细 / ExportOrderDetailList…csv, GBK, long
 * ids written as ="…"): one row per 子订单, the main order's cells repeated. 千牛 splits an export
 * in two (订单报表 per order: postage, address, totals; this sheet per sub-order); only this one
 * has item ids, prices and per-line states, so it is the one imported. It has no postage or
 * address column: a file that adds 买家应付邮费 / 收货地址 (some back offices' merged layout) is
 * read for them too.
 *
 * Columns as seen in public importers (GitHub code index):
 * - youzongku/repository1 doc/bbc_script/2017-06-26/b2b_sales_2016-6-19.sql (订单报表 + 宝贝报表
 *   templates: 订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性, 套餐信息, 备注, 订单状态, 商家编码);
 * - a PHP importer, index id 18651565076 (ExportOrderDetailList: 子订单编号, 主订单编号, 标题, 价格, 购买数量,
 *   外部系统编号, 商品属性, 套餐信息, 备注, 订单状态, 商家编码, 支付单号, 买家应付货款, 买家实际支付金额,
 *   退款状态, 退款金额, 订单创建时间, 订单付款时间, 商品id, 分阶段订单信息, 主订单备注, 主订单买家留言,
 *   发货时间, 物流单号, 物流公司 …);
 * - a Tmall report script, index id 40310396030 (商品标题, 商品价格, 买家实付金额, 商品ID, 发货时间 by
 *   column letter) and a table schema, index id 56344660728 (联系方式备注, 淘鲜达渠道, 备注标签 …);
 * - a pandas cleaner, index id 34074784961 (ids as ="…", 退款金额 "无退款申请", GB18030);
 * - a Java importer, index id 170377167 (the merged layout: 买家应付邮费, 子单实际支付金额, 宝贝数量, 颜色/尺码).
 * (The index could not name the repositories behind the ids.)
 */

export const TAOBAO_ORDERS_PARSER = "import/taobao-orders@1";

const columns = [
  { key: "orderId", headers: ["主订单编号", "订单编号"], required: true },
  { key: "lineId", headers: ["子订单编号"], required: true },
  { key: "itemId", headers: ["商品ID", "商品id", "宝贝ID"], required: true },
  { key: "title", headers: ["商品标题", "标题", "宝贝标题"], required: true },
  { key: "unitPrice", headers: ["商品价格", "价格", "单价"], required: true },
  { key: "quantity", headers: ["购买数量", "宝贝数量"], required: true },
  { key: "status", headers: ["订单状态"], required: true },
  // Per sub-order; 子单实际支付金额 is the merged layout's name (its 买家实际支付金额 is the order's).
  {
    key: "paid",
    headers: ["子单实际支付金额", "买家实付金额", "买家实际支付金额"],
    required: true,
  },
  { key: "payable", headers: ["买家应付货款"], required: false },
  { key: "createdAt", headers: ["订单创建时间"], required: true },
  { key: "paidAt", headers: ["订单付款时间"], required: false },
  { key: "shippedAt", headers: ["发货时间"], required: false },
  { key: "completedAt", headers: ["确认收货时间"], required: false },
  { key: "skuText", headers: ["商品属性", "颜色/尺码"], required: false },
  { key: "outerSkuId", headers: ["商家编码"], required: false },
  { key: "outerItemId", headers: ["外部系统编号"], required: false },
  { key: "refundStatus", headers: ["退款状态"], required: false },
  { key: "refund", headers: ["退款金额"], required: false },
  { key: "shipping", headers: ["买家应付邮费"], required: false },
  { key: "region", headers: ["收货地区"], required: false },
] as const;

/**
 * 退款金额: "无退款申请" when nothing was asked for (0); null when the file has no amount (the
 * column is absent or the cell empty).
 */
function refundAmount(row: ImportRow): number | null {
  const text = row.get("refund");
  if (isEmptyCell(text)) return null;
  return /^(无|没有)/.test(text) ? 0 : yuanCell(row, "refund");
}

/** The line's refund state: the 退款状态 column, or what 订单状态 itself says (退款中 / 退款成功). */
function lineRefund(row: ImportRow, state: TaobaoTradeState): LineRefundStatus {
  const fromColumn = isEmptyCell(row.get("refundStatus"))
    ? "none"
    : statusCell(row, "refundStatus", refundStateOfText);
  if (fromColumn !== "none") return fromColumn;
  return state === "refunded" ? "refunded" : state === "refunding" ? "refunding" : "none";
}

function readTaobaoRow(row: ImportRow): ParsedRow<TaobaoOrderFields, TaobaoLine> {
  const state = statusCell(row, "status", taobaoTradeStateOfText);
  return {
    order: {
      createdAt: dateTimeCell(row, "createdAt"),
      paidAt: dateTimeCellOrNull(row, "paidAt"),
      completedAt: dateTimeCellOrNull(row, "completedAt"),
      shippingFen: yuanCellOrNull(row, "shipping"),
      ...regionCells(row, "region"),
    },
    line: {
      lineId: idCell(row, "lineId"),
      itemId: idCell(row, "itemId"),
      title: textCell(row, "title"),
      skuText: textCellOrNull(row, "skuText"),
      outerSkuId: textCellOrNull(row, "outerSkuId", 128) ?? textCellOrNull(row, "outerItemId", 128),
      quantity: countCell(row, "quantity"),
      unitPriceFen: yuanCell(row, "unitPrice"),
      paidFen: yuanCell(row, "paid"),
      payableFen: yuanCellOrNull(row, "payable"),
      state,
      refund: lineRefund(row, state),
      refundFen: refundAmount(row),
      shippedAt: dateTimeCellOrNull(row, "shippedAt"),
    },
  };
}

export const taobaoOrdersFormat: ImportFormat = {
  id: "taobao-orders",
  platforms: ["taobao", "tmall"],
  kind: "orders",
  label: { zh: "千牛 订单导出（宝贝报表）", en: "Qianniu order export (sub-order sheet)" },
  columns,
  toRecords: (rows, context) =>
    mapOrderRows(rows, context, {
      parser: TAOBAO_ORDERS_PARSER,
      orderIdKey: "orderId",
      orderColumns: { shippingFen: "shipping", province: "region", city: "region" },
      readRow: readTaobaoRow,
      buildOrder: buildTaobaoOrder,
    }),
};
