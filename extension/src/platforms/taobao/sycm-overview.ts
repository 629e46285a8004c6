import type { Traffic } from "@tongshu/shared";
import { obj, pick } from "../../lib/read-values.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { SYCM_OVERVIEW } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { hasAnyMetric, type MetricCodes, readMetrics, sycmData, sycmPeriod } from "./sycm.ts";

/**
 * 生意参谋 首页 核心指标: /portal/coreIndex/new/overview/v3.json → one shop-level traffic record
 * (itemId null) for the request's period. `data.self` holds the shop's own metrics; the page
 * has no paid-order count (subPayOrdSubCnt counts sub-orders, payItmCnt units), so paidOrders
 * is null rather than a different number.
 */
const CODES: MetricCodes = {
  visitors: ["uv"],
  pageViews: ["pv"],
  buyers: ["payByrCnt"],
  paidOrders: ["payOrdCnt"],
  paidFen: ["payAmt"],
  cartBuyers: ["cartByrCnt"],
  favBuyers: ["itmCltByrCnt"],
};

export const sycmOverviewParser: Parser = {
  endpoint: SYCM_OVERVIEW,
  version: 1,
  kinds: ["traffic"],
  parse(envelope, ctx) {
    const data = sycmData(envelope.responseBody, envelope.status);
    const period = sycmPeriod(envelope.url);
    const shop = resolveShop(ctx);
    const self = obj(pick(data, "self") ?? {}, "content.data.self");
    const metrics = readMetrics(self, CODES, "content.data.self");
    // A shop overview always has figures, 0 on a quiet day; none at all means the query was
    // accepted but wrong (sycm's code:0-with-nothing), not a day without visitors.
    if (!hasAnyMetric(metrics))
      throw new ParseError("suspicious_empty", "sycm overview answered without any metric");
    const record: Traffic = {
      kind: "traffic",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(sycmOverviewParser) },
      ...period,
      itemId: null,
      ...metrics,
    };
    return { records: [record], shop };
  },
};
