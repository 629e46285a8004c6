import type { Traffic } from "@tongshu/shared";
import { arr, id, obj, optInt, pick } from "../../lib/read-values.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { SYCM_ITEM_TOP } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { type MetricCodes, readMetrics, sycmData, sycmPeriod } from "./sycm.ts";

/**
 * 商品排行: /cc/item/view/top.json → one item-level traffic record per row
 * (`data.data[{item:{itemId}, itmUv:{value}, …}]`, total in `data.recordCount`).
 *
 * Empty lists: the ranking lists every item that had visitors, so an empty FIRST page of an
 * unfiltered query means sycm accepted a wrong query (platform-formats.md §1.3: code:0 with
 * an empty list) → "suspicious_empty", nothing stored. An empty later page is the end of the
 * list, and a keyword/category filter may genuinely match nothing: both give no records.
 */
const CODES: MetricCodes = {
  visitors: ["itmUv"],
  pageViews: ["itmPv"],
  buyers: ["payByrCnt"],
  paidOrders: ["payOrdCnt"],
  paidFen: ["payAmt"],
  cartBuyers: ["itemCartByrCnt"],
  favBuyers: ["itemCltByrCnt"],
};

export const sycmItemTopParser: Parser = {
  endpoint: SYCM_ITEM_TOP,
  version: 1,
  kinds: ["traffic"],
  parse(envelope, ctx) {
    const data = obj(sycmData(envelope.responseBody, envelope.status) ?? {}, "data");
    const period = sycmPeriod(envelope.url);
    const params = new URL(envelope.url).searchParams;
    const pageNo = optInt(params.get("page")) ?? 1;
    const filtered = Boolean(params.get("keyword") || params.get("cateId"));
    const rows = arr(data.data ?? [], "data.data");
    if (rows.length === 0 && pageNo === 1 && !filtered)
      throw new ParseError("suspicious_empty", "sycm item ranking: code 0 with no items on page 1");
    const shop = resolveShop(ctx);
    const source = { url: envelope.url, parser: parserName(sycmItemTopParser) };
    const records: Traffic[] = rows.map((value, i) => {
      const path = `data.data.${i}`;
      const row = obj(value, path);
      return {
        kind: "traffic",
        platform: shop.platform,
        shopId: shop.shopId,
        capturedAt: envelope.capturedAt,
        source,
        ...period,
        itemId: id(pick(row, "item.itemId") ?? row.itemId, `${path}.item.itemId`),
        ...readMetrics(row, CODES, path),
      };
    });
    return {
      records,
      shop,
      page: {
        current: pageNo,
        size: optInt(params.get("pageSize")) ?? rows.length,
        total: optInt(data.recordCount),
        rows: rows.length,
      },
    };
  },
};
