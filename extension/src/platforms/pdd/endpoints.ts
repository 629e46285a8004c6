import type { Endpoint } from "../types.ts";

/**
 * Pinduoduo back-office endpoints the parsers read (platform-formats.md §3). Hosts and paths are
 * exact; every one is a POST whose JSON answer is wrapped in
 * `{success, errorCode: 1000000, errorMsg, result}` (§3.0).
 *
 * Formats-doc gaps these parsers do not cover (and why):
 * - `/mangkhut/mms/historyOrderList`, `/mangkhut/mms/orderDetail`, `/express_waybill/shop/orderList`:
 *   named in §3.1 without a field list.
 * - The order list carries no receive/sign time, no refund amount and no buyer-id field in the
 *   doc's table: `completedAt` stays null, `refundFen` counts only whole-order refunds (see
 *   recent-orders.ts), and the buyer id is read from `uid` / `buyer_id` [INFERRED] when present.
 * - `/sydney/api/mallScore/queryMallScoreOverView` (…1d figures): the payload names no date, so
 *   which day "1d" is cannot be told from the capture alone.
 * - `/sydney/api/goodsDataShow/queryGoodsPageOverView`, `queryGoodsPageRT`,
 *   `queryGoodsPageOverviewForMms`, `queryGoodsStatDtr`, `/sydney/api/mallFlow/*`,
 *   `/sydney/api/mallTrade/*`: shop-level figures for the same (date, days) key as
 *   queryMallDataPageOverView with other fields; two parsers writing one natural key would
 *   overwrite each other's fields. Hourly lists have no record kind.
 * - `…Ppr` fields of the goods data: the doc calls them "previous period" but `…PprIsPercent`
 *   suggests a change ratio, so yesterday is never derived from them (a wrong number is worse
 *   than none); yesterday's own query gives plain figures.
 * - `/sydney/api/mallCoreData/queryGoodsAfterSales` (30-day after-sales ratios) and the
 *   `/sydney/api/saleQuality/*` endpoints: no canonical record kind.
 * - `/mercury/afterSales/list` (older after-sales list), `/mercury/merchant/afterSales/detail`,
 *   `getRejectNegotiateInfo`: no field list beyond ids (older list) or no record content.
 * - 放心推 `/mms-gateway/venus/api/cpa/goods/list` (§3.5): only `unitId` is known of its rows.
 * - `/mms-gateway/apollo/api/report/queryHourlyReport`, keyword reports: hourly / keyword
 *   figures have no record kind (ads are per day and campaign).
 * - The session's mall id: §3.0 names only cookies that do not carry it (see detect-shop.ts).
 */

const MMS = ["mms.pinduoduo.com"] as const;
const YINGXIAO = ["yingxiao.pinduoduo.com"] as const;

/** 订单查询 (§3.1). */
export const RECENT_ORDERS: Endpoint = {
  id: "pdd/recent-orders",
  hosts: MMS,
  path: "/mangkhut/mms/recentOrderList",
  body: "json",
};

/** 商品列表 with `sku_list` (§3.2). */
export const GOODS_LIST: Endpoint = {
  id: "pdd/goods-list",
  hosts: MMS,
  path: "/vodka/v2/mms/query/display/mall/goodsList",
  body: "json",
};

/** 数据中心 › 交易数据 overview (§3.3, shop level). */
export const MALL_OVERVIEW: Endpoint = {
  id: "pdd/mall-overview",
  hosts: MMS,
  path: "/sydney/api/mallInfo/queryMallDataPageOverView",
  body: "json",
};

/** 数据中心 › 商品数据 per-goods list (§3.3); the ForMMS twin has the same shape. */
export const GOODS_DATA: Endpoint = {
  id: "pdd/goods-data",
  hosts: MMS,
  path: /^\/sydney\/api\/goodsDataShow\/queryGoodsDetailVOList(?:ForMMS)?$/,
  body: "json",
};

/** 售后 list (§3.4). */
export const AFTER_SALES: Endpoint = {
  id: "pdd/after-sales",
  hosts: MMS,
  path: "/mercury/mms/afterSales/queryList",
  body: "json",
};

/** 对账中心 › 货款明细 (§3.6). */
export const BILLS: Endpoint = {
  id: "pdd/bills",
  hosts: MMS,
  path: "/uranus/api/bill/queryUserDefinedBill",
  body: "json",
};

/** 推广 unit report: 多多搜索 (scenesType 0) and 多多场景 (scenesType 2) (§3.5). */
export const AD_UNITS: Endpoint = {
  id: "pdd/ad-units",
  hosts: YINGXIAO,
  path: "/mms-gateway/venus/api/unit/listPage",
  body: "json",
};
