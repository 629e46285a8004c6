import { daysBetween, isBusinessDate, type Traffic } from "@tongshu/shared";
import { isObject, type Json, obj, optStr } from "../../lib/read-values.ts";
import { ParseError } from "../types.ts";
import { yuanToFen } from "./common.ts";

/**
 * 商智 lowcode gateway (platform-formats.md §2.3): `{header:{code:0}, body:{data, size}}`. A non-zero
 * code is the gateway's error; size 0 means no permission or bad parameters, not "no sales".
 */
export function readSzData(body: unknown): unknown {
  const json = obj(body, "body");
  const header = obj(json.header, "header");
  const code = header.code;
  if (code !== 0 && code !== "0") {
    const message = optStr(header.msg) ?? optStr(header.message) ?? "";
    if (code === 401 || code === 403 || /登录|login/i.test(message))
      throw new ParseError(
        "login_required",
        `商智 gateway: ${String(code)} ${message.slice(0, 120)}`,
      );
    throw new ParseError(
      "api_error",
      `商智 gateway code ${String(code)}: ${message.slice(0, 120)}`,
    );
  }
  const content = obj(json.body, "body.body");
  if (content.size === 0 || content.data === null || content.data === undefined)
    throw new ParseError(
      "suspicious_empty",
      "商智 answered size 0 (no permission or bad parameters)",
    );
  return content.data;
}

/** The figures' period from the request's `startDate`/`endDate` (the data carries no date). */
export function readPeriod(request: Json | null): { date: string; days: number } {
  const start = request?.startDate;
  const end = request?.endDate ?? start;
  if (!isBusinessDate(start) || !isBusinessDate(end))
    throw new ParseError("malformed", "request body has no startDate/endDate (YYYY-MM-DD)");
  const days = daysBetween(start, end) + 1;
  if (days < 1 || days > 366) throw new ParseError("malformed", `bad period ${start}..${end}`);
  return { date: start, days };
}

/**
 * Indicator codes [INFERRED from JD's naming, see endpoints.ts]: `…_cnt` distinct users,
 * `…_qtty` quantities, `…_amt` yuan. Every 商智 figure is in yuan / plain counts.
 */
export const SZ_INDICATORS = {
  visitors: "jdr_sch_traffic_brow_sku__page_cnt_traffic_plat_item_di_sz_bsg",
  pageViews: "jdr_sch_traffic_brow_sku__page_qtty_traffic_plat_item_di_sz_bsg",
  buyers: "jdr_sch_trade_deal_ord_ord_cnt_sz_trade_deal_snapshot",
  paidOrders: "jdr_sch_trade_deal_ord_ord_qtty_sz_trade_deal_snapshot",
  paidAmount: "jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot",
} as const;

/** A figure as a number, a numeric string or `{value}`; "-" and absent are unknown (null). */
function figure(row: Json, key: string): unknown {
  const value = row[key];
  return isObject(value) ? value.value : value;
}

function count(row: Json, key: string, path: string): number | null {
  const value = figure(row, key);
  if (value === undefined || value === null || value === "" || value === "-" || value === "--")
    return null;
  const n = typeof value === "string" ? Number(value.replace(/,/g, "")) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
    throw new ParseError("malformed", `${path}.${key}: expected a count`);
  return n;
}

function money(row: Json, key: string, path: string): number | null {
  const value = figure(row, key);
  if (value === undefined || value === null || value === "" || value === "-" || value === "--")
    return null;
  return yuanToFen(value, `${path}.${key}`);
}

export type TrafficFigures = Pick<
  Traffic,
  "visitors" | "pageViews" | "buyers" | "paidOrders" | "paidFen" | "cartBuyers" | "favBuyers"
>;

/** The canonical figures of one indicator-keyed row; add-to-cart / favourites have no known code. */
export function readFigures(row: Json, path: string): TrafficFigures {
  return {
    visitors: count(row, SZ_INDICATORS.visitors, path),
    pageViews: count(row, SZ_INDICATORS.pageViews, path),
    buyers: count(row, SZ_INDICATORS.buyers, path),
    paidOrders: count(row, SZ_INDICATORS.paidOrders, path),
    paidFen: money(row, SZ_INDICATORS.paidAmount, path),
    cartBuyers: null,
    favBuyers: null,
  };
}
