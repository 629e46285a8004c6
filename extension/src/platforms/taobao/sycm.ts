import { type CaptureEnvelope, daysBetween, isBusinessDate, type Traffic } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { isObject, obj, optStr, pick } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import {
  type ParseContext,
  ParseError,
  type ParseOutput,
  type Parser,
  parserName,
} from "../types.ts";
import { resolveShop } from "./shop.ts";
import { optCount, optFen } from "./values.ts";

/**
 * 生意参谋 (sycm.taobao.com) helpers, platform-formats.md §1.3. Three envelopes exist:
 *   /flow/*, /cc/*        {code:0, data}
 *   /portal/coreIndex/*   {hasError:false, content:{code:0, data}}
 *   /csp/api/*            {success:true, code:200, data}
 * Metrics are `{value, cycleCrc}` (cycleCrc = change vs the previous period) or bare numbers.
 * Money (payAmt) is yuan as a float → fen exactly; rates (payRate, *Rate) are fractions and are
 * never stored, and never read as counts.
 */
export function sycmData(body: string, status: number): unknown {
  assertNotBlocked(body, status);
  assertJsonBody(body);
  const json = obj(parseJsonLossless(body), "$");
  if ("hasError" in json) {
    const content = obj(json.content, "content");
    if (json.hasError !== false || content.code !== 0)
      throw new ParseError(
        "api_error",
        `sycm: ${optStr(content.message) ?? `code ${String(content.code)}`}`,
      );
    return content.data;
  }
  if ("success" in json && json.code === 200) {
    if (json.success !== true)
      throw new ParseError("api_error", `sycm: ${optStr(json.message) ?? "success false"}`);
    return json.data;
  }
  if (json.code !== 0 || json.success === false)
    throw new ParseError(
      "api_error",
      `sycm: ${optStr(json.message) ?? `code ${String(json.code)}`}`,
    );
  return json.data;
}

/** Days a sycm dateType spans; month is checked against the calendar. */
const FIXED_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, recent7: 7, recent30: 30 };

export interface SycmPeriod {
  /** First day of the period (Beijing), the record's `date`. */
  date: string;
  days: number;
}

/**
 * `dateType` + `dateRange=a|b` of the request URL → the record's date (first day) and days.
 * A range that disagrees with its dateType is refused: storing it under the wrong key would
 * mix a week into the daily series.
 */
export function sycmPeriod(url: string): SycmPeriod {
  const params = new URL(url).searchParams;
  const range = params.get("dateRange") ?? "";
  const [from = "", to = from] = range.split("|");
  if (!isBusinessDate(from) || !isBusinessDate(to))
    throw new ParseError(
      "malformed",
      `dateRange "${range.slice(0, 30)}" is not YYYY-MM-DD|YYYY-MM-DD`,
    );
  const days = daysBetween(from, to) + 1;
  const dateType = params.get("dateType") ?? "day";
  const expected = FIXED_DAYS[dateType];
  const monthOk =
    dateType === "month" && from.endsWith("-01") && to.slice(0, 7) === from.slice(0, 7);
  if (
    days < 1 ||
    days > 366 ||
    (expected !== undefined && days !== expected) ||
    (dateType === "month" && !monthOk)
  )
    throw new ParseError("malformed", `dateType ${dateType} does not match dateRange ${range}`);
  return { date: from, days };
}

/** A metric's value: `{value, cycleCrc}` or a bare number; absent → undefined. */
export function metric(container: unknown, code: string): unknown {
  const raw = pick(container, code);
  return isObject(raw) ? raw.value : raw;
}

export type TrafficMetrics = Pick<
  Traffic,
  "visitors" | "pageViews" | "buyers" | "paidOrders" | "paidFen" | "cartBuyers" | "favBuyers"
>;

/** Canonical metric → the sycm codes that carry it, first present wins. */
export type MetricCodes = Readonly<Record<keyof TrafficMetrics, readonly string[]>>;

export function readMetrics(container: unknown, codes: MetricCodes, path: string): TrafficMetrics {
  const first = (key: keyof TrafficMetrics) => {
    const code = codes[key].find((c) => metric(container, c) !== undefined);
    return code === undefined
      ? { code: "", value: undefined }
      : { code, value: metric(container, code) };
  };
  const countOf = (key: Exclude<keyof TrafficMetrics, "paidFen">) => {
    const { code, value } = first(key);
    return optCount(value, `${path}.${code}`);
  };
  const paid = first("paidFen");
  return {
    visitors: countOf("visitors"),
    pageViews: countOf("pageViews"),
    buyers: countOf("buyers"),
    paidOrders: countOf("paidOrders"),
    paidFen: optFen(paid.value, `${path}.${paid.code}`),
    cartBuyers: countOf("cartBuyers"),
    favBuyers: countOf("favBuyers"),
  };
}

export function hasAnyMetric(m: TrafficMetrics): boolean {
  return Object.values(m).some((v) => v !== null);
}

/**
 * A shop-level traffic record from a sycm overview's metrics. A shop overview always has
 * figures (0 on a quiet day); none at all means the query was accepted but wrong (sycm's
 * code:0-with-nothing), not a day without visitors.
 */
export function shopTrafficRecords(
  envelope: CaptureEnvelope,
  parser: Parser,
  ctx: ParseContext,
  readShopMetrics: () => TrafficMetrics,
  what: string,
): ParseOutput {
  const period = sycmPeriod(envelope.url);
  const shop = resolveShop(ctx);
  const metrics = readShopMetrics();
  if (!hasAnyMetric(metrics))
    throw new ParseError("suspicious_empty", `${what} answered without any metric`);
  const record: Traffic = {
    kind: "traffic",
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt: envelope.capturedAt,
    source: { url: envelope.url, parser: parserName(parser) },
    ...period,
    itemId: null,
    ...metrics,
  };
  return { records: [record], shop };
}
