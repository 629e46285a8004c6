import type { Endpoint } from "../types.ts";

/*
 * JD endpoints read by Tongshu (platform-formats.md §2). Hosts and paths are exact.
 *
 * Gaps in the formats doc that these parsers could not cover or had to infer:
 * - §2.1 porder legacy list: only `orderList[].orderItems[].skuId` is confirmed; the row is read
 *   in the JOS orderInfo shape (§2.6) and `totalCount` as the total [INFERRED].
 * - §2.1 sff queryOrderPage: no sample. `venderId`, `outBoundTime`, `consigneeInfo`,
 *   `orderPaymentInfo.freightPrice`, item `wareId` / `outerSkuId` / `refundStatusName` /
 *   `refundAmount` are [INFERRED] names; integer `orderStatus` codes other than -4 (abnormal,
 *   skipped) are unknown, so the status is read from `orderStatusInfo.orderStatusName`.
 *   SKU text is not separate from `skuName` in either list (lines carry skuText null).
 * - §2.2 wares: only `data.{totalCount, data:[{onlineTime}]}` (new) and
 *   `data.{totalItem, data:[{ware:{onlineTime}}]}` (old) are confirmed; ware and SKU fields use
 *   JOS ware names (`wareId`, `title`, `wareStatus`, `jdPrice`, `stockNum`, `itemNum`,
 *   `skus[].outerId`) and `attrValueAlias` from the price query [INFERRED]. The price query
 *   (queryPriceInfoList) and the old HTML ware pages are not read: no listing status / stock.
 * - §2.3 商智: the `{header, body:{data, size}}` envelope is confirmed, the data layout is not:
 *   summaries are read as an object keyed by indicator code, product tables as rows keyed by
 *   indicator code with `spuId`, `$summary` first [INFERRED]. Indicator meaning follows JD's
 *   naming (`…_cnt` = distinct users, `…_qtty` = quantities, `…_amt` = yuan); the doc labels
 *   `…brow_sku__page_cnt…` 浏览, which we read as item-page visitors — checked against a real
 *   capture before trusting PV/UV. Buyers use `jdr_sch_trade_deal_ord_ord_cnt…` by that pattern
 *   [INFERRED]. Add-to-cart / favourite buyers have no known code (null). Other lowcode
 *   summaries (index, flow core) are not read: each would write a partial shop-day record over a
 *   complete one (upserts replace whole records).
 * - §2.4 京准通: only `{code:1, data:{datas}}` and the request columns are confirmed; campaign rows
 *   are read as `campaignId`, `campaignName`, `day` (daily reports) and the column names
 *   [INFERRED]. Multi-day non-daily reports yield no records (ad records are per day).
 *   account/group/ad/orientation lists, atoms-api home KPIs and the industry reports are not read.
 * - §2.5 refunds / settlements: no seller-web shape known; nothing is parsed.
 */

/** Legacy order list (§2.1), posted by porder.shop.jd.com/order/orderlist/allOrders. */
export const PORDER_ORDER_LIST: Endpoint = {
  id: "jd/porder-orders",
  hosts: ["porder.shop.jd.com"],
  path: "/order/orderlist",
  body: "json",
};

/**
 * The new back office's one gateway (§2.0): every call is `POST /api?v=1.0&appId=…&api=<service>`,
 * so the parser dispatches on the `api` query parameter (sff-gateway.ts).
 */
export const SFF_GATEWAY: Endpoint = {
  id: "jd/sff-gateway",
  hosts: ["sff.jd.com"],
  path: "/api",
  body: "json",
};

/** Old ware list REST search (§2.2). */
export const WARE_SEARCH: Endpoint = {
  id: "jd/ware-search",
  hosts: ["ware.shop.jd.com"],
  path: "/rest/ware/list/search",
  body: "json",
};

/** 商智 交易概览 summary on the new gateway (§2.3). */
export const SZ_TRADE_SUMMARY: Endpoint = {
  id: "jd/sz-trade-summary",
  hosts: ["szgateway.jd.com"],
  path: "/api/lowcode/tradeSummary/summary/getSummary.ajax",
  body: "json",
};

/** 商智 商品明细 table (§2.3): first row `$summary:true` is the total. */
export const SZ_PRODUCT_TABLE: Endpoint = {
  id: "jd/sz-product-table",
  hosts: ["szgateway.jd.com"],
  path: "/api/lowcode/productDetail/table/productTable.ajax",
  body: "json",
};

/** Old sz.jd.com trade summary (§2.3): `content.{UV, OrdNum, OrdAmt}.value`. */
export const SZ_LEGACY_TRADE_SUMMARY: Endpoint = {
  id: "jd/sz-legacy-trade-summary",
  hosts: ["sz.jd.com"],
  path: "/sz/api/trade/getSummaryData.ajax",
  body: "json",
};

/** 京准通 campaign report (§2.4). */
export const JZT_CAMPAIGN_LIST: Endpoint = {
  id: "jd/jzt-campaigns",
  hosts: ["jzt-api.jd.com"],
  path: "/reweb/msa/base/campaign/list",
  body: "json",
};

/** The sff `api` names read, per service (§2.1, §2.2). */
export const SFF_APIS = {
  orders: [
    "dsm.order.bff.orderListBffService.queryOrderPage",
    "dsm.order.manage.orderlist.queryOrderPage",
  ],
  wares: ["dsm.wareshopv2.ware.wareListService.queryWareList"],
} as const;
