import type { LineRefundStatus, OrderLine } from "@tongshu/shared";
import { arr, id, int, isObject, obj, optId, optStr, str } from "../../lib/read-values.ts";
import { allocateFen } from "@tongshu/shared";
import { lineRefundStatus } from "./order-status.ts";
import { fen } from "./values.ts";

/** A sub-order as read, before the order's paid total is spread over the lines. */
export interface DraftLine extends Omit<OrderLine, "paidFen"> {
  goodsFen: number;
}

/** `[{name:"颜色分类",value:"黑色"},…]` → "颜色分类:黑色;尺码:L" (TOP's sku_properties_name form). */
export function joinProps(value: unknown): string | null {
  if (typeof value === "string") return optStr(value);
  if (!Array.isArray(value)) return null;
  const parts = value
    .filter(isObject)
    .map((p) => [optStr(p.name), optStr(p.value ?? p.text)] as const)
    .filter(([, v]) => v !== null)
    .map(([n, v]) => (n ? `${n}:${v}` : String(v)));
  return parts.length > 0 ? parts.join(";") : null;
}

/** 商家编码 sits in `itemInfo.extra[]` as {name, value} (shoperp reads extra[0]; we match the label). */
function outerCode(extra: unknown): string | null {
  if (!Array.isArray(extra)) return null;
  const entry = extra.filter(isObject).find((e) => /商家编码|货号/.test(String(e.name ?? "")));
  return entry ? optStr(entry.value) : null;
}

/** One `subOrders[]` entry of asyncSold / the Taobao detail page → a line without paidFen. */
export function readSubOrder(value: unknown, path: string): DraftLine {
  const sub = obj(value, path);
  const item = obj(sub.itemInfo, `${path}.itemInfo`);
  const price = obj(sub.priceInfo, `${path}.priceInfo`);
  // priceInfo is per unit (the list's 单价 column): `original` struck through, `realTotal` the
  // price the item sold at after item-level promotions. Order-level discounts are not in it.
  const unitPriceFen = fen(price.realTotal ?? price.original, `${path}.priceInfo.realTotal`);
  const quantity = int(sub.quantity, `${path}.quantity`);
  const texts = (Array.isArray(sub.operations) ? sub.operations : [])
    .filter(isObject)
    .map((o) => optStr(o.text) ?? "");
  return {
    lineId: id(sub.id, `${path}.id`),
    itemId: id(item.id, `${path}.itemInfo.id`),
    // skuId -1 / 0 = an item without variants (or not shown on the list).
    skuId: optId(item.skuId),
    outerSkuId: outerCode(item.extra),
    title: str(item.title, `${path}.itemInfo.title`),
    skuText: joinProps(item.skuText),
    quantity,
    unitPriceFen,
    refundStatus: lineRefundStatus(texts),
    goodsFen: unitPriceFen * quantity,
  };
}

export function readSubOrders(value: unknown, path: string): DraftLine[] {
  return arr(value, path).map((sub, i) => readSubOrder(sub, `${path}.${i}`));
}

/** Spreads the goods part of what was paid (paid − postage) over the lines by their goods value. */
export function finishLines(lines: readonly DraftLine[], goodsPaidFen: number): OrderLine[] {
  const shares = allocateFen(
    lines.map((l) => l.goodsFen),
    goodsPaidFen,
  );
  return lines.map(({ goodsFen: _goods, ...line }, i) => ({ ...line, paidFen: shares[i] ?? 0 }));
}

export function lineStates(lines: readonly DraftLine[]): LineRefundStatus[] {
  return lines.map((l) => l.refundStatus);
}
