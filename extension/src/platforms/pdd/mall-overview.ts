import type { Traffic } from "@tongshu/shared";
import { optInt } from "../../lib/read-values.ts";
import { ParseError, type Parser } from "../types.ts";
import { MALL_OVERVIEW } from "./endpoints.ts";
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
 * 数据中心 shop overview `queryMallDataPageOverView` (platform-formats.md §3.3, real sample) →
 * one shop-level traffic record. The result is flat: `payOrdrAmt` in YUAN with decimals (unlike
 * mms fen), `payOrdrUsrCnt` buyers, `payOrdrCnt` paid orders; `…Pct` are change ratios, not
 * figures. The payload names neither date nor mall: the period comes from the page's request,
 * the mall from the session.
 *
 * Not mapped: visitors (only `payUvRto` is sent; visitors = buyers ÷ rate would be an
 * estimate), `mallFavCnt` (shop followers, not goods-favourite buyers), `cfm…` (成交 twins of
 * the `pay…` figures).
 */

/**
 * The period asked for. startDate/endDate when the page sends them; else `queryType` 1 is the
 * single day `queryDate` [INFERRED]. Other types (4 = "last month" in §3.3) do not say which
 * days they cover, so they are refused rather than stored under a guessed date.
 */
function periodOf(request: Record<string, unknown>): Period {
  if (request.startDate !== undefined && request.endDate !== undefined)
    return rangePeriod(request.startDate, request.endDate, "request");
  const type = optInt(request.queryType);
  if (type === 1) return { date: date(request.queryDate, "request.queryDate"), days: 1 };
  throw new ParseError(
    "malformed",
    `request.queryType ${String(request.queryType)}: period unknown`,
  );
}

export const mallOverview: Parser = {
  endpoint: MALL_OVERVIEW,
  version: 1,
  kinds: ["traffic"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const shop = resolveMall(ctx, [result.mallId, result.mall_id]);
    const period = periodOf(readRequest(envelope));
    const hidden = isObfuscatedPeriod(period, envelope.capturedAt);
    const record: Traffic = {
      kind: "traffic",
      ...baseOf(envelope, mallOverview, shop),
      date: period.date,
      days: period.days,
      itemId: null,
      visitors: null,
      pageViews: null,
      buyers: count(result.payOrdrUsrCnt, "result.payOrdrUsrCnt", hidden),
      paidOrders: count(result.payOrdrCnt, "result.payOrdrCnt", hidden),
      paidFen: yuan(result.payOrdrAmt, "result.payOrdrAmt", hidden),
      cartBuyers: null,
      favBuyers: null,
    };
    return { records: [record], shop };
  },
};
