import { obj, pick } from "../../lib/read-values.ts";
import type { Parser } from "../types.ts";
import { SYCM_OVERVIEW } from "./endpoints.ts";
import { type MetricCodes, readMetrics, shopTrafficRecords, sycmData } from "./sycm.ts";

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
    return shopTrafficRecords(
      envelope,
      sycmOverviewParser,
      ctx,
      () => {
        const self = obj(pick(data, "self") ?? {}, "content.data.self");
        return readMetrics(self, CODES, "content.data.self");
      },
      "sycm overview",
    );
  },
};
