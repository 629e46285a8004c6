import type { Order } from "@tongshu/shared";
import { extractEmbeddedJson } from "../../lib/parse-json.ts";
import { arr, id, isObject, obj, optStr, pick } from "../../lib/read-values.ts";
import { assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { ORDER_DETAIL } from "./endpoints.ts";
import { lineStates, readSubOrders } from "./order-lines.ts";
import { orderMoney } from "./order-money.ts";
import { resolveStatus, tradeState } from "./order-status.ts";
import { provinceCity } from "./region.ts";
import { resolveShop } from "./shop.ts";
import { beijingTime, fen, optBeijingTime } from "./values.ts";

/**
 * Taobao 订单详情 (trade.taobao.com/detail/orderDetail.htm?bizOrderId=…): the page embeds
 * `var data = JSON.parse('…')` (platform-formats.md §1.1, shoperp ParseOrder). It adds what the
 * list lacks: pay/ship/完成 times, postage and the receiver's province and city.
 */

/** `orderInfo.lines[].content[].value{name,value}` → a map of label → text. */
function labelledValues(mainOrder: Record<string, unknown>): Map<string, string> {
  const labels = new Map<string, string>();
  const lines = pick(mainOrder, "orderInfo.lines");
  for (const line of Array.isArray(lines) ? lines : []) {
    const content = pick(line, "content");
    for (const cell of Array.isArray(content) ? content : []) {
      const value = pick(cell, "value");
      const name = optStr(pick(value, "name"))?.replace(/[:：]$/, "");
      const text = optStr(pick(value, "value"));
      if (name && text) labels.set(name, text);
    }
  }
  return labels;
}

/** `totalPrice[].content[].value` holds "(快递:12.00)" for postage (0 when the line is absent). */
function postage(mainOrder: Record<string, unknown>): number {
  const rows = Array.isArray(mainOrder.totalPrice) ? mainOrder.totalPrice : [];
  for (const [i, row] of rows.entries()) {
    for (const cell of arr(pick(row, "content") ?? [], `totalPrice.${i}.content`)) {
      const text = isObject(cell) ? optStr(cell.value) : null;
      const match = text ? /(?:快递|运费|EMS|平邮|物流)[:：]\s*￥?([\d.,]+)/.exec(text) : null;
      if (match?.[1]) return fen(match[1], `totalPrice.${i}`);
    }
  }
  return 0;
}

function logisticsAddress(data: Record<string, unknown>): string | null {
  const tabs = Array.isArray(data.tabs) ? data.tabs : [];
  const tab = tabs.find((t) => pick(t, "id") === "logistics");
  return optStr(pick(tab, "content.address"));
}

export const orderDetailParser: Parser = {
  endpoint: ORDER_DETAIL,
  version: 1,
  kinds: ["order"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    const data = obj(extractEmbeddedJson(envelope.responseBody, "data"), "data");
    const main = obj(data.mainOrder, "mainOrder");
    const shop = resolveShop(ctx);
    const labels = labelledValues(main);
    const statusText = optStr(pick(main, "statusInfo.text"));
    const state = tradeState(null, statusText);
    if (state === null)
      throw new ParseError("malformed", `mainOrder.statusInfo.text: ${statusText}`);
    const drafts = readSubOrders(main.subOrders, "mainOrder.subOrders");
    if (drafts.length === 0) throw new ParseError("malformed", "mainOrder.subOrders: empty");
    const status = resolveStatus(state, lineStates(drafts));
    const actual = fen(pick(main, "payInfo.actualFee.value"), "mainOrder.payInfo.actualFee.value");
    const region = provinceCity(logisticsAddress(data));
    const nick = optStr(pick(main, "buyer.nick"));
    const order: Order = {
      kind: "order",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(orderDetailParser) },
      orderId: id(main.id ?? labels.get("订单编号"), "mainOrder.id"),
      status,
      createdAt: beijingTime(labels.get("创建时间") ?? labels.get("下单时间"), "创建时间"),
      paidAt: optBeijingTime(labels.get("付款时间"), "付款时间"),
      shippedAt: optBeijingTime(labels.get("发货时间"), "发货时间"),
      completedAt: optBeijingTime(labels.get("成交时间") ?? labels.get("确认收货时间"), "成交时间"),
      ...orderMoney(drafts, postage(main), actual, status),
      ...region,
      buyerKey: nick === null ? null : ctx.buyerKey(shop.platform, nick),
    };
    return { records: [order], shop };
  },
};
