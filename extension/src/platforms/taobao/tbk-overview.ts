import type { Ad } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { arr, obj, optId, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { TBK_OVERVIEW } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { businessDate, count, fen } from "./values.ts";

/**
 * 淘宝客 overview (ad.alimama.com …/data.home.overview.json?type=cps&period=1d), platform-
 * formats.md §1.4: `{resultCode:200, data:{result:[{thedate|ds, seller_id, pay_ord_amt_8,
 * pay_ord_num_8, pay_ord_cfee_8, pay_ord_sfee_8, pay_ord_total_fee_8, uclk_pv_8, …}]}}`.
 * Channel "tbk", campaignId "cps" (the whole 淘宝客 account). Spend = the estimated fees on
 * paid orders (pay_ord_total_fee_8, else commission + service fee): 淘宝客 charges per sale,
 * and the settled figures (sett_*) arrive weeks later. It has no impressions: 0, documented
 * here because the ad schema has no "unknown" for counts. `seller_id` binds rows to the shop.
 */
export const TBK_CAMPAIGN = "cps";

function spendFen(row: Record<string, unknown>, path: string): number {
  if (row.pay_ord_total_fee_8 !== undefined)
    return fen(row.pay_ord_total_fee_8, `${path}.pay_ord_total_fee_8`);
  return (
    fen(row.pay_ord_cfee_8 ?? 0, `${path}.pay_ord_cfee_8`) +
    fen(row.pay_ord_sfee_8 ?? 0, `${path}.pay_ord_sfee_8`)
  );
}

export const tbkOverviewParser: Parser = {
  endpoint: TBK_OVERVIEW,
  version: 1,
  kinds: ["ad"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(envelope.responseBody), "$");
    if (json.resultCode !== 200 && json.resultCode !== "200")
      throw new ParseError(
        "api_error",
        `淘宝客: ${optStr(json.resultMsg ?? json.message) ?? `resultCode ${String(json.resultCode)}`}`,
      );
    const rows = arr(pick(json, "data.result"), "data.result").map((v, i) =>
      obj(v, `data.result.${i}`),
    );
    const sellers = new Set(rows.map((r) => optId(r.seller_id)).filter((s) => s !== null));
    if (sellers.size > 1) throw new ParseError("shop_mismatch", "淘宝客 rows of several sellers");
    const shop = resolveShop(ctx, { shopId: [...sellers][0] ?? null });
    const fallbackDate = new URL(envelope.url).searchParams.get("startDate");
    const source = { url: envelope.url, parser: parserName(tbkOverviewParser) };
    const records: Ad[] = rows.map((row, i) => {
      const path = `data.result.${i}`;
      return {
        kind: "ad",
        platform: shop.platform,
        shopId: shop.shopId,
        capturedAt: envelope.capturedAt,
        source,
        date: businessDate(row.thedate ?? row.ds ?? fallbackDate, `${path}.thedate`),
        channel: "tbk",
        campaignId: TBK_CAMPAIGN,
        campaignName: "淘宝客",
        itemId: null,
        spendFen: spendFen(row, path),
        impressions: 0,
        clicks: count(row.uclk_pv_8 ?? 0, `${path}.uclk_pv_8`),
        attributedOrders: count(row.pay_ord_num_8 ?? 0, `${path}.pay_ord_num_8`),
        attributedFen: fen(row.pay_ord_amt_8 ?? 0, `${path}.pay_ord_amt_8`),
      };
    });
    return { records, shop };
  },
};
