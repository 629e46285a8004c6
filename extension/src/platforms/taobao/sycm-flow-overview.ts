import { obj } from "../../lib/read-values.ts";
import type { Parser } from "../types.ts";
import { SYCM_FLOW_OVERVIEW } from "./endpoints.ts";
import { type MetricCodes, readMetrics, shopTrafficRecords, sycmData } from "./sycm.ts";

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
    return shopTrafficRecords(
      envelope,
      sycmFlowOverviewParser,
      ctx,
      () => readMetrics(data, CODES, "data"),
      "sycm flow overview",
    );
  },
};
