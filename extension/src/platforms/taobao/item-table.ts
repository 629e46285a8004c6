import type { Sku, SkuStatus } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { arr, id, isObject, obj, optInt, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { ITEM_TABLE } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { fen } from "./values.ts";

/**
 * 出售中的宝贝 / 仓库中的宝贝: POST …/taobao|tmall/manager/table.htm (platform-formats.md §1.2).
 * The table lists items, not SKUs, and shows no stock. Each row becomes ONE item-level sku
 * record with skuId "0" (the SkuSchema convention for "the item as a whole"): title, the
 * table's current price (the lowest SKU price for multi-SKU items) and listing status, stock
 * unknown (null). Per-SKU price, stock and 商家编码 come from the item editor parser, which
 * uses "0" too for items without variants, so the two views of a single-SKU item share a key.
 */

const STATUS_TEXT: ReadonlyArray<readonly [RegExp, SkuStatus]> = [
  [/售罄|卖完/, "soldout"],
  [/出售中|在售|销售中/, "onsale"],
  [/仓库|下架|待上架|违规|定时上架/, "offshelf"],
];

const TAB_STATUS: Readonly<Record<string, SkuStatus>> = {
  on_sale: "onsale",
  in_stock: "offshelf",
  sold_out: "soldout",
};

/** The request's `jsonBody={…,"tab":"on_sale"}` says which tab the rows come from. */
function requestTab(requestBody: string | null): string | null {
  if (!requestBody) return null;
  const json = new URLSearchParams(requestBody).get("jsonBody");
  if (!json) return null;
  try {
    return optStr(pick(JSON.parse(json), "tab"));
  } catch {
    return null;
  }
}

function rowStatus(row: Record<string, unknown>, tab: string | null, path: string): SkuStatus {
  const text = optStr(pick(row, "upShelfDate_m.status.text"));
  const fromText = text ? STATUS_TEXT.find(([p]) => p.test(text))?.[1] : undefined;
  const status = fromText ?? (tab ? TAB_STATUS[tab] : undefined);
  if (!status) throw new ParseError("malformed", `${path}: unknown listing status ${text ?? ""}`);
  return status;
}

/** `itemDesc.desc[{uiType:"link", text:"<title>"}]`: the title is the link's text. */
function title(row: Record<string, unknown>, path: string): string {
  const desc = pick(row, "itemDesc.desc");
  const link = (Array.isArray(desc) ? desc : []).filter(isObject).find((d) => optStr(d.text));
  const text = link ? optStr(link.text) : null;
  if (text === null) throw new ParseError("malformed", `${path}.itemDesc.desc: no title`);
  return text;
}

export const itemTableParser: Parser = {
  endpoint: ITEM_TABLE,
  version: 1,
  kinds: ["sku"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(envelope.responseBody), "$");
    if (json.success !== true)
      throw new ParseError(
        "api_error",
        `table.htm: ${optStr(json.message) ?? "success is not true"}`,
      );
    const isTmallHost = new URL(envelope.url).hostname.endsWith(".tmall.com");
    const shop = resolveShop(ctx, { platform: isTmallHost ? "tmall" : null });
    const rows = arr(pick(json, "data.table.dataSource"), "data.table.dataSource");
    const tab = requestTab(envelope.requestBody);
    const source = { url: envelope.url, parser: parserName(itemTableParser) };
    const records: Sku[] = rows.map((value, i) => {
      const path = `data.table.dataSource.${i}`;
      const row = obj(value, path);
      return {
        kind: "sku",
        platform: shop.platform,
        shopId: shop.shopId,
        capturedAt: envelope.capturedAt,
        source,
        itemId: id(row.itemId, `${path}.itemId`),
        skuId: "0",
        outerSkuId: optStr(row.outerId ?? row.outerId_m),
        title: title(row, path),
        skuText: null,
        priceFen: fen(pick(row, "managerPrice.currentPrice"), `${path}.managerPrice.currentPrice`),
        stock: null,
        status: rowStatus(row, tab, path),
      };
    });
    const pagination = obj(pick(json, "data.pagination") ?? {}, "data.pagination");
    return {
      records,
      shop,
      page: {
        current: optInt(pagination.current) ?? 1,
        size: optInt(pagination.pageSize) ?? rows.length,
        total: optInt(pagination.total),
        rows: rows.length,
      },
    };
  },
};
