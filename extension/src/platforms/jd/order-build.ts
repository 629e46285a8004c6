import {
  allocateFen,
  jdOrderStatus,
  type LineRefundStatus,
  type Order,
  type OrderLine,
  type OrderStatus,
} from "@tongshu/shared";
import { id, int, type Json, obj, optId, optStr, str } from "../../lib/read-values.ts";
import { type ParseContext, ParseError } from "../types.ts";
import { yuanToFen } from "./common.ts";
import { normaliseCity, normaliseProvince } from "./region.ts";

/** One order line as both JD order lists give it, already read and converted. */
export interface JdItemInput {
  skuId: string;
  /** 商品编号 (SPU); null when the row does not carry it. */
  wareId: string | null;
  title: string;
  outerSkuId: string | null;
  quantity: number;
  unitPriceFen: number;
  refund: LineRefundStatus;
  /** Refunds of this line that went through. */
  refundedFen: number;
}

/** One order row, read and converted; identity fields are raw and dropped here. */
export interface JdOrderInput {
  path: string;
  orderId: string;
  /** Status code or text, first the one that is known. */
  statusKeys: string[];
  createdAt: number;
  paidAt: number | null;
  shippedAt: number | null;
  completedAt: number | null;
  /** What the buyer pays, postage included (应收 / orderPayment). */
  payableFen: number;
  /** Postage, when the row shows it. */
  freightFen: number | null;
  pin: string | null;
  province: unknown;
  city: unknown;
  items: JdItemInput[];
}

// Line after-sales state [INFERRED names `refundStatusName` / `refundAmount`, platform-formats.md
// §2.1 shows none]: an absent state is no refund; an unknown one is a page change, not "none".
const LINE_REFUND: Readonly<Record<string, LineRefundStatus>> = {
  无: "none",
  退款中: "refunding",
  售后中: "refunding",
  退款审核中: "refunding",
  退款成功: "refunded",
  已退款: "refunded",
  退款完成: "refunded",
};

/** A line's refund state and the amount refunded (yuan) that went through. */
export function readLineRefund(
  item: Json,
  path: string,
): Pick<JdItemInput, "refund" | "refundedFen"> {
  const text = optStr(item.refundStatusName);
  const refund = text === null ? "none" : LINE_REFUND[text];
  if (refund === undefined)
    throw new ParseError("malformed", `${path}.refundStatusName: unknown ${text}`);
  const amount = item.refundAmount;
  return {
    refund,
    refundedFen:
      amount === undefined || amount === null ? 0 : yuanToFen(amount, `${path}.refundAmount`),
  };
}

function finalStatus(base: OrderStatus, paid: boolean, lines: OrderLine[], refundFen: number) {
  if (!paid || base === "unpaid") return base;
  const linesPaid = lines.reduce((s, l) => s + l.paidFen, 0);
  if (lines.every((l) => l.refundStatus === "refunded") && refundFen >= linesPaid)
    return "refunded";
  if (base !== "cancelled" && lines.some((l) => l.refundStatus === "refunding")) return "refunding";
  return base;
}

/**
 * The canonical order of a JD row. JD lists give unit prices, quantities and the amount due but
 * no per-line paid amount: the goods' share of the amount due is spread over the lines in
 * proportion to their value (a zero-price gift gets nothing). Without a postage field the part
 * of the amount due above the goods is postage. The buyer's pin only becomes a buyer key; names,
 * phones and street addresses are never read.
 */
export function buildOrder(input: JdOrderInput, ctx: ParseContext) {
  const key = input.statusKeys.find((k) => jdOrderStatus(k) !== null);
  const base = key === undefined ? null : jdOrderStatus(key);
  if (base === null)
    throw new ParseError("malformed", `${input.path}: unknown status ${input.statusKeys}`);
  if (input.items.length === 0) throw new ParseError("malformed", `${input.path}: no items`);
  const amounts = input.items.map((i) => i.unitPriceFen * i.quantity);
  const goodsFen = amounts.reduce((s, a) => s + a, 0);
  const shippingFen = input.freightFen ?? Math.max(0, input.payableFen - goodsFen);
  const discountFen = goodsFen + shippingFen - input.payableFen;
  if (discountFen < 0)
    throw new ParseError("malformed", `${input.path}: amount due exceeds goods and postage`);
  // Schema: paidFen is what the buyer paid, 0 while unpaid (a pre-sale deposit is not counted).
  const paid = input.paidAt !== null && base !== "unpaid";
  const linePaid = allocateFen(amounts, paid ? input.payableFen - shippingFen : 0);
  const seen = new Map<string, number>();
  const lines: OrderLine[] = input.items.map((item, i) => {
    // JD keys lines by SKU; the same SKU twice (a gift copy) gets a suffix.
    const n = (seen.get(item.skuId) ?? 0) + 1;
    seen.set(item.skuId, n);
    return {
      lineId: n === 1 ? item.skuId : `${item.skuId}-${n}`,
      itemId: item.wareId ?? item.skuId,
      skuId: item.skuId,
      outerSkuId: item.outerSkuId,
      title: item.title,
      skuText: null,
      quantity: item.quantity,
      unitPriceFen: item.unitPriceFen,
      paidFen: linePaid[i] ?? 0,
      refundStatus: item.refund,
    };
  });
  // What went through counts even while a further request on the line is open.
  const refundFen = input.items.reduce((s, i) => s + i.refundedFen, 0);
  const order: Omit<Order, "platform" | "shopId" | "capturedAt" | "source"> = {
    kind: "order",
    orderId: input.orderId,
    status: finalStatus(base, paid, lines, refundFen),
    createdAt: input.createdAt,
    paidAt: input.paidAt,
    shippedAt: input.shippedAt,
    completedAt: input.completedAt,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen: paid ? input.payableFen : 0,
    refundFen,
    province: normaliseProvince(input.province),
    city: normaliseCity(input.city),
    buyerKey: input.pin === null ? null : ctx.buyerKey("jd", input.pin),
    lines,
  };
  return order;
}

/**
 * One item of a JD order row; the two lists differ only in the quantity's field name (legacy
 * porder: `itemTotal`, sff: `num`).
 */
export function readJdItem(
  quantityField: "itemTotal" | "num",
  value: unknown,
  path: string,
): JdItemInput {
  const item = obj(value, path);
  return {
    skuId: id(item.skuId, `${path}.skuId`),
    wareId: optId(item.wareId),
    title: str(item.skuName, `${path}.skuName`).trim(),
    outerSkuId: optStr(item.outerSkuId),
    quantity: int(item[quantityField], `${path}.${quantityField}`),
    unitPriceFen: yuanToFen(item.jdPrice, `${path}.jdPrice`),
    ...readLineRefund(item, path),
  };
}
