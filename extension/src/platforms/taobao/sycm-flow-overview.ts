import type { Traffic } from "@tongshu/shared";
import { obj } from "../../lib/read-values.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { SYCM_FLOW_OVERVIEW } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { hasAnyMetric, type MetricCodes, readMetrics, sycmData, sycmPeriod } from "./sycm.ts";

/**
 * 流量 看板: /flow/new/guide/trend/overview.json ({code:0, data:{uv:{value},…}}) → one
 * shop-level traffic record. Unlike the home overview it has payOrdCnt (paid orders) and the
 * favourite-buyer counts; shopCltByrCnt (shop followers) is not an item favourite and is not read.
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

export const sycmFlowOverviewParser: Parser = {
  endpoint: SYCM_FLOW_OVERVIEW,
  version: 1,
  kinds: ["traffic"],
  parse(envelope, ctx) {
    const data = obj(sycmData(envelope.responseBody, envelope.status) ?? {}, "data");
    const period = sycmPeriod(envelope.url);
    const shop = resolveShop(ctx);
    const metrics = readMetrics(data, CODES, "data");
    if (!hasAnyMetric(metrics))
      throw new ParseError("suspicious_empty", "sycm flow overview answered without any metric");
    const record: Traffic = {
      kind: "traffic",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(sycmFlowOverviewParser) },
      ...period,
      itemId: null,
      ...metrics,
    };
    return { records: [record], shop };
  },
};
