import type { Traffic } from "@tongshu/shared";
import { arr, id, type Json, obj, optInt } from "../../lib/read-values.ts";
import type { Parser } from "../types.ts";
import { GOODS_DATA } from "./endpoints.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import {
  count,
  date,
  isObfuscatedPeriod,
  type Period,
  rangePeriod,
  yuan,
} from "./sydney-metrics.ts";

/**
 * 数据中心 › 商品数据 `queryGoodsDetailVOList` / `…ForMMS` (platform-formats.md §3.3) → one
 * item-level traffic record per goods row: `goodsUv` visitors, `goodsPv` page views,
 * `payOrdrUsrCnt` buyers, `payOrdrCnt` paid orders, `payOrdrAmt` YUAN (stored as a float by
 * jiangtaozy), `goodsFavCnt` favourite buyers. `…Ppr` / `…Ytd` companions are not read (see
 * endpoints.ts). The period is the request's startDate..endDate, else the row's `statDate`.
 */

function periodOf(request: Json, row: Json, path: string): Period {
  if (request.startDate !== undefined && request.endDate !== undefined)
    return rangePeriod(request.startDate, request.endDate, "request");
  return { date: date(row.statDate, `${path}.statDate`), days: 1 };
}

export const goodsData: Parser = {
  endpoint: GOODS_DATA,
  version: 1,
  kinds: ["traffic"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const request = readRequest(envelope);
    const rows = arr(result.goodsDetailList ?? [], "result.goodsDetailList").map((x, i) =>
      obj(x, `result.goodsDetailList.${i}`),
    );
    const shop = resolveMall(
      ctx,
      rows.map((r) => r.mallId),
    );
    const base = baseOf(envelope, goodsData, shop);
    const records = rows.map((row, i): Traffic => {
      const path = `result.goodsDetailList.${i}`;
      const period = periodOf(request, row, path);
      const hidden = isObfuscatedPeriod(period, envelope.capturedAt);
      return {
        kind: "traffic",
        ...base,
        date: period.date,
        days: period.days,
        itemId: id(row.goodsId, `${path}.goodsId`),
        visitors: count(row.goodsUv, `${path}.goodsUv`, hidden),
        pageViews: count(row.goodsPv, `${path}.goodsPv`, hidden),
        buyers: count(row.payOrdrUsrCnt, `${path}.payOrdrUsrCnt`, hidden),
        paidOrders: count(row.payOrdrCnt, `${path}.payOrdrCnt`, hidden),
        paidFen: yuan(row.payOrdrAmt, `${path}.payOrdrAmt`, hidden),
        cartBuyers: null,
        favBuyers: count(row.goodsFavCnt, `${path}.goodsFavCnt`, hidden),
      };
    });
    return {
      records,
      shop,
      page: {
        current: optInt(request.pageNum) ?? 1,
        size: optInt(request.pageSize) ?? rows.length,
        total: optInt(result.totalNum),
        rows: rows.length,
      },
    };
  },
};
