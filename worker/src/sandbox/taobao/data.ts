import { addDays, type Order, type Sku, type Traffic } from "@tongshu/shared";
import type { DemoShop, DemoWorkspace } from "../../demo/index.ts";

/** What the sandbox shows of the demo: recent orders, listings and sycm days of one shop. */

/** Days of orders the 已卖出的宝贝 list shows (the real list defaults to 3 months; kept short). */
export const ORDER_DAYS = 7;

const orderCache = new Map<string, Order[]>();

/** The shop's orders created in the last ORDER_DAYS days, newest first, as of the demo's now. */
export function recentOrders(demo: DemoWorkspace, shopId: string): Order[] {
  const key = `${demo.seed}|${demo.now}|${shopId}`;
  const cached = orderCache.get(key);
  if (cached) return cached;
  const orders: Order[] = [];
  for (let back = 0; back < ORDER_DAYS; back++) {
    const date = addDays(demo.today, -back);
    if (date < demo.range.from) break;
    for (const record of demo.dayRecords(date, shopId))
      if (record.kind === "order") orders.push(record);
  }
  orders.sort((a, b) => b.createdAt - a.createdAt || (a.orderId < b.orderId ? -1 : 1));
  if (orderCache.size > 8) orderCache.clear();
  orderCache.set(key, orders);
  return orders;
}

export function shopSkus(demo: DemoWorkspace, shopId: string): Sku[] {
  return demo.skuRecords().filter((s) => s.shopId === shopId);
}

/** The shop-level traffic record of one day, or null outside the demo window. */
export function shopTraffic(demo: DemoWorkspace, shopId: string, date: string): Traffic | null {
  if (date < demo.range.from || date > demo.today) return null;
  const found = demo
    .dayRecords(date, shopId)
    .find((r): r is Traffic => r.kind === "traffic" && r.itemId === null);
  return found ?? null;
}

/** Taobao's back office serves Taobao and Tmall shops: the demo's shops of either platform. */
export function taobaoShops(demo: DemoWorkspace): DemoShop[] {
  return demo.shops.filter((s) => s.platform === "taobao" || s.platform === "tmall");
}
