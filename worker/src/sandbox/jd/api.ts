import {
  addDays,
  type CanonicalRecord,
  type Order,
  type Refund,
  type Traffic,
} from "@tongshu/shared";
import type { DemoShop, DemoWorkspace } from "../../demo/index.ts";
import { type JdJson, porderRow, szEnvelope, szFigures, wareRows } from "./serialize.ts";

/** The JD sandbox's JSON endpoints: demo data in the real shapes (platform-formats.md §2). */

/** Days of orders the order list shows, like the page's default recent window. */
const ORDER_DAYS = 7;

const dayCache = new WeakMap<DemoWorkspace, Map<string, CanonicalRecord[]>>();

function day(demo: DemoWorkspace, date: string, shop: DemoShop): CanonicalRecord[] {
  const cache = dayCache.get(demo) ?? new Map<string, CanonicalRecord[]>();
  dayCache.set(demo, cache);
  const key = `${shop.shopId}|${date}`;
  const records = cache.get(key) ?? demo.dayRecords(date, shop.shopId);
  cache.set(key, records);
  return records;
}

function inWindow(demo: DemoWorkspace, date: string): boolean {
  return date >= demo.range.from && date <= demo.range.to;
}

const num = (value: unknown, fallback: number, max: number) =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 1
    ? Math.min(value, max)
    : fallback;

// selectedTabName (§2.1) → the JOS state its rows show.
const TAB_STATE: Readonly<Record<string, string>> = {
  notPay: "WAIT_BUYER_PAY",
  waitOut: "WAIT_SELLER_STOCK_OUT",
  hadOut: "WAIT_GOODS_RECEIVE_CONFIRM",
  completed: "FINISHED_L",
  canceled: "TRADE_CANCELED",
};

/** `POST porder.shop.jd.com/order/orderlist`: newest first, paged by `current`/`pageSize`. */
export function porderOrderList(demo: DemoWorkspace, shop: DemoShop, body: JdJson): JdJson {
  const orders: Order[] = [];
  const refunds: Refund[] = [];
  for (let i = 0; i < ORDER_DAYS; i++) {
    const date = addDays(demo.today, -i);
    if (!inWindow(demo, date)) continue;
    for (const r of day(demo, date, shop)) {
      if (r.kind === "order") orders.push(r);
      else if (r.kind === "refund") refunds.push(r);
    }
  }
  orders.sort((a, b) => b.createdAt - a.createdAt);
  const tab = typeof body.selectedTabName === "string" ? body.selectedTabName : "allOrders";
  const rows = orders
    .map((o) =>
      porderRow(
        o,
        refunds.filter((r) => r.orderId === o.orderId),
      ),
    )
    .filter((row) => tab === "allOrders" || row.orderState === TAB_STATE[tab]);
  const current = num(body.current, 1, 10_000);
  const size = num(body.pageSize, 10, 100);
  return { orderList: rows.slice((current - 1) * size, current * size), totalCount: rows.length };
}

/** sff `queryWareList`: every listing of the shop, paged like the page asks. */
export function queryWareList(demo: DemoWorkspace, shop: DemoShop, body: JdJson): JdJson {
  const request = body.request as JdJson | undefined;
  const data = (request?.data ?? {}) as JdJson;
  const wares = wareRows(demo.skuRecords().filter((s) => s.shopId === shop.shopId));
  const current = num(data.current, 1, 10_000);
  const size = num(data.pageSize, 20, 100);
  return {
    code: 200,
    message: "success",
    data: { totalCount: wares.length, data: wares.slice((current - 1) * size, current * size) },
  };
}

function traffic(demo: DemoWorkspace, shop: DemoShop, body: JdJson): Traffic[] | null {
  const date = body.startDate;
  // The demo keeps daily figures only: a multi-day period answers like a bad query (size 0).
  if (typeof date !== "string" || body.endDate !== date || !inWindow(demo, date)) return null;
  return day(demo, date, shop).filter((r): r is Traffic => r.kind === "traffic");
}

/** 商智 `tradeSummary/summary/getSummary.ajax`: the shop's figures for one day. */
export function szTradeSummary(demo: DemoWorkspace, shop: DemoShop, body: JdJson): JdJson {
  const shopLevel = traffic(demo, shop, body)?.find((t) => t.itemId === null);
  return shopLevel ? szEnvelope(szFigures(shopLevel), 1) : szEnvelope(null, 0);
}

/** 商智 `productDetail/table/productTable.ajax`: `$summary` first, then one row per SPU. */
export function szProductTable(demo: DemoWorkspace, shop: DemoShop, body: JdJson): JdJson {
  const all = traffic(demo, shop, body);
  const shopLevel = all?.find((t) => t.itemId === null);
  if (!all || !shopLevel) return szEnvelope(null, 0);
  const titles = new Map(
    demo.products.flatMap((p) =>
      p.listings.filter((l) => l.shopId === shop.shopId).map((l) => [l.itemId, l.title]),
    ),
  );
  const items = all
    .filter((t) => t.itemId !== null)
    .sort((a, b) => (b.paidFen ?? 0) - (a.paidFen ?? 0))
    .map((t) => ({ spuId: t.itemId, spuName: titles.get(t.itemId ?? "") ?? "", ...szFigures(t) }));
  const rows = [{ $summary: true, ...szFigures(shopLevel) }, ...items];
  return szEnvelope(rows, rows.length);
}
