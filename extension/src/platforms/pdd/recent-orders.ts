import type { Order } from "@tongshu/shared";
import { arr, id, int, type Json, obj, optId, optInt, optStr } from "../../lib/read-values.ts";
import { ParseError, type ParseContext, type Parser } from "../types.ts";
import { RECENT_ORDERS } from "./endpoints.ts";
import { baseOrderStatus, isRefundedText, lineRefundStatus } from "./order-status.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import { fen, fenOrZero, instant, optInstant } from "./values.ts";

/**
 * 订单查询 `recentOrderList` (platform-formats.md §3.1) → order records. Amounts are fen,
 * times unix seconds. A Pinduoduo order holds exactly one goods line (one goods_id / sku_id /
 * goods_number per page item), so each item is one order with one line keyed by its SKU.
 *
 * Privacy: receive_name, mobile, district_name, shipping_address and nickname are never read;
 * the buyer id (`uid`, else `buyer_id` [INFERRED: the doc's field table names none]) only goes
 * through ctx.buyerKey.
 */

function buyerKey(item: Json, ctx: ParseContext): string | null {
  const buyerId = optId(item.uid) ?? optId(item.buyer_id);
  return buyerId === null ? null : ctx.buyerKey("pdd", buyerId);
}

function toOrder(
  item: Json,
  path: string,
  ctx: ParseContext,
  base: ReturnType<typeof baseOf>,
): Order {
  const orderId = id(item.order_sn, `${path}.order_sn`);
  const shippedAt = optInstant(item.shipping_time, `${path}.shipping_time`);
  const text = optStr(item.order_status_str);
  const afterSales = optInt(item.after_sales_status);
  const base0 = baseOrderStatus(text, optInt(item.order_status), shippedAt !== null);
  if (base0 === null)
    throw new ParseError(
      "malformed",
      `${path}: unknown order status ${String(text ?? item.order_status)}`,
    );
  const refundState = isRefundedText(text) ? "refunded" : lineRefundStatus(afterSales);
  const status =
    refundState === "refunding" &&
    (base0 === "paid" || base0 === "shipped" || base0 === "completed")
      ? "refunding"
      : base0;

  // confirm_time is the 成交/paid instant (§3.1); until then the buyer has paid nothing.
  const paidAt = optInstant(item.confirm_time, `${path}.confirm_time`);
  const goodsFen = fen(item.goods_amount, `${path}.goods_amount`);
  const shippingFen = fenOrZero(item.shipping_amount, `${path}.shipping_amount`);
  const discountFen =
    fenOrZero(item.merchant_discount, `${path}.merchant_discount`) +
    fenOrZero(item.platform_discount, `${path}.platform_discount`);
  const paidFen = paidAt === null ? 0 : fen(item.order_amount, `${path}.order_amount`);
  const linePaidFen = Math.max(0, paidFen - shippingFen);
  const quantity = int(item.goods_number, `${path}.goods_number`);
  if (quantity < 1) throw new ParseError("malformed", `${path}.goods_number: expected ≥ 1`);
  const itemId = id(item.goods_id, `${path}.goods_id`);
  const skuId = optId(item.sku_id);

  return {
    kind: "order",
    ...base,
    orderId,
    status,
    createdAt: instant(item.created_at, `${path}.created_at`),
    paidAt,
    shippedAt,
    // The list has no receive/sign time (§3.1): unknown, not guessed.
    completedAt: null,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen,
    // Only whole-order refunds ("…，退款成功") say how much went back; a partial refund's amount
    // is not in the list (after-sales records carry it), so it adds nothing here.
    refundFen: status === "refunded" ? linePaidFen : 0,
    province: optStr(item.province_name),
    city: optStr(item.city_name),
    buyerKey: buyerKey(item, ctx),
    lines: [
      {
        lineId: skuId ?? orderId,
        itemId,
        skuId,
        outerSkuId: optStr(item.out_sku_sn),
        title: optStr(item.goods_name) ?? "",
        skuText: optStr(item.spec),
        quantity,
        // The list gives the goods total only; one line, so the unit price is total ÷ quantity.
        unitPriceFen: Math.round(goodsFen / quantity),
        paidFen: linePaidFen,
        refundStatus: refundState,
      },
    ],
  };
}

export const recentOrders: Parser = {
  endpoint: RECENT_ORDERS,
  version: 1,
  kinds: ["order"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const items = arr(result.pageItems ?? [], "result.pageItems").map((x, i) =>
      obj(x, `result.pageItems.${i}`),
    );
    const shop = resolveMall(
      ctx,
      items.map((x) => x.mall_id),
    );
    const base = baseOf(envelope, recentOrders, shop);
    const records = items.map((item, i) => toOrder(item, `result.pageItems.${i}`, ctx, base));
    const request = readRequest(envelope);
    return {
      records,
      shop,
      page: {
        current: optInt(request.pageNumber) ?? 1,
        size: optInt(request.pageSize) ?? records.length,
        total: optInt(result.totalItemNum),
        rows: records.length,
      },
    };
  },
};
