import type { DemoShop, DemoWorkspace } from "../../demo/index.ts";
import type { SandboxHandler } from "../types.ts";
import { goodsList, mallOverview, recentOrderList, SESSION_EXPIRED } from "./api.ts";
import type { PddJson } from "./orders.ts";
import { dataCenterPage, goodsPage, ordersPage, type PageContext } from "./pages.ts";

/**
 * The Pinduoduo sandbox back office (dev only), mounted by the Worker under /sandbox/pdd/.
 * `path` is what follows "/sandbox/pdd/", e.g. "mms.pinduoduo.com/orders/list". Pages pick the
 * mall with `?shop=<mallId>` and remember it in a cookie, as the real session would; the JSON
 * endpoints answer for that mall (or `?shop=`). `?session=expired` answers every endpoint with
 * the session-expired envelope. Returns null for paths it does not serve.
 */

const DEFAULT_MALL = "879846125";
const COOKIE = "tongshu_pdd_mall";

const PAGES: Readonly<Record<string, (ctx: PageContext) => string>> = {
  "mms.pinduoduo.com/orders/list": ordersPage,
  "mms.pinduoduo.com/goods/goods_list": goodsPage,
  "mms.pinduoduo.com/sycm/stores_data": dataCenterPage,
};

type Api = (demo: DemoWorkspace, mallId: string, body: PddJson) => PddJson | null;
const APIS: Readonly<Record<string, Api>> = {
  "mms.pinduoduo.com/mangkhut/mms/recentOrderList": recentOrderList,
  "mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList": goodsList,
  "mms.pinduoduo.com/sydney/api/mallInfo/queryMallDataPageOverView": mallOverview,
};

function pickShop(request: Request, shops: readonly DemoShop[]): DemoShop | undefined {
  const url = new URL(request.url);
  const cookie = /(?:^|;\s*)tongshu_pdd_mall=(\d+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const wanted = url.searchParams.get("shop") ?? cookie ?? DEFAULT_MALL;
  return (
    shops.find((s) => s.shopId === wanted) ??
    shops.find((s) => s.shopId === DEFAULT_MALL) ??
    shops[0]
  );
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store" },
  });
}

async function readBody(request: Request): Promise<PddJson> {
  try {
    const parsed: unknown = await request.json();
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as PddJson)
      : {};
  } catch {
    return {};
  }
}

export const pddSandbox: SandboxHandler = async (request, path, ctx) => {
  const shops = ctx.demo.shops.filter((s) => s.platform === "pdd");
  const shop = pickShop(request, shops);
  if (!shop) return null;
  const clean = path.replace(/\/+$/, "");
  const page = PAGES[clean];
  if (page && request.method === "GET") {
    const html = page({ shop, shops, now: ctx.demo.now, today: ctx.demo.today });
    return new Response(html, {
      headers: {
        "content-type": "text/html;charset=utf-8",
        "cache-control": "no-store",
        "set-cookie": `${COOKIE}=${shop.shopId}; Path=/sandbox/pdd/; SameSite=Lax`,
      },
    });
  }
  const api = APIS[clean];
  if (!api) return null;
  if (request.method !== "POST")
    return json({ success: false, errorCode: 40500, errorMsg: "请求方式错误", result: null }, 405);
  if (new URL(request.url).searchParams.get("session") === "expired") return json(SESSION_EXPIRED);
  const answer = api(ctx.demo, shop.shopId, await readBody(request));
  return answer === null
    ? json({ success: false, errorCode: 2000001, errorMsg: "参数错误", result: null })
    : json(answer);
};
