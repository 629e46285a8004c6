import type { DemoShop } from "../../demo/index.ts";
import { CLIENT_POST_JSON, CLIENT_ROW, escapeHtml } from "../html.ts";

/**
 * Small plain back-office pages. Each declares its mall in a meta tag (read by the extension's
 * detectShop), shows the mall name and a switcher, and loads its data the way the real page
 * does: its own script POSTs the real request body to the real endpoint path, relative to the
 * page, and renders rows with textContent only.
 */

export interface PageContext {
  shop: DemoShop;
  shops: readonly DemoShop[];
  /** The demo's "now" (epoch ms) and today, so the page queries the demo's window. */
  now: number;
  today: string;
}

function layout(ctx: PageContext, title: string, body: string, script: string): string {
  const meta = JSON.stringify({
    platform: "pdd",
    shopId: ctx.shop.shopId,
    shopName: ctx.shop.shopName,
  });
  const switcher = ctx.shops
    .map((s) =>
      s.shopId === ctx.shop.shopId
        ? `<strong>${escapeHtml(s.shopName)}</strong>`
        : `<a href="?shop=${escapeHtml(s.shopId)}" data-shop="${escapeHtml(s.shopId)}">${escapeHtml(s.shopName)}</a>`,
    )
    .join(" | ");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="tongshu-sandbox-shop" content='${escapeHtml(meta)}'>
<title>${escapeHtml(title)} - 拼多多商家后台</title>
<style>body{font:14px sans-serif;margin:16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.obf{font-family:monospace;color:#999}</style>
</head><body data-now="${ctx.now}" data-today="${ctx.today}">
<header><h1 id="mall-name">${escapeHtml(ctx.shop.shopName)}</h1>
<nav>切换店铺：${switcher}</nav>
<nav><a href="../orders/list">订单查询</a> · <a href="../goods/goods_list">商品列表</a> · <a href="../sycm/stores_data">数据中心</a></nav></header>
<h2>${escapeHtml(title)}</h2>
${body}
<script>${script}</script>
</body></html>`;
}

/** Shared client code: POST JSON, and a cell helper that only ever sets textContent. */
const CLIENT = `
${CLIENT_POST_JSON}${CLIENT_ROW}const yuan = (fen) => (fen / 100).toFixed(2);
`;

export function ordersPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>订单号</th><th>商品</th><th>规格</th><th>数量</th><th>实付(元)</th><th>状态</th><th>下单时间</th></tr></thead><tbody id="rows"></tbody></table>
<p><button id="prev">上一页</button> <span id="pager"></span> <button id="next">下一页</button></p>`;
  const script = `${CLIENT}
const now = Number(document.body.dataset.now); let page = 1; const size = 20;
async function load() {
  const body = { orderType: 0, afterSaleType: 0, remarkStatus: -1, urgeShippingStatus: -1,
    groupStartTime: Math.floor(now / 1000) - 7 * 86400, groupEndTime: Math.floor(now / 1000), pageNumber: page, pageSize: size, sortType: 7 };
  const data = await post("../mangkhut/mms/recentOrderList", body);
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  if (!data.success) { document.getElementById("pager").textContent = data.errorMsg || "加载失败"; return; }
  for (const o of data.result.pageItems) tbody.appendChild(row([o.order_sn, o.goods_name, o.spec, o.goods_number, yuan(o.order_amount), o.order_status_str, new Date(o.created_at * 1000).toLocaleString("zh-CN")], { "data-order-sn": o.order_sn }));
  const pages = Math.max(1, Math.ceil(data.result.totalItemNum / size));
  document.getElementById("pager").textContent = "第 " + page + " / " + pages + " 页，共 " + data.result.totalItemNum + " 条";
  document.getElementById("prev").disabled = page <= 1; document.getElementById("next").disabled = page >= pages;
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(ctx, "订单查询", body, script);
}

export function goodsPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>商品ID</th><th>商品名称</th><th>拼单价(元)</th><th>库存</th><th>SKU数</th><th>状态</th></tr></thead><tbody id="rows"></tbody></table>
<p><button id="prev">上一页</button> <span id="pager"></span> <button id="next">下一页</button></p>`;
  const script = `${CLIENT}
let page = 1; const size = 10;
async function load() {
  const data = await post("../vodka/v2/mms/query/display/mall/goodsList", { is_onsale: null, sold_out: null, page, size });
  const tbody = document.getElementById("rows"); tbody.replaceChildren();
  if (!data.success) { document.getElementById("pager").textContent = data.errorMsg || "加载失败"; return; }
  for (const g of data.result.goods_list) tbody.appendChild(row([g.id, g.goods_name, yuan(g.sku_group_price[0]), g.quantity, g.sku_count, g.is_onsale ? "在售" : "已下架"], { "data-goods-id": String(g.id) }));
  const pages = Math.max(1, Math.ceil(data.result.total / size));
  document.getElementById("pager").textContent = "第 " + page + " / " + pages + " 页，共 " + data.result.total + " 件";
  document.getElementById("prev").disabled = page <= 1; document.getElementById("next").disabled = page >= pages;
}
document.getElementById("prev").onclick = () => { page--; load(); };
document.getElementById("next").onclick = () => { page++; load(); };
load();`;
  return layout(ctx, "商品列表", body, script);
}

export function dataCenterPage(ctx: PageContext): string {
  const body = `<table><thead><tr><th>日期</th><th>成交金额(元)</th><th>成交买家数</th><th>成交订单数</th></tr></thead><tbody id="rows"></tbody></table>
<p>今日数据使用加密字体显示。</p>`;
  const script = `${CLIENT}
const today = document.body.dataset.today;
const yesterday = new Date(Date.parse(today + "T00:00:00Z") - 86400000).toISOString().slice(0, 10);
(async () => {
  const tbody = document.getElementById("rows");
  for (const queryDate of [yesterday, today]) {
    const data = await post("../sydney/api/mallInfo/queryMallDataPageOverView", { queryDate, queryType: 1 });
    if (!data.success) continue;
    const r = data.result;
    const tr = row([queryDate, r.payOrdrAmt, r.payOrdrUsrCnt, r.payOrdrCnt], { "data-date": queryDate });
    if (queryDate === today) tr.className = "obf";
    tbody.appendChild(tr);
  }
})();`;
  return layout(ctx, "数据中心", body, script);
}
