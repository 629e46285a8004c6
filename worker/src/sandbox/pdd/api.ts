import {
  addDays,
  type Order,
  type Sku,
  startOfBusinessDay,
  type Traffic,
  toBusinessDate,
} from "@tongshu/shared";
import type { DemoWorkspace } from "../../demo/index.ts";
import { toMallOverview } from "./data-center.ts";
import { toGoodsRows } from "./goods.ts";
import { type PddJson, toPageItem } from "./orders.ts";

/** The JSON endpoints of the Pinduoduo sandbox, answering in the real envelope (§3.0). */

export function envelope(result: PddJson): PddJson {
  return { success: true, errorCode: 1_000_000, errorMsg: null, result };
}

export const SESSION_EXPIRED = {
  success: false,
  errorCode: 43001,
  errorMsg: "会话已过期，请重新登录",
  result: null,
};

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** orderType (§3.1): 0 全部, 7 待支付, 1 待发货, 2 已发货, 3 已签收. */
const ORDER_TYPES: Readonly<Record<number, Order["status"][]>> = {
  7: ["unpaid"],
  1: ["paid"],
  2: ["shipped"],
  3: ["completed"],
};

export function recentOrderList(demo: DemoWorkspace, mallId: string, body: PddJson): PddJson {
  const end = Math.min(num(body.groupEndTime, demo.now / 1000) * 1000, demo.now);
  const start = Math.max(
    num(body.groupStartTime, end / 1000 - 7 * 86_400) * 1000,
    startOfBusinessDay(demo.range.from),
  );
  const size = Math.min(Math.max(1, num(body.pageSize, 20)), 50);
  const page = Math.max(1, num(body.pageNumber, 1));
  const wanted = ORDER_TYPES[num(body.orderType, 0)];
  const orders: Order[] = [];
  // Orders are generated per creation day: walk the days the window touches.
  for (let date = toBusinessDate(start); date <= toBusinessDate(end); date = addDays(date, 1)) {
    for (const r of demo.dayRecords(date, mallId)) {
      if (r.kind !== "order" || r.createdAt < start || r.createdAt > end) continue;
      if (!wanted || wanted.includes(r.status)) orders.push(r);
    }
  }
  // sortType 7 is newest first (§3.1); 8 oldest first.
  orders.sort((a, b) =>
    num(body.sortType, 7) === 8 ? a.createdAt - b.createdAt : b.createdAt - a.createdAt,
  );
  const pageItems = orders.slice((page - 1) * size, page * size).map(toPageItem);
  return envelope({ totalItemNum: orders.length, pageItems });
}

export function goodsList(demo: DemoWorkspace, mallId: string, body: PddJson): PddJson {
  const skus: Sku[] = demo.skuRecords().filter((s) => s.shopId === mallId);
  let rows = toGoodsRows(skus);
  if (body.is_onsale === 1 || body.is_onsale === 0)
    rows = rows.filter((g) => g.is_onsale === (body.is_onsale === 1));
  if (body.sold_out === 1) rows = rows.filter((g) => g.quantity === 0);
  const size = Math.min(Math.max(1, num(body.size, 10)), 100);
  const page = Math.max(1, num(body.page, 1));
  return envelope({
    sessionId: `sandbox${mallId}`,
    total: rows.length,
    goods_list: rows.slice((page - 1) * size, page * size),
  });
}

/** queryType 1 = one day (`queryDate`), the only period the parser reads without a range. */
export function mallOverview(demo: DemoWorkspace, mallId: string, body: PddJson): PddJson | null {
  const date = typeof body.queryDate === "string" ? body.queryDate : addDays(demo.today, -1);
  if (date < demo.range.from || date > demo.today || num(body.queryType, 1) !== 1) return null;
  const traffic = demo
    .dayRecords(date, mallId)
    .find((r): r is Traffic => r.kind === "traffic" && r.itemId === null);
  return envelope(toMallOverview(traffic, Number(mallId) + Number(date.replaceAll("-", ""))));
}
