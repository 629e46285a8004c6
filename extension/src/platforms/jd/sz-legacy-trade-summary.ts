import type { CaptureEnvelope } from "@tongshu/shared";
import { isObject, type Json, obj, optStr } from "../../lib/read-values.ts";
import { ParseError, type ParseContext, type ParseOutput, type Parser } from "../types.ts";
import { bindShop, readJsonBody, recordBase, yuanToFen } from "./common.ts";
import { SZ_LEGACY_TRADE_SUMMARY } from "./endpoints.ts";
import { readPeriod } from "./sz-gateway.ts";

function value(content: Json, key: string): unknown {
  const cell = content[key];
  return isObject(cell) ? cell.value : undefined;
}

function count(content: Json, key: string): number | null {
  const v = value(content, key);
  if (v === undefined || v === null || v === "" || v === "-") return null;
  const n = typeof v === "string" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
    throw new ParseError("malformed", `content.${key}.value: expected a count`);
  return n;
}

/**
 * Old 京东商智 (sz.jd.com) trade summary, `GET /sz/api/trade/getSummaryData.ajax` (platform-formats.md
 * §2.3): `content.{UV, OrdNum, OrdAmt, CustPriceAvg, ToOrdRate}.value`, yuan. The period comes
 * from the query (`startDate`/`endDate`, or `date` for one day). Page views and buyers are not in
 * this answer (null); the average price and the rate are ratios and are not stored.
 */
export const jdSzLegacyTradeSummary: Parser = {
  endpoint: SZ_LEGACY_TRADE_SUMMARY,
  version: 1,
  kinds: ["traffic"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const body = obj(readJsonBody(envelope), "body");
    if (!isObject(body.content)) {
      const message = optStr(body.message) ?? optStr(body.msg) ?? "no content";
      throw new ParseError("api_error", `商智: ${message.slice(0, 120)}`);
    }
    const content = body.content;
    const query = new URL(envelope.url).searchParams;
    const start = query.get("startDate") ?? query.get("date");
    const period = readPeriod({ startDate: start, endDate: query.get("endDate") ?? start });
    const shop = bindShop(ctx, new Set());
    const amount = value(content, "OrdAmt");
    const record = {
      ...recordBase(jdSzLegacyTradeSummary, envelope, shop),
      kind: "traffic" as const,
      ...period,
      itemId: null,
      visitors: count(content, "UV"),
      pageViews: null,
      buyers: null,
      paidOrders: count(content, "OrdNum"),
      paidFen:
        amount === undefined || amount === null ? null : yuanToFen(amount, "content.OrdAmt.value"),
      cartBuyers: null,
      favBuyers: null,
    };
    return { records: [record], shop };
  },
};
