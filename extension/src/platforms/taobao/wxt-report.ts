import type { Ad } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { arr, id, obj, optId, optInt, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { type AdRow, sumByCampaign } from "./ad-rows.ts";
import { WXT_REPORT } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { businessDate, count, fen } from "./values.ts";

/**
 * 万相台 (one.alimama.com/report/query.json, bizCode=universalBP), platform-formats.md §1.4:
 * `data.list[{thedate, campaignId, campaignName, promotionId, charge, adPv, click,
 * alipayInshopNum, alipayInshopAmt, …}]`, money in yuan, split by day (splitType=day).
 * Channel "wxt". Rows without a campaign (rptType=account / the original_scene domain) are
 * totals of the campaign rows: storing both would count the spend twice, so they are skipped.
 * Attribution is 店内 (in-shop) with the request's effectEqual window.
 */
function readRow(value: unknown, path: string): AdRow | null {
  const row = obj(value, path);
  const campaignId = optId(row.campaignId);
  if (campaignId === null) return null;
  return {
    date: businessDate(row.thedate, `${path}.thedate`),
    campaignId: id(campaignId, `${path}.campaignId`),
    campaignName: optStr(row.campaignName),
    // In the promotion domain a row's promotionId is the promoted item.
    itemId: optId(row.promotionId),
    spendFen: fen(row.charge ?? 0, `${path}.charge`),
    impressions: count(row.adPv ?? 0, `${path}.adPv`),
    clicks: count(row.click ?? 0, `${path}.click`),
    attributedOrders: count(row.alipayInshopNum ?? 0, `${path}.alipayInshopNum`),
    attributedFen: fen(row.alipayInshopAmt ?? 0, `${path}.alipayInshopAmt`),
  };
}

/** The JSON request body pages by `offset` and `pageSize` (offset += 100). */
function requestPaging(body: string | null, rows: number): { current: number; size: number } {
  let request: unknown = null;
  try {
    request = body ? JSON.parse(body) : null;
  } catch {
    request = null;
  }
  const size = optInt(pick(request, "pageSize")) ?? rows;
  const offset = optInt(pick(request, "offset")) ?? 0;
  return { current: size > 0 ? Math.floor(offset / size) + 1 : 1, size };
}

export const wxtReportParser: Parser = {
  endpoint: WXT_REPORT,
  version: 1,
  kinds: ["ad"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(envelope.responseBody), "$");
    if (pick(json, "info.ok") === false)
      throw new ParseError(
        "api_error",
        `万相台: ${optStr(pick(json, "info.message")) ?? "not ok"}`,
      );
    const shop = resolveShop(ctx);
    const list = arr(pick(json, "data.list"), "data.list");
    const rows = list
      .map((row, i) => readRow(row, `data.list.${i}`))
      .filter((r): r is AdRow => r !== null);
    const source = { url: envelope.url, parser: parserName(wxtReportParser) };
    const records: Ad[] = sumByCampaign(rows).map((row) => ({
      kind: "ad",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source,
      channel: "wxt",
      ...row,
    }));
    const request = requestPaging(envelope.requestBody, list.length);
    return {
      records,
      shop,
      page: {
        current: request.current,
        size: request.size,
        total: optInt(pick(json, "data.count")),
        rows: list.length,
      },
    };
  },
};
