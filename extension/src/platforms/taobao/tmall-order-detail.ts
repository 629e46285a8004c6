import type { Order } from "@tongshu/shared";
import { extractEmbeddedJson } from "../../lib/parse-json.ts";
import { arr, id, isObject, obj, optStr, pick } from "../../lib/read-values.ts";
import { assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { TMALL_ORDER_DETAIL } from "./endpoints.ts";
import { type DraftLine, readSubOrder } from "./order-lines.ts";
import { orderMoney } from "./order-money.ts";
import { resolveStatus, tradeState } from "./order-status.ts";
import { provinceCity } from "./region.ts";
import { resolveShop } from "./shop.ts";
import { fen, optBeijingTime } from "./values.ts";

/**
 * Tmall 订单详情 (trade.tmall.com/detail/orderDetail.htm?bizOrderId=…): `var detailData = {…}`
 * (platform-formats.md §1.1). Times come from the step bar, money from `amount.count`, the
 * region from `basic.lists[收货地址]`. Sub-orders keep priceInfo as `[{text:"￥12.00"}]`.
 */

/** `basic.lists[{key, content:[{text}]}]` → the joined text of the entry named `key`. */
function basicEntry(data: Record<string, unknown>, key: RegExp): string | null {
  const lists = pick(data, "basic.lists");
  const entry = (Array.isArray(lists) ? lists : []).find((l) => key.test(String(pick(l, "key"))));
  const content = pick(entry, "content");
  if (!Array.isArray(content)) return null;
  return optStr(content.map((c) => (isObject(c) ? String(c.text ?? "") : "")).join(""));
}

/** `stepbar.options[{content:"买家付款", time}]` → the time of the first step matching `step`. */
function stepTime(data: Record<string, unknown>, step: RegExp, path: string): number | null {
  const options = pick(data, "stepbar.options");
  const option = (Array.isArray(options) ? options : []).find((o) =>
    step.test(String(pick(o, "content"))),
  );
  return optBeijingTime(pick(option, "time"), path);
}

/** `amount.count[][].content[].data{titleLink.text, money.text}` → label → fen. */
function amounts(data: Record<string, unknown>): Map<string, number> {
  const found = new Map<string, number>();
  const rows = pick(data, "amount.count");
  for (const row of Array.isArray(rows) ? rows : []) {
    for (const cell of Array.isArray(row) ? row : []) {
      for (const part of arr(pick(cell, "content") ?? [], "amount.count.content")) {
        const label = optStr(pick(part, "data.titleLink.text"));
        const money = pick(part, "data.money.text");
        if (label && money !== undefined) found.set(label, fen(money, `amount[${label}]`));
      }
    }
  }
  return found;
}

function readLines(data: Record<string, unknown>): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const [i, order] of arr(pick(data, "orders.list"), "orders.list").entries()) {
    for (const [j, status] of arr(pick(order, "status"), `orders.list.${i}.status`).entries()) {
      const path = `orders.list.${i}.status.${j}.subOrders`;
      for (const [k, sub] of arr(pick(status, "subOrders"), path).entries()) {
        const raw = obj(sub, `${path}.${k}`);
        // Tmall's item block may carry only a link; the id is its ?id= parameter.
        const item = obj(raw.itemInfo, `${path}.${k}.itemInfo`);
        const itemUrl = String(item.itemUrl ?? "");
        const urlId = /[?&]id=(\d+)/.exec(itemUrl)?.[1];
        const urlSku = /[?&]skuId=(\d+)/.exec(itemUrl)?.[1];
        const price = arr(raw.priceInfo, `${path}.${k}.priceInfo`)[0];
        lines.push(
          readSubOrder(
            {
              ...raw,
              itemInfo: { ...item, id: item.id ?? urlId, skuId: item.skuId ?? urlSku },
              priceInfo: { realTotal: pick(price, "text") },
            },
            `${path}.${k}`,
          ),
        );
      }
    }
  }
  return lines;
}

export const tmallOrderDetailParser: Parser = {
  endpoint: TMALL_ORDER_DETAIL,
  version: 1,
  kinds: ["order"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    const data = obj(extractEmbeddedJson(envelope.responseBody, "detailData"), "detailData");
    // Tmall's order pages serve Tmall shops only: the host is the payload's word on the platform.
    const shop = resolveShop(ctx, { platform: "tmall" });
    const statusText = optStr(pick(data, "overStatus.status.content.0.text"));
    const state = tradeState(null, statusText);
    if (state === null) throw new ParseError("malformed", `overStatus: ${statusText}`);
    const drafts = readLines(data);
    if (drafts.length === 0) throw new ParseError("malformed", "orders.list: no sub-orders");
    const status = resolveStatus(
      state,
      drafts.map((l) => l.refundStatus),
    );
    const money = amounts(data);
    const actual = money.get("实收款") ?? money.get("实付款");
    if (actual === undefined) throw new ParseError("malformed", "amount.count: no 实收款");
    const shipping = [...money].find(([label]) => label.startsWith("运费"))?.[1] ?? 0;
    const orderId =
      new URL(envelope.url).searchParams.get("bizOrderId") ?? basicEntry(data, /订单编号/);
    const createdAt = stepTime(data, /拍下/, "stepbar[拍下商品]");
    if (createdAt === null) throw new ParseError("malformed", "stepbar: no 拍下商品 time");
    const nick = basicEntry(data, /买家昵称/);
    const order: Order = {
      kind: "order",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(tmallOrderDetailParser) },
      orderId: id(orderId, "bizOrderId"),
      status,
      createdAt,
      paidAt: stepTime(data, /付款/, "stepbar[付款]"),
      shippedAt: stepTime(data, /发货/, "stepbar[发货]"),
      completedAt: stepTime(data, /确认收货|交易成功/, "stepbar[确认收货]"),
      ...orderMoney(drafts, shipping, actual, status),
      ...provinceCity(basicEntry(data, /收货地址/)),
      buyerKey: nick === null ? null : ctx.buyerKey(shop.platform, nick),
    };
    return { records: [order], shop };
  },
};
