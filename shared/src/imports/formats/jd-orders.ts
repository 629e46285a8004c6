import { allocateFen } from "../../money.ts";
import { jdOrderStatus } from "../../platform-status/jd.ts";
import type { OrderLine, OrderStatus } from "../../schemas/order.ts";
import {
  countCell,
  dateTimeCell,
  dateTimeCellOrNull,
  idCell,
  textCellOrNull,
  yuanCell,
  yuanCellOrNull,
} from "../cells.ts";
import type { ImportFormat, ImportRow } from "../types.ts";
import { type RegionCells, regionCells, statusCell, textCell } from "./order-cells.ts";
import { mapOrderRows, type OrderBody, OrderProblem, type ParsedRow } from "./order-rows.ts";

/**
 * 京东 订单导出 (export.shop.jd.com 导出中心: a zip holding a GBK CSV), one row per SKU line with
 * the order's cells repeated. Columns as seen in public code (GitHub code index):
 * - a Java DTO, index id 44382165176 (SaleJdOrderLineInfo, 2016: 订单号, 商品ID, 商品名称, 订购数量,
 *   支付方式, 下单时间, 京东价, 订单金额, 结算金额, 余额支付, 应付金额, 订单状态, 订单类型, 下单帐号, 客户姓名,
 *   客户地址, 联系电话, 订单备注, 发票类型, 发票抬头, 发票内容, 商家备注, 商家备注等级（等级1-5为由高到低）, 运费金额,
 *   付款确认时间, 增值税发票, 货号, 订单完成时间, 订单来源, 订单渠道);
 * - a Python script, index id 13220575510 (2022: downloads the export-center zip, reads it with
 *   encoding='gbk', same column names);
 * - Go and Python importers, index ids 70189060490 and 56159251466 (newer columns: 商家SKUID,
 *   订单出库时间, 商品编号 / 商品数量 / 商品单价 spellings).
 * (The index could not name the repositories behind the ids.)
 * Money is yuan. 商品ID is the SKU id; the export has no 商品编号 (ware id), SKU text or refunds.
 */

export const JD_ORDERS_PARSER = "import/jd-orders@1";

const columns = [
  { key: "orderId", headers: ["订单号", "订单编号"], required: true },
  { key: "skuId", headers: ["商品ID", "商品编号"], required: true },
  { key: "title", headers: ["商品名称"], required: true },
  { key: "quantity", headers: ["订购数量", "商品数量"], required: true },
  { key: "unitPrice", headers: ["京东价", "商品单价"], required: true },
  { key: "payable", headers: ["应付金额"], required: true },
  { key: "status", headers: ["订单状态"], required: true },
  { key: "createdAt", headers: ["下单时间", "订单下单时间"], required: true },
  { key: "freight", headers: ["运费金额"], required: false },
  { key: "paidAt", headers: ["付款确认时间"], required: false },
  { key: "shippedAt", headers: ["订单出库时间", "出库时间"], required: false },
  { key: "completedAt", headers: ["订单完成时间"], required: false },
  { key: "outerSkuId", headers: ["商家SKUID", "货号"], required: false },
  { key: "region", headers: ["收货地区"], required: false },
] as const;

interface JdOrderFields extends RegionCells {
  [key: string]: unknown;
  status: OrderStatus;
  payableFen: number;
  freightFen: number | null;
  /** Whether the file has 付款确认时间 at all (without it, the status says whether it was paid). */
  paidColumn: boolean;
  createdAt: number;
  paidAt: number | null;
  shippedAt: number | null;
  completedAt: number | null;
}

interface JdLine {
  skuId: string;
  title: string;
  outerSkuId: string | null;
  quantity: number;
  unitPriceFen: number;
}

function readJdRow(row: ImportRow): ParsedRow<JdOrderFields, JdLine> {
  return {
    order: {
      status: statusCell(row, "status", jdOrderStatus),
      payableFen: yuanCell(row, "payable"),
      freightFen: yuanCellOrNull(row, "freight"),
      paidColumn: row.header("paidAt") !== null,
      createdAt: dateTimeCell(row, "createdAt"),
      paidAt: dateTimeCellOrNull(row, "paidAt"),
      shippedAt: dateTimeCellOrNull(row, "shippedAt"),
      completedAt: dateTimeCellOrNull(row, "completedAt"),
      ...regionCells(row, "region"),
    },
    line: {
      skuId: idCell(row, "skuId"),
      title: textCell(row, "title"),
      outerSkuId: textCellOrNull(row, "outerSkuId", 128),
      quantity: countCell(row, "quantity"),
      unitPriceFen: yuanCell(row, "unitPrice"),
    },
  };
}

/**
 * Capture's money and id rules (extension/src/platforms/jd/order-build.ts): goods = Σ 京东价 ×
 * 订购数量; postage = 运费金额, else what is due above the goods; discount = goods + postage −
 * 应付金额 (never negative); paid once 付款确认时间 is set and the order is not unpaid (a file
 * without that column: unless unpaid or cancelled); lines share
 * the goods part by value; lineId = SKU id, "-2", "-3" … for the same SKU again (a gift copy).
 */
function buildJdOrder(orderId: string, order: JdOrderFields, lines: JdLine[]): OrderBody {
  const amounts = lines.map((l) => l.unitPriceFen * l.quantity);
  const goodsFen = amounts.reduce((s, a) => s + a, 0);
  const shippingFen = order.freightFen ?? Math.max(0, order.payableFen - goodsFen);
  const discountFen = goodsFen + shippingFen - order.payableFen;
  if (discountFen < 0)
    throw new OrderProblem("payable", `order ${orderId}: amount due exceeds goods and postage`);
  const paid = order.paidColumn
    ? order.paidAt !== null && order.status !== "unpaid"
    : order.status !== "unpaid" && order.status !== "cancelled";
  const shares = allocateFen(amounts, paid ? order.payableFen - shippingFen : 0);
  const seen = new Map<string, number>();
  const orderLines: OrderLine[] = lines.map((line, i) => {
    const n = (seen.get(line.skuId) ?? 0) + 1;
    seen.set(line.skuId, n);
    return {
      lineId: n === 1 ? line.skuId : `${line.skuId}-${n}`,
      // No ware id in the export: capture also falls back to the SKU id.
      itemId: line.skuId,
      skuId: line.skuId,
      outerSkuId: line.outerSkuId,
      title: line.title,
      skuText: null,
      quantity: line.quantity,
      unitPriceFen: line.unitPriceFen,
      paidFen: shares[i] ?? 0,
      // The export has no after-sales columns; refunds come from refund captures.
      refundStatus: "none",
    };
  });
  return {
    orderId,
    status: order.status,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    shippedAt: order.shippedAt,
    completedAt: order.completedAt,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen: paid ? order.payableFen : 0,
    refundFen: 0,
    province: order.province,
    city: order.city,
    buyerKey: null,
    lines: orderLines,
  };
}

export const jdOrdersFormat: ImportFormat = {
  id: "jd-orders",
  platforms: ["jd"],
  kind: "orders",
  label: { zh: "京东 订单导出", en: "JD order export" },
  columns,
  toRecords: (rows, context) =>
    mapOrderRows(rows, context, {
      parser: JD_ORDERS_PARSER,
      orderIdKey: "orderId",
      orderColumns: {
        payableFen: "payable",
        freightFen: "freight",
        paidColumn: "paidAt",
        province: "region",
        city: "region",
      },
      readRow: readJdRow,
      buildOrder: buildJdOrder,
    }),
};
