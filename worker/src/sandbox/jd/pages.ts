import type { DemoShop } from "../../demo/index.ts";
import { CLIENT_POST_JSON, CLIENT_ROW, escapeHtml } from "../html.ts";

/**
 * Small plain JD back-office pages. Each declares its shop in a meta tag (read by the
 * extension's detectShop), shows the shop name, and loads its data the way the real page does:
 * its own script POSTs the real request body to the real endpoint path (relative to the page,
 * so /sandbox/jd/<host>/… maps back to https://<host>/…) and renders rows with textContent only.
 */

export interface PageContext {
  shop: DemoShop;
  /** The demo's today (Beijing), so the pages query inside the demo's window. */
  today: string;
}

function layout(
  ctx: PageContext,
  title: string,
  site: string,
  body: string,
  script: string,
): string {
  const meta = JSON.stringify({
    platform: "jd",
    shopId: ctx.shop.shopId,
    shopName: ctx.shop.shopName,
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="tongshu-sandbox-shop" content='${escapeHtml(meta)}'>
<title>${escapeHtml(title)} - ${site}</title>
<style>body{font:14px sans-serif;margin:16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body data-today="${escapeHtml(ctx.today)}">
<header><h1 id="shop-name">${escapeHtml(ctx.shop.shopName)}</h1>
<nav><a href="/sandbox/jd/porder.shop.jd.com/order/orderlist/allOrders">订单管理</a> · <a href="/sandbox/jd/shop.jd.com/jdm/ware/manage/list/OnsaleWare">商品管理</a> · <a href="/sandbox/jd/jdsz.jd.com/sz/trade/overview">京东商智</a></nav></header>
<h2>${escapeHtml(title)}</h2>
${body}
<script>${script}</script>
</body></html>`;
}

/** Shared client code: POST JSON, and a row helper that only ever sets textContent. */
const CLIENT = `
${CLIENT_POST_JSON}${CLIENT_ROW}function pager(page, size, total) {
  const pages = Math.max(1, Math.ceil(total / size));
  document.getElementById("pager").textContent = "第 " + page + " / " + pages + " 页，共 " + total + " 条";
  document.getElementById("prev").disabled = page <= 1; document.getElementById("next").disabled = page >= pages;
}
`;

const PAGER = `<p><button id="prev">上一页</button> <span id="pager"></span> <button id="next">下一页</button></p>`;

/** porder.shop.jd.com/order/orderlist/<tab>: POSTs the legacy list request to ../orderlist. */
export function ordersPage(ctx: PageContext, tab: string): string {
  const body = `<table><thead><tr><th>订单号</th><th>商品</th><th>数量</th><th>应付(元)</th><th>订单状态</th><th>下单时间</th></tr></thead><tbody id="rows"></tbody></table>${PAGER}`;
  const script = `${CLIENT}
let page = 1; const size = 10; const tab = ${JSON.stringify(tab)};
async function load() {
  const body = { current: page, pageSize: size, sortName: "desc", orderId: "", skuName: "", orderCreateDateRange: [], orderCompleteDateRange: [],
    receiverName: "", receiverTel: "", userPin: "", skuId: "", logiNo: "", paymentType: "", orderType: "", orderSource: "", deliveryType: "",
    storeId: "", huoHao: "", orderStatusArray: [], o2oStoreIds: null, provinceIds: [], orderTag: null, selectedTabName: tab };
  const data = await post("../orderlist", body);
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  for (const o of data.orderList) {
    const names = o.orderItems.map((i) => i.skuName).join("；");
    const qty = o.orderItems.reduce((n, i) => n + Number(i.itemTotal), 0);
    tbody.appendChild(row([o.orderId, names, qty, o.orderPayment, o.orderStateRemark, o.orderStartTime], { "data-order-id": o.orderId }));
  }
  pager(page, size, data.totalCount);
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(ctx, "订单管理", "京东商家后台", body, script);
}

/** shop.jd.com/jdm/ware/manage/list/OnsaleWare: POSTs queryWareList to the sff gateway. */
export function waresPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>商品编号</th><th>SKU</th><th>商品名称</th><th>规格</th><th>京东价(元)</th><th>库存</th><th>商家编码</th><th>状态</th></tr></thead><tbody id="rows"></tbody></table>${PAGER}`;
  const script = `${CLIENT}
let page = 1; const size = 20;
const api = "../../../../../sff.jd.com/api?v=1.0&appId=DSMWARE0LISTAPP0V2&api=dsm.wareshopv2.ware.wareListService.queryWareList";
async function load() {
  const data = await post(api, { request: { data: { current: page, pageSize: size, wareStatus: null, title: null, itemNum: null } }, accessContext: { source: "web" } });
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  if (data.code !== 200) { document.getElementById("pager").textContent = data.message || "加载失败"; return; }
  for (const w of data.data.data) for (const s of w.skus)
    tbody.appendChild(row([w.wareId, s.skuId, w.title, s.attrValueAlias.join(" "), s.jdPrice, s.stockNum, s.outerId, w.wareStatus === 8 ? "在售" : "已下架"], { "data-ware-id": w.wareId, "data-sku-id": s.skuId }));
  pager(page, size, data.data.totalCount);
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(ctx, "商品管理", "京东商家后台", body, script);
}

/** jdsz.jd.com/sz/trade/overview: 交易概览 and 商品明细 of one day from the szgateway. */
export function szPage(ctx: PageContext): string {
  const body = `<p><label>日期 <input type="date" id="date"></label></p>
<table><thead><tr><th>范围</th><th>访客数</th><th>浏览量</th><th>成交客户数</th><th>成交单量</th><th>成交金额(元)</th></tr></thead><tbody id="rows"></tbody></table>
<p id="status"></p>`;
  const script = `${CLIENT}
const C = { uv: "jdr_sch_traffic_brow_sku__page_cnt_traffic_plat_item_di_sz_bsg", pv: "jdr_sch_traffic_brow_sku__page_qtty_traffic_plat_item_di_sz_bsg",
  buyers: "jdr_sch_trade_deal_ord_ord_cnt_sz_trade_deal_snapshot", orders: "jdr_sch_trade_deal_ord_ord_qtty_sz_trade_deal_snapshot", amount: "jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot" };
const gateway = "../../../szgateway.jd.com/api/lowcode/";
const today = document.body.dataset.today;
const input = document.getElementById("date");
input.value = new Date(Date.parse(today + "T00:00:00Z") - 86400000).toISOString().slice(0, 10);
async function load() {
  const d = input.value;
  const base = { realtime: false, interval: "DAY", dateType: "day", startDate: d, endDate: d, compareStartDate: d, compareEndDate: d, compareType: "hb" };
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  const summary = await post(gateway + "tradeSummary/summary/getSummary.ajax", base);
  if (!summary.body || summary.body.size === 0) { document.getElementById("status").textContent = "暂无数据"; return; }
  const s = summary.body.data;
  tbody.appendChild(row(["全店", s[C.uv], s[C.pv], s[C.buyers], s[C.orders], s[C.amount]], { "data-scope": "shop" }));
  const table = await post(gateway + "productDetail/table/productTable.ajax", { ...base, proType: "spu", channel: "all", onlyAttention: false, indicators: Object.values(C) });
  for (const r of table.body.data || []) if (!r.$summary)
    tbody.appendChild(row([r.spuName, r[C.uv], r[C.pv], r[C.buyers], r[C.orders], r[C.amount]], { "data-ware-id": r.spuId }));
  document.getElementById("status").textContent = d + " 数据";
}
input.onchange = load;
load();`;
  return layout(ctx, "交易概览", "京东商智", body, script);
}
