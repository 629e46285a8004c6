import type { Ad } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { arr, obj, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { sumByCampaign } from "./ad-rows.ts";
import { ZTC_REPORT } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { businessDate, count, fen } from "./values.ts";

/**
 * 直通车 legacy account report (subway.simba.taobao.com …/rpt/rptCustomerList$), platform-
 * formats.md §1.4: `result.data[{thedate, impression, click, cost, costInYuan,
 * transactionTotalInYuan, transactionShippingTotal, …}]`. It is the whole 直通车 account per
 * day, so each row becomes channel "ztc", campaignId "account". Spend prefers costInYuan; the
 * bare `cost` is fen (TOP simba reports), read only when the yuan field is missing.
 * 直通车 now also runs inside 万相台 (关键词推广): a seller capturing both sees the same
 * spend under "ztc" and "wxt"; reports must not add the two channels for the same campaigns.
 */
export const ACCOUNT_CAMPAIGN = "account";

function spendFen(row: Record<string, unknown>, path: string): number {
  if (row.costInYuan !== undefined) return fen(row.costInYuan, `${path}.costInYuan`);
  return count(row.cost ?? 0, `${path}.cost`);
}

export const ztcReportParser: Parser = {
  endpoint: ZTC_REPORT,
  version: 1,
  kinds: ["ad"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(envelope.responseBody), "$");
    if (json.code !== undefined && String(json.code) !== "200")
      throw new ParseError(
        "api_error",
        `直通车: ${optStr(json.msg) ?? `code ${String(json.code)}`}`,
      );
    const shop = resolveShop(ctx);
    const rows = arr(pick(json, "result.data"), "result.data").map((value, i) => {
      const path = `result.data.${i}`;
      const row = obj(value, path);
      return {
        date: businessDate(row.thedate, `${path}.thedate`),
        campaignId: ACCOUNT_CAMPAIGN,
        campaignName: "直通车账户汇总",
        itemId: null,
        spendFen: spendFen(row, path),
        impressions: count(row.impression ?? 0, `${path}.impression`),
        clicks: count(row.click ?? 0, `${path}.click`),
        attributedOrders: count(
          row.transactionShippingTotal ?? 0,
          `${path}.transactionShippingTotal`,
        ),
        attributedFen: fen(row.transactionTotalInYuan ?? 0, `${path}.transactionTotalInYuan`),
      };
    });
    const source = { url: envelope.url, parser: parserName(ztcReportParser) };
    const records: Ad[] = sumByCampaign(rows).map((row) => ({
      kind: "ad",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source,
      channel: "ztc",
      ...row,
    }));
    return { records, shop };
  },
};
