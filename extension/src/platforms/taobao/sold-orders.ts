import type { Order } from "@tongshu/shared";
import { parseJsonLossless, stripJsonp } from "../../lib/parse-json.ts";
import { arr, id, isObject, obj, optInt, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { type ParseContext, ParseError, type Parser, parserName } from "../types.ts";
import { SOLD_ORDERS } from "./endpoints.ts";
import { lineStates, readSubOrders } from "./order-lines.ts";
import { orderMoney } from "./order-money.ts";
import { resolveStatus, tradeState } from "./order-status.ts";
import { resolveShop, type TaobaoShop } from "./shop.ts";
import { beijingTime, fen } from "./values.ts";

/**
 * 已卖出的宝贝: POST trade.taobao.com/trade/itemlist/asyncSold.htm (platform-formats.md §1.1).
 * The list shows creation time only (pay/ship times come from the detail pages), no address,
 * and the buyer as `buyer.nick`, which leaves the parser only as a buyer key.
 */

/** `payInfo.postFees: [{prefix:"(含运费", value:"￥0.00", suffix:")"}]` → postage in fen. */
function postage(payInfo: Record<string, unknown>, path: string): number {
  const fees = Array.isArray(payInfo.postFees) ? payInfo.postFees : [];
  return fees
    .filter(isObject)
    .reduce((sum, f, i) => sum + fen(f.value, `${path}.postFees.${i}.value`), 0);
}

/** `orderInfo.b2C` is true on Tmall (B2C) orders: the payload's own word on the platform. */
function payloadPlatform(orders: readonly unknown[]): "taobao" | "tmall" | null {
  const flags = new Set(
    orders.map((o) => pick(o, "orderInfo.b2C")).filter((b) => typeof b === "boolean"),
  );
  if (flags.size !== 1) return null;
  return flags.has(true) ? "tmall" : "taobao";
}

function readOrder(
  value: unknown,
  path: string,
  shop: TaobaoShop,
  base: Pick<Order, "capturedAt" | "source">,
  ctx: ParseContext,
): Order {
  const main = obj(value, path);
  const orderInfo = obj(main.orderInfo, `${path}.orderInfo`);
  const payInfo = obj(main.payInfo, `${path}.payInfo`);
  const statusText = optStr(pick(main, "statusInfo.text"));
  const enumStatus = optStr(pick(main, "extra.tradeStatus"));
  const state = tradeState(enumStatus, statusText);
  if (state === null)
    throw new ParseError(
      "malformed",
      `${path}: unknown status ${enumStatus ?? ""} ${statusText ?? ""}`,
    );
  const drafts = readSubOrders(main.subOrders, `${path}.subOrders`);
  if (drafts.length === 0) throw new ParseError("malformed", `${path}.subOrders: empty`);
  const status = resolveStatus(state, lineStates(drafts));
  const money = orderMoney(
    drafts,
    postage(payInfo, `${path}.payInfo`),
    fen(payInfo.actualFee, `${path}.payInfo.actualFee`),
    status,
  );
  const nick = optStr(pick(main, "buyer.nick"));
  return {
    kind: "order",
    platform: shop.platform,
    shopId: shop.shopId,
    ...base,
    orderId: id(main.id ?? orderInfo.id, `${path}.id`),
    status,
    createdAt: beijingTime(orderInfo.createTime, `${path}.orderInfo.createTime`),
    paidAt: null,
    shippedAt: null,
    completedAt: null,
    ...money,
    province: null,
    city: null,
    buyerKey: nick === null ? null : ctx.buyerKey(shop.platform, nick),
  };
}

export const soldOrdersParser: Parser = {
  endpoint: SOLD_ORDERS,
  version: 1,
  kinds: ["order"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(stripJsonp(envelope.responseBody)), "$");
    const error = optStr(json.error);
    if (error !== null)
      throw new ParseError("api_error", `asyncSold error: ${error.slice(0, 100)}`);
    const page = obj(json.page, "page");
    const mainOrders = arr(json.mainOrders, "mainOrders");
    const shop = resolveShop(ctx, { platform: payloadPlatform(mainOrders) });
    const base = {
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(soldOrdersParser) },
    };
    const records = mainOrders.map((o, i) => readOrder(o, `mainOrders.${i}`, shop, base, ctx));
    return {
      records,
      shop,
      page: {
        current: optInt(page.currentPage) ?? 1,
        size: optInt(page.pageSize) ?? records.length,
        total: optInt(page.totalNumber),
        rows: records.length,
      },
    };
  },
};
