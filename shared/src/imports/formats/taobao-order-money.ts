import { allocateFen } from "../../money.ts";
import {
  isTaobaoUnpaid,
  resolveTaobaoStatus,
  type TaobaoTradeState,
} from "../../platform-status/taobao.ts";
import type { LineRefundStatus, OrderLine } from "../../schemas/order.ts";
import { earliest, type RegionCells } from "./order-cells.ts";
import { type OrderBody, OrderProblem } from "./order-rows.ts";
import { orderTradeState } from "./taobao-order-status.ts";

/** The main order's cells, repeated on each of its rows (they must agree). */
export interface TaobaoOrderFields extends RegionCells {
  [key: string]: unknown;
  createdAt: number;
  paidAt: number | null;
  completedAt: number | null;
  /** 买家应付邮费, when the file has it (the sub-order sheet does not). */
  shippingFen: number | null;
}

/** One sub-order row. */
export interface TaobaoLine {
  lineId: string;
  itemId: string;
  title: string;
  skuText: string | null;
  outerSkuId: string | null;
  quantity: number;
  unitPriceFen: number;
  /** 买家实付金额 of the sub-order (goods part). */
  paidFen: number;
  /** 买家应付货款 of the sub-order, when the file has it. */
  payableFen: number | null;
  state: TaobaoTradeState;
  refund: LineRefundStatus;
  /** 退款金额; null when the file does not say. */
  refundFen: number | null;
  shippedAt: number | null;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * A Taobao order from its sub-order rows, with capture's money rules
 * (extension/src/platforms/taobao/order-money.ts): goodsFen = Σ 商品价格 × 购买数量;
 * discountFen = goods + postage − what the buyer paid (due, while unpaid); paidFen 0 while unpaid
 * or closed unpaid; each line's paidFen is its goods-value share of paidFen − postage (allocateFen);
 * refundFen = 退款金额 of the refunded lines (a refunded line's whole share when the file has no
 * amount). Without a postage column, what was paid above the goods value is postage (a single
 * sub-order's 实付 can carry it); otherwise postage is unknown and counts as 0.
 */
export function buildTaobaoOrder(
  orderId: string,
  order: TaobaoOrderFields,
  lines: TaobaoLine[],
): OrderBody {
  if (new Set(lines.map((l) => l.lineId)).size < lines.length)
    throw new OrderProblem("lineId", `order ${orderId}: a 子订单编号 repeats`);
  const status = resolveTaobaoStatus(
    orderTradeState(lines.map((l) => l.state)),
    lines.map((l) => l.refund),
  );
  const goods = lines.map((l) => l.unitPriceFen * l.quantity);
  const goodsFen = sum(goods);
  const linesPaid = sum(lines.map((l) => l.paidFen));
  const shippingFen = order.shippingFen ?? Math.max(0, linesPaid - goodsFen);
  const actualFen = linesPaid + (order.shippingFen ?? 0);
  const unpaid = isTaobaoUnpaid(status);
  const payable = lines.every((l) => l.payableFen !== null)
    ? sum(lines.map((l) => l.payableFen ?? 0)) + (order.shippingFen ?? 0)
    : null;
  // Unpaid sub-orders may show 0 paid; what was due then comes from 买家应付货款.
  const dueFen = unpaid && payable !== null ? payable : actualFen;
  const discountFen = goodsFen + shippingFen - dueFen;
  if (discountFen < 0)
    throw new OrderProblem("paid", `order ${orderId}: paid more than goods and postage`);
  const paidFen = unpaid ? 0 : actualFen;
  const shares = allocateFen(goods, Math.max(0, paidFen - shippingFen));
  const orderLines: OrderLine[] = lines.map((line, i) => ({
    lineId: line.lineId,
    itemId: line.itemId,
    // The export has no SKU id (capture reads itemInfo.skuId); a later capture fills it in.
    skuId: null,
    outerSkuId: line.outerSkuId,
    title: line.title,
    skuText: line.skuText,
    quantity: line.quantity,
    unitPriceFen: line.unitPriceFen,
    paidFen: shares[i] ?? 0,
    refundStatus: line.refund,
  }));
  const refundFen = sum(
    lines.map((line, i) =>
      line.refund === "refunded" ? (line.refundFen ?? orderLines[i]?.paidFen ?? 0) : 0,
    ),
  );
  return {
    orderId,
    status,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    shippedAt: earliest(lines.map((l) => l.shippedAt)),
    completedAt: order.completedAt,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen,
    refundFen,
    province: order.province,
    city: order.city,
    buyerKey: null,
    lines: orderLines,
  };
}
