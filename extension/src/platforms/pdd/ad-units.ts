import type { Ad } from "@tongshu/shared";
import { arr, id, type Json, obj, optId, optInt, optStr } from "../../lib/read-values.ts";
import { ParseError, type Parser } from "../types.ts";
import { AD_UNITS } from "./endpoints.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import { date } from "./sydney-metrics.ts";
import { fen, liToFen } from "./values.ts";

/**
 * 推广 unit report `venus/api/unit/listPage` (platform-formats.md §3.5) → one ad record per
 * unit (推广单元 `adId`, the campaign key) for the single day asked for.
 *
 * Money unit: platform-formats.md §3.5 reports a conflict. jiangtaozy's DB comments say
 * `spend`/`gmv` are 厘 (1/1000 yuan), hjxh's UI divides them by 100 (fen), and the official ad
 * API reports spend in 厘. The doc recommends 厘 ("the extension must not assume fen"), so this
 * is the one place that decides it: a 10× error here would be invisible in every report.
 */
export const AD_MONEY_UNIT: "li" | "fen" = "li";

/** spend / gmv → fen under AD_MONEY_UNIT (厘: half away from zero, 12345 厘 → 1235 fen). */
export function adMoneyToFen(value: unknown, path: string): number {
  return AD_MONEY_UNIT === "li" ? liToFen(value, path) : fen(value, path);
}

/** scenesType (request) → channel: 0 多多搜索, 2 多多场景 (§3.5). */
const CHANNELS: Readonly<Record<number, string>> = { 0: "pdd-search", 2: "pdd-scene" };

function count(value: unknown, path: string): number {
  const n = value === null || value === undefined ? 0 : optInt(value);
  if (n === null || n < 0) throw new ParseError("malformed", `${path}: expected a count`);
  return n;
}

function toAd(
  row: Json,
  path: string,
  day: string,
  channel: string,
  base: ReturnType<typeof baseOf>,
): Ad {
  return {
    kind: "ad",
    ...base,
    date: day,
    channel,
    campaignId: id(row.adId, `${path}.adId`),
    campaignName: optStr(row.adName)?.slice(0, 200) ?? null,
    itemId: optId(row.goodsId),
    spendFen: adMoneyToFen(row.spend ?? 0, `${path}.spend`),
    impressions: count(row.impression, `${path}.impression`),
    clicks: count(row.click, `${path}.click`),
    attributedOrders: count(row.orderNum, `${path}.orderNum`),
    attributedFen: adMoneyToFen(row.gmv ?? 0, `${path}.gmv`),
  };
}

export const adUnits: Parser = {
  endpoint: AD_UNITS,
  version: 1,
  kinds: ["ad"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const request = readRequest(envelope);
    const rows = arr(result.result ?? [], "result.result").map((x, i) =>
      obj(x, `result.result.${i}`),
    );
    const shop = resolveMall(ctx, [request.mallId, ...rows.map((r) => r.mallId)]);
    const scenes = optInt(request.scenesType);
    const channel = scenes === null ? undefined : CHANNELS[scenes];
    if (!channel)
      throw new ParseError(
        "malformed",
        `request.scenesType ${String(request.scenesType)}: unknown channel`,
      );
    const begin = date(request.beginDate, "request.beginDate");
    const end = date(request.endDate, "request.endDate");
    const base = baseOf(envelope, adUnits, shop);
    // A multi-day view sums the days: it cannot be split into per-day records, so it stores nothing.
    const records =
      begin === end
        ? rows.map((row, i) => toAd(row, `result.result.${i}`, begin, channel, base))
        : [];
    return {
      records,
      shop,
      page: {
        current: optInt(request.pageNumber) ?? 1,
        size: optInt(request.pageSize) ?? rows.length,
        total: optInt(result.total),
        rows: rows.length,
      },
    };
  },
};
