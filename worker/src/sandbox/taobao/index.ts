import { isBusinessDate } from "@tongshu/shared";
import type { DemoShop } from "../../demo/index.ts";
import type { SandboxHandler } from "../types.ts";
import { recentOrders, shopSkus, shopTraffic, taobaoShops } from "./data.ts";
import { itemsPage, type PageContext, soldItemsPage, sycmHomePage } from "./pages.ts";
import { itemTableBody, soldOrdersBody, sycmOverviewBody, tableItems } from "./serialize.ts";

/**
 * The Taobao / Tmall sandbox back office (dev only), mounted under /sandbox/taobao/ (and
 * /sandbox/tmall/). `path` follows that prefix, e.g. "trade.taobao.com/trade/itemlist/
 * asyncSold.htm". The shop comes from `?shop=<shopId>`, else the page-session cookie, else the
 * Taobao demo shop. `?risk=slider` makes the JSON endpoints answer with the slider page, as
 * Taobao's anti-crawl does. Returns null for paths it does not serve.
 */

const COOKIE = "tongshu_tb_shop";
const SLIDER = {
  rgv587_flag: "sm",
  url: "https://trade.taobao.com//_____tmd_____/punish?x5secdata=sandbox&x5step=1",
};

const PAGES: Readonly<Record<string, (ctx: PageContext) => string>> = {
  "trade.taobao.com/trade/itemlist/list_sold_items.htm": soldItemsPage,
  "item.publish.taobao.com/taobao/manager/render.htm": itemsPage,
  "item.manager.tmall.com/tmall/manager/render.htm": itemsPage,
  "sycm.taobao.com/portal/home.htm": sycmHomePage,
};

function pickShop(request: Request, shops: readonly DemoShop[]): DemoShop | undefined {
  const wanted =
    new URL(request.url).searchParams.get("shop") ??
    new RegExp(`(?:^|;\\s*)${COOKIE}=(\\d+)`).exec(request.headers.get("cookie") ?? "")?.[1];
  return (
    shops.find((s) => s.shopId === wanted) ?? shops.find((s) => s.platform === "taobao") ?? shops[0]
  );
}

function respond(
  body: string,
  type: "html" | "json",
  extra: Record<string, string> = {},
): Response {
  const contentType =
    type === "html" ? "text/html;charset=utf-8" : "application/json;charset=UTF-8";
  return new Response(body, {
    headers: { "content-type": contentType, "cache-control": "no-store", ...extra },
  });
}

function positive(value: string | null | undefined, fallback: number, max = 1000): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

async function formBody(request: Request): Promise<URLSearchParams> {
  try {
    return new URLSearchParams(await request.text());
  } catch {
    return new URLSearchParams();
  }
}

function jsonBodyOf(form: URLSearchParams): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(form.get("jsonBody") ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export const taobaoSandbox: SandboxHandler = async (request, path, ctx) => {
  const shops = taobaoShops(ctx.demo);
  const shop = pickShop(request, shops);
  if (!shop) return null;
  const clean = path.replace(/\/+$/, "");
  const url = new URL(request.url);
  const page = PAGES[clean];
  if (page && request.method === "GET") {
    const html = page({ shop, shops, today: ctx.demo.today, now: ctx.demo.now });
    return respond(html, "html", {
      "set-cookie": `${COOKIE}=${shop.shopId}; Path=/sandbox/; SameSite=Lax`,
    });
  }
  const slider = url.searchParams.get("risk") === "slider";
  if (clean === "trade.taobao.com/trade/itemlist/asyncSold.htm" && request.method === "POST") {
    if (slider) return respond(JSON.stringify(SLIDER), "json");
    const form = await formBody(request);
    const size = positive(form.get("pageSize"), 15, 100);
    return respond(
      soldOrdersBody(recentOrders(ctx.demo, shop.shopId), positive(form.get("pageNum"), 1), size),
      "json",
    );
  }
  if (
    /^item\.(?:publish\.taobao|manager\.tmall)\.com\/(?:taobao|tmall)\/manager\/table\.htm$/.test(
      clean,
    ) &&
    request.method === "POST"
  ) {
    if (slider) return respond(JSON.stringify(SLIDER), "json");
    const body = jsonBodyOf(await formBody(request));
    const pagination = (body.pagination ?? {}) as Record<string, unknown>;
    const tab = typeof body.tab === "string" ? body.tab : "all";
    const items = tableItems(shopSkus(ctx.demo, shop.shopId)).filter((i) =>
      tab === "on_sale"
        ? i.status !== "offshelf"
        : tab === "in_stock"
          ? i.status === "offshelf"
          : true,
    );
    const size = positive(String(pagination.pageSize ?? ""), 20, 100);
    return respond(
      itemTableBody(items, positive(String(pagination.current ?? ""), 1), size),
      "json",
    );
  }
  if (
    clean === "sycm.taobao.com/portal/coreIndex/new/overview/v3.json" &&
    request.method === "GET"
  ) {
    if (slider) return respond(JSON.stringify(SLIDER), "json");
    const [from = "", to = from] = (url.searchParams.get("dateRange") ?? "").split("|");
    // Only single days are served; other periods get sycm's accepted-but-empty answer.
    const day = url.searchParams.get("dateType") === "day" && from === to && isBusinessDate(from);
    return respond(sycmOverviewBody(day ? shopTraffic(ctx.demo, shop.shopId, from) : null), "json");
  }
  return null;
};
