import type { DemoShop, DemoWorkspace } from "../../demo/index.ts";
import type { SandboxHandler } from "../types.ts";
import { porderOrderList, queryWareList, szProductTable, szTradeSummary } from "./api.ts";
import { ordersPage, type PageContext, szPage, waresPage } from "./pages.ts";
import type { JdJson } from "./serialize.ts";

/**
 * The JD sandbox back office (dev only), mounted by the Worker under /sandbox/jd/. `path` is what
 * follows "/sandbox/jd/", e.g. "porder.shop.jd.com/order/orderlist". Pages (GET) render the demo's
 * JD shop; the JSON endpoints (POST) answer in the real shapes. `?session=expired` on an endpoint
 * answers as an expired JD session does: porder redirects to passport.shop.jd.com, the sff gateway
 * says 未登录, 商智 answers its header error. Returns null for paths it does not serve.
 */

const WARE_API = "dsm.wareshopv2.ware.wareListService.queryWareList";
const ORDER_TABS =
  /^porder\.shop\.jd\.com\/order\/orderlist\/(allOrders|notPay|waitOut|hadOut|completed|canceled)$/;

type Api = (demo: DemoWorkspace, shop: DemoShop, body: JdJson) => JdJson;

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store" },
  });
}

function html(text: string): Response {
  return new Response(text, {
    headers: { "content-type": "text/html;charset=utf-8", "cache-control": "no-store" },
  });
}

async function readBody(request: Request): Promise<JdJson> {
  try {
    const parsed: unknown = await request.json();
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as JdJson)
      : {};
  } catch {
    return {};
  }
}

const PASSPORT_REDIRECT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>京东商家登录</title>
<script>window.location.href = "https://passport.shop.jd.com/login/index.action";</script></head><body>正在跳转到登录页…</body></html>`;

/** The endpoint a POST path names, and what an expired session gets there. */
function endpoint(path: string, url: URL): { api: Api; expired: () => Response } | null {
  if (path === "porder.shop.jd.com/order/orderlist")
    return { api: porderOrderList, expired: () => html(PASSPORT_REDIRECT) };
  if (path === "sff.jd.com/api" && url.searchParams.get("api") === WARE_API)
    return {
      api: queryWareList,
      expired: () => json({ code: 401, message: "用户未登录", data: null }),
    };
  const sz: Record<string, Api> = {
    "szgateway.jd.com/api/lowcode/tradeSummary/summary/getSummary.ajax": szTradeSummary,
    "szgateway.jd.com/api/lowcode/productDetail/table/productTable.ajax": szProductTable,
  };
  const api = sz[path];
  return api
    ? { api, expired: () => json({ header: { code: 401, msg: "请先登录" }, body: null }) }
    : null;
}

export const jdSandbox: SandboxHandler = async (request, path, ctx) => {
  const shop = ctx.demo.shops.find((s) => s.platform === "jd");
  if (!shop) return null;
  const clean = path.replace(/\/+$/, "");
  const url = new URL(request.url);
  if (request.method === "GET") {
    const page: PageContext = { shop, today: ctx.demo.today };
    const tab = ORDER_TABS.exec(clean)?.[1];
    if (tab) return html(ordersPage(page, tab));
    if (clean === "shop.jd.com/jdm/ware/manage/list/OnsaleWare") return html(waresPage(page));
    if (clean === "jdsz.jd.com/sz/trade/overview") return html(szPage(page));
  }
  const target = endpoint(clean, url);
  if (!target) return null;
  if (request.method !== "POST")
    return json({ code: 405, message: "请求方式错误", data: null }, 405);
  if (url.searchParams.get("session") === "expired") return target.expired();
  return json(target.api(ctx.demo, shop, await readBody(request)));
};
