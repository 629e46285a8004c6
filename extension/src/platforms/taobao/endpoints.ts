import type { Endpoint } from "../types.ts";

/**
 * Taobao / Tmall seller-center endpoints (platform-formats.md §1). One back office serves both
 * kinds of shop; records take the platform of the session's shop (or the payload's own).
 *
 * Gaps in the formats doc left uncovered:
 * - settlements (资金/账单): no public client of the Alipay bill pages was found (§1.6);
 * - the 2026 千牛 pages' mtop APIs (mtop.taobao.trade.order.nums.pc / .xsd, the new refund list
 *   `myseller…/refund-list`, the new item list): seen only as routes, no response shapes;
 * - sycm pages other than the shop overview, flow overview, item ranking and refund cases
 *   (trend, live, item detail, 市场 `/mc/*` whose values are encrypted indices, Excel exports);
 * - Tmall detail `orders.list[].status[].subOrders[]` carries no documented item id or
 *   quantity: they are read from `itemInfo.id`/`itemUrl` and `quantity` [INFERRED].
 */

export const SOLD_ORDERS: Endpoint = {
  id: "taobao/sold-orders",
  hosts: ["trade.taobao.com"],
  path: "/trade/itemlist/asyncSold.htm",
  body: "json",
};

/** 订单详情 (Taobao shop): `var data = JSON.parse('…')` in the page. */
export const ORDER_DETAIL: Endpoint = {
  id: "taobao/order-detail",
  hosts: ["trade.taobao.com"],
  path: "/detail/orderDetail.htm",
  body: "html",
};

/** 订单详情 (Tmall shop): `var detailData = {…}` in the page. */
export const TMALL_ORDER_DETAIL: Endpoint = {
  id: "taobao/tmall-order-detail",
  hosts: ["trade.tmall.com"],
  path: "/detail/orderDetail.htm",
  body: "html",
};

/** 出售中/仓库中的宝贝 table (Taobao and Tmall item managers). */
export const ITEM_TABLE: Endpoint = {
  id: "taobao/item-table",
  hosts: ["item.publish.taobao.com", "item.manager.taobao.com", "item.manager.tmall.com"],
  path: /^\/(?:taobao|tmall)\/manager\/table\.htm$/,
  body: "json",
};

/** Item editor page: `window.Json = {…}` with per-SKU price, stock and outer code. */
export const ITEM_EDITOR: Endpoint = {
  id: "taobao/item-editor",
  hosts: ["item.publish.taobao.com", "item.upload.tmall.com"],
  path: /^\/(?:sell|tmall)\/publish\.htm$/,
  body: "html",
};

export const SYCM_OVERVIEW: Endpoint = {
  id: "taobao/sycm-overview",
  hosts: ["sycm.taobao.com"],
  path: "/portal/coreIndex/new/overview/v3.json",
  body: "json",
};

export const SYCM_FLOW_OVERVIEW: Endpoint = {
  id: "taobao/sycm-flow-overview",
  hosts: ["sycm.taobao.com"],
  path: "/flow/new/guide/trend/overview.json",
  body: "json",
};

export const SYCM_ITEM_TOP: Endpoint = {
  id: "taobao/sycm-item-top",
  hosts: ["sycm.taobao.com"],
  path: "/cc/item/view/top.json",
  body: "json",
};

/** The doc names it `csp/api refund/all/detail/list` without a suffix; both forms match. */
export const SYCM_REFUND_CASES: Endpoint = {
  id: "taobao/sycm-refund-cases",
  hosts: ["sycm.taobao.com"],
  path: /^\/csp\/api\/refund\/all\/detail\/list(?:\.json)?$/,
  body: "json",
};

export const WXT_REPORT: Endpoint = {
  id: "taobao/wxt-report",
  hosts: ["one.alimama.com"],
  path: "/report/query.json",
  body: "json",
};

/** Legacy 直通车 account report; the `$` is part of the real path. */
export const ZTC_REPORT: Endpoint = {
  id: "taobao/ztc-report",
  hosts: ["subway.simba.taobao.com"],
  path: "/openapi/param2/1/gateway.subway/rpt/rptCustomerList$",
  body: "json",
};

export const TBK_OVERVIEW: Endpoint = {
  id: "taobao/tbk-overview",
  hosts: ["ad.alimama.com"],
  path: "/openapi/param2/1/gateway.unionadv/data.home.overview.json",
  body: "json",
};

/** 退款管理 first page: HTML with `var disputeData = {…};`. */
export const DISPUTE_LIST: Endpoint = {
  id: "taobao/dispute-list",
  hosts: ["refund2.taobao.com", "refund2.tmall.com"],
  path: "/dispute/sellerDisputeList.htm",
  body: "html",
};

/** 退款管理 next pages: the same component tree as JSON. */
export const DISPUTE_PAGE: Endpoint = {
  id: "taobao/dispute-page",
  hosts: ["refund2.taobao.com", "refund2.tmall.com"],
  path: "/dispute/adjust/adjustSellerList.json",
  body: "json",
};
