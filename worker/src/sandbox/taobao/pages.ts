import type { DemoShop } from "../../demo/index.ts";
import { CLIENT_ROW, escapeHtml } from "../html.ts";

/**
 * Small plain back-office pages (dev only). Each declares its shop in a meta tag (read by the
 * extension's detectShop), shows the shop name and a switcher, and loads its data as the real
 * page does: its own script calls the real endpoint path relative to the page with the real
 * request body, and renders rows with textContent only.
 */

export interface PageContext {
  shop: DemoShop;
  shops: readonly DemoShop[];
  today: string;
  now: number;
}

const BASE = "/sandbox/taobao";

/** Where a shop's item manager lives: Tmall shops use the Tmall host. */
export function itemsPath(shop: DemoShop): string {
  return shop.platform === "tmall"
    ? "item.manager.tmall.com/tmall/manager/render.htm"
    : "item.publish.taobao.com/taobao/manager/render.htm";
}

const CSS =
  "body{font:14px sans-serif;margin:16px;color:#333}header{border-bottom:2px solid #ff5000;margin-bottom:12px}" +
  "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}.kpi{display:inline-block;margin:8px 16px 8px 0}" +
  ".kpi b{display:block;font-size:20px}";

function layout(
  ctx: PageContext,
  title: string,
  here: string,
  body: string,
  script: string,
): string {
  const meta = JSON.stringify({
    platform: ctx.shop.platform,
    shopId: ctx.shop.shopId,
    shopName: ctx.shop.shopName,
  });
  const switcher = ctx.shops
    .map((s) =>
      s.shopId === ctx.shop.shopId
        ? `<strong>${escapeHtml(s.shopName)}</strong>`
        : `<a href="${BASE}/${here === "items" ? itemsPath(s) : here}?shop=${escapeHtml(s.shopId)}" data-shop="${escapeHtml(s.shopId)}">${escapeHtml(s.shopName)}</a>`,
    )
    .join(" | ");
  const kind = ctx.shop.platform === "tmall" ? "天猫" : "淘宝";
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="tongshu-sandbox-shop" content='${escapeHtml(meta)}'>
<title>${escapeHtml(title)} - 千牛卖家中心</title><style>${CSS}</style>
</head><body data-now="${ctx.now}" data-today="${ctx.today}">
<header><h1 id="shop-name">${escapeHtml(ctx.shop.shopName)} <small>(${kind})</small></h1>
<nav>切换店铺：${switcher}</nav>
<nav><a href="${BASE}/trade.taobao.com/trade/itemlist/list_sold_items.htm">已卖出的宝贝</a> ·
<a href="${BASE}/${itemsPath(ctx.shop)}">出售中的宝贝</a> ·
<a href="${BASE}/sycm.taobao.com/portal/home.htm">生意参谋</a></nav></header>
<h2>${escapeHtml(title)}</h2>
${body}
<script>${script}</script>
</body></html>`;
}

/** Client helpers: a row whose cells are set with textContent only. */
const CLIENT = `
${CLIENT_ROW}function pager(page, pages, total) {
  document.getElementById("pager").textContent = "第 " + page + " / " + Math.max(1, pages) + " 页，共 " + total + " 条";
  document.getElementById("prev").disabled = page <= 1; document.getElementById("next").disabled = page >= pages;
}
`;

const PAGER = `<p><button id="prev">上一页</button> <span id="pager"></span> <button id="next">下一页</button></p>`;

export function soldItemsPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>订单号</th><th>创建时间</th><th>状态</th><th>宝贝</th><th>实收款(元)</th></tr></thead><tbody id="rows"></tbody></table>${PAGER}`;
  // The real page posts a form to asyncSold.htm; the ids in its JSON are read as text here only
  // for display (the main order id is a string in the payload).
  const script = `${CLIENT}
let page = 1; const size = 15;
async function load() {
  const form = new URLSearchParams({ action: "itemlist/SoldQueryAction", auctionType: "0", tabCode: "", pageSize: String(size), prePageNo: String(page - 1), pageNum: String(page) });
  const res = await fetch("asyncSold.htm?event_submit_do_query=1&_input_charset=utf8", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" }, body: form.toString(), credentials: "same-origin" });
  const data = await res.json();
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  if (!data.mainOrders) { document.getElementById("pager").textContent = "加载失败"; return; }
  for (const o of data.mainOrders) {
    const items = o.subOrders.map((s) => s.itemInfo.title + " ×" + s.quantity).join("；");
    tbody.appendChild(row([o.id, o.orderInfo.createTime, o.statusInfo.text, items, o.payInfo.actualFee], { "data-order-id": o.id }));
  }
  pager(page, data.page.totalPage, data.page.totalNumber);
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(
    ctx,
    "已卖出的宝贝",
    "trade.taobao.com/trade/itemlist/list_sold_items.htm",
    body,
    script,
  );
}

export function itemsPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>宝贝ID</th><th>宝贝名称</th><th>价格(元)</th><th>状态</th></tr></thead><tbody id="rows"></tbody></table>${PAGER}`;
  const script = `${CLIENT}
let page = 1; const size = 20;
async function load() {
  const jsonBody = JSON.stringify({ filter: {}, pagination: { current: page, pageSize: size }, table: { sort: {} }, tab: "all" });
  const res = await fetch("table.htm", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8", "x-xsrf-token": "sandbox" }, body: "jsonBody=" + encodeURIComponent(jsonBody), credentials: "same-origin" });
  const data = await res.json();
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  if (!data.success) { document.getElementById("pager").textContent = "加载失败"; return; }
  for (const it of data.data.table.dataSource) {
    tbody.appendChild(row([it.itemId, it.itemDesc.desc[0].text, it.managerPrice.currentPrice, it.upShelfDate_m.status.text], { "data-item-id": String(it.itemId) }));
  }
  const p = data.data.pagination; pager(page, Math.ceil(p.total / size), p.total);
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(ctx, "出售中的宝贝", "items", body, script);
}

export function sycmHomePage(ctx: PageContext): string {
  const body = `<p>统计日期：<span id="date"></span></p><div id="kpis"></div>`;
  const script = `
const today = document.body.dataset.today;
const y = new Date(Date.parse(today + "T00:00:00Z") - 86400000).toISOString().slice(0, 10);
document.getElementById("date").textContent = y;
const LABELS = [["payAmt", "支付金额(元)"], ["uv", "访客数"], ["pv", "浏览量"], ["payByrCnt", "支付买家数"], ["payRate", "支付转化率"], ["cartByrCnt", "加购人数"]];
(async () => {
  const q = "needCycleCrc=true&dateType=day&dateRange=" + encodeURIComponent(y + "|" + y) + "&device=0&token=sandbox&_=" + Date.now();
  const data = await (await fetch("coreIndex/new/overview/v3.json?" + q, { credentials: "same-origin" })).json();
  const box = document.getElementById("kpis");
  const self = (data.content && data.content.data && data.content.data.self) || {};
  for (const [code, label] of LABELS) {
    const m = self[code]; if (!m) continue;
    const div = document.createElement("div"); div.className = "kpi"; div.setAttribute("data-metric", code);
    const b = document.createElement("b");
    b.textContent = code === "payRate" ? (m.value * 100).toFixed(2) + "%" : String(m.value);
    div.append(b, label); box.appendChild(div);
  }
  if (!box.childElementCount) box.textContent = "暂无数据";
})();`;
  return layout(ctx, "生意参谋 首页", "sycm.taobao.com/portal/home.htm", body, script);
}
