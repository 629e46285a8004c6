import type { CaptureEnvelope } from "@tongshu/shared";
import { arr, id, isObject, type Json, obj, optInt, optStr } from "../../lib/read-values.ts";
import { ParseError, type ParseContext, type ParseOutput, type Parser } from "../types.ts";
import {
  bindShop,
  pageInfo,
  readJsonBody,
  readRequestJson,
  recordBase,
  yuanToFen,
} from "./common.ts";
import { JZT_CAMPAIGN_LIST } from "./endpoints.ts";

/**
 * 京准通 campaign report (platform-formats.md §2.4, `POST jzt-api.jd.com/reweb/msa/base/campaign/
 * list`): `{code:1, data:{datas:[…]}}`, code 1 = success, money in yuan. Columns as the request
 * names them: `impressions`, `clicks`, `cost`, `totalOrderCnt`, `totalOrderSum` (direct +
 * indirect orders in the request's click window, 30 days on the report page). Red-packet
 * (虚拟金) spend is mixed into `cost` by JD. Row ids `campaignId`, `campaignName` and the daily
 * `day` are [INFERRED].
 *
 * Ad records are per day: a daily report (`isDaily:true`) dates each row by its `day`; a
 * one-day report by its `startDay`; a multi-day total yields no records.
 */

function day(value: unknown): string | null {
  const text = optStr(value);
  const m = text === null ? null : /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function count(row: Json, key: string, path: string): number {
  const n = optInt(row[key]) ?? (row[key] === undefined || row[key] === null ? 0 : null);
  if (n === null || n < 0) throw new ParseError("malformed", `${path}.${key}: expected a count`);
  return n;
}

function yuan(row: Json, key: string, path: string): number {
  const v = row[key];
  return v === undefined || v === null ? 0 : yuanToFen(v, `${path}.${key}`);
}

export const jdJztCampaigns: Parser = {
  endpoint: JZT_CAMPAIGN_LIST,
  version: 1,
  kinds: ["ad"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const body = obj(readJsonBody(envelope), "body");
    if (body.code !== 1 && body.code !== "1") {
      const message = optStr(body.msg) ?? optStr(body.message) ?? "";
      // "-2011 loginMode is null" is what an expired session gets (§2.4).
      if (/loginMode|登录/i.test(message) || body.code === -2011)
        throw new ParseError(
          "login_required",
          `京准通: ${String(body.code)} ${message.slice(0, 120)}`,
        );
      throw new ParseError(
        "api_error",
        `京准通 code ${String(body.code)}: ${message.slice(0, 120)}`,
      );
    }
    const data = obj(body.data, "data");
    const rows = arr(data.datas, "data.datas");
    const request = readRequestJson(envelope);
    const oneDay =
      request !== null && day(request.startDay) === day(request.endDay)
        ? day(request.startDay)
        : null;
    const daily = request?.isDaily === true;
    const shop = bindShop(ctx, new Set());
    const base = recordBase(jdJztCampaigns, envelope, shop);
    const records = rows.flatMap((value, i) => {
      const path = `data.datas.${i}`;
      const row = obj(value, path);
      const date = daily ? day(row.day ?? row.date) : oneDay;
      if (daily && date === null) throw new ParseError("malformed", `${path}.day: expected a date`);
      if (date === null) return [];
      return [
        {
          ...base,
          kind: "ad" as const,
          date,
          channel: "jzt",
          campaignId: id(row.campaignId, `${path}.campaignId`),
          campaignName: optStr(row.campaignName),
          itemId: null,
          spendFen: yuan(row, "cost", path),
          impressions: count(row, "impressions", path),
          clicks: count(row, "clicks", path),
          attributedOrders: count(row, "totalOrderCnt", path),
          attributedFen: yuan(row, "totalOrderSum", path),
        },
      ];
    });
    const info = pageInfo(request, isObject(data) ? optInt(data.total) : null, rows.length);
    return { records, shop, ...(info ? { page: info } : {}) };
  },
};
