import type { Order, OrderStatus, Refund, Sku, Traffic } from "@tongshu/shared";

/**
 * Demo canonical records → JD JSON in the shapes the extension's JD parsers read
 * (extension/src/platforms/jd, platform-formats.md §2). Pure; round-trip tested.
 */

export type JdJson = Record<string, unknown>;

/** Fen → the yuan string JD web pages send ("12.50"). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Epoch ms → JD's Beijing "yyyy-MM-dd HH:mm:ss"; JOS writes 0001-01-01 for "not yet". */
export function beijingTime(instant: number | null): string {
  if (instant === null) return "0001-01-01 00:00:00";
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** A fake but stable buyer pin per demo buyer: never a real account name. */
export function fakePin(buyerKey: string | null): string | null {
  return buyerKey === null ? null : `jd_${buyerKey.slice(0, 8)}`;
}

/** JD shows provinces short ("广东", "内蒙古"). */
export function shortProvince(province: string | null): string | null {
  return (
    province?.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "") ?? null
  );
}

/** The JOS code and remark a status shows; refunds ride on the lines (退款中 / 退款成功). */
function josState(order: Order): [string, string] {
  const byProgress = (): [string, string] =>
    order.completedAt !== null
      ? ["FINISHED_L", "完成"]
      : order.shippedAt !== null
        ? ["WAIT_GOODS_RECEIVE_CONFIRM", "等待确认收货"]
        : ["WAIT_SELLER_STOCK_OUT", "等待出库"];
  const states: Record<OrderStatus, () => [string, string]> = {
    unpaid: () => ["WAIT_BUYER_PAY", "等待付款"],
    paid: byProgress,
    shipped: byProgress,
    completed: byProgress,
    refunding: byProgress,
    cancelled: () => ["TRADE_CANCELED", "已取消"],
    // A paid order refunded in full: cancelled before shipping, else finished with returns.
    refunded: () =>
      order.shippedAt === null ? ["TRADE_CANCELED", "已取消"] : ["FINISHED_L", "完成"],
  };
  return states[order.status]();
}

/** One legacy order-list row (porder, JOS orderInfo shape) with masked receiver fields. */
export function porderRow(order: Order, refunds: readonly Refund[]): JdJson {
  const [state, remark] = josState(order);
  const pin = fakePin(order.buyerKey);
  return {
    orderId: order.orderId,
    venderId: order.shopId,
    orderType: "22",
    orderState: state,
    orderStateRemark: remark,
    orderStartTime: beijingTime(order.createdAt),
    paymentConfirmTime: beijingTime(order.paidAt),
    outBoundDate: beijingTime(order.shippedAt),
    ...(order.completedAt === null ? {} : { orderEndTime: beijingTime(order.completedAt) }),
    orderTotalPrice: yuan(order.goodsFen),
    orderSellerPrice: yuan(order.goodsFen - order.discountFen),
    orderPayment: yuan(order.paidFen),
    freightPrice: yuan(order.shippingFen),
    sellerDiscount: yuan(order.discountFen),
    payType: "4-在线支付",
    ...(pin === null ? {} : { pin }),
    consigneeInfo: {
      fullname: "买家**",
      mobile: "138****0000",
      fullAddress: "AAS/c2FuZGJveC1hZGRyZXNzLWNpcGhlcnRleHQ=",
      province: shortProvince(order.province),
      city: order.city,
    },
    orderItems: order.lines.map((line) => {
      const back = refunds
        .filter((r) => r.lineId === line.lineId && r.status === "refunded")
        .reduce((s, r) => s + r.amountFen, 0);
      const state =
        line.refundStatus === "refunding"
          ? "退款中"
          : line.refundStatus === "refunded"
            ? "退款成功"
            : null;
      return {
        skuId: line.skuId ?? line.lineId,
        wareId: line.itemId,
        skuName: line.skuText ? `${line.title} ${line.skuText}` : line.title,
        jdPrice: yuan(line.unitPriceFen),
        itemTotal: String(line.quantity),
        outerSkuId: line.outerSkuId ?? "",
        ...(state === null ? {} : { refundStatusName: state }),
        ...(back > 0 ? { refundAmount: yuan(back) } : {}),
      };
    }),
  };
}

/** The new ware list's wares (queryWareList): one ware per item, its SKUs nested. */
export function wareRows(skus: readonly Sku[]): JdJson[] {
  const byItem = new Map<string, Sku[]>();
  for (const sku of skus) byItem.set(sku.itemId, [...(byItem.get(sku.itemId) ?? []), sku]);
  return [...byItem.entries()].map(([itemId, group]) => ({
    wareId: itemId,
    title: group[0]?.title ?? "",
    // JOS wareStatus: 8 on sale (sold-out SKUs stay listed), 2 taken off by the seller.
    wareStatus: group.some((s) => s.status !== "offshelf") ? 8 : 2,
    jdPrice: yuan(Math.min(...group.map((s) => s.priceFen))),
    stockNum: group.reduce((n, s) => n + (s.stock ?? 0), 0),
    skus: group.map((s) => ({
      skuId: s.skuId,
      jdPrice: yuan(s.priceFen),
      ...(s.stock === null ? {} : { stockNum: s.stock }),
      ...(s.outerSkuId === null ? {} : { outerId: s.outerSkuId }),
      attrValueAlias: s.skuText === null ? [] : [s.skuText],
    })),
  }));
}

/** 商智 indicator codes, as the extension reads them (sz-gateway.ts). */
export const SZ_CODES = {
  visitors: "jdr_sch_traffic_brow_sku__page_cnt_traffic_plat_item_di_sz_bsg",
  pageViews: "jdr_sch_traffic_brow_sku__page_qtty_traffic_plat_item_di_sz_bsg",
  buyers: "jdr_sch_trade_deal_ord_ord_cnt_sz_trade_deal_snapshot",
  paidOrders: "jdr_sch_trade_deal_ord_ord_qtty_sz_trade_deal_snapshot",
  paidAmount: "jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot",
} as const;

/** One traffic record as an indicator-keyed 商智 row (money as yuan numbers). */
export function szFigures(t: Traffic): JdJson {
  const row: JdJson = {};
  if (t.visitors !== null) row[SZ_CODES.visitors] = t.visitors;
  if (t.pageViews !== null) row[SZ_CODES.pageViews] = t.pageViews;
  if (t.buyers !== null) row[SZ_CODES.buyers] = t.buyers;
  if (t.paidOrders !== null) row[SZ_CODES.paidOrders] = t.paidOrders;
  if (t.paidFen !== null) row[SZ_CODES.paidAmount] = t.paidFen / 100;
  return row;
}

/** `{header, body:{data, size}}`, the 商智 gateway envelope. */
export function szEnvelope(data: unknown, size: number): JdJson {
  return { header: { code: 0, msg: "success" }, body: { data, size } };
}
