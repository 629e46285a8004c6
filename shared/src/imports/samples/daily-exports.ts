import type { Traffic } from "../../schemas/traffic.ts";
import { type SampleCell, xlsxBytes, yuanNumber } from "./sheet-bytes.ts";

/**
 * Shop daily reports written the way the back offices write them (see ../formats/
 * sycm-shop-daily.ts, jd-shop-daily.ts, pdd-shop-daily.ts). Input: shop-level one-day traffic
 * records. Unknown figures are written "-"; rates and 客单价 are derived from the figures, as the
 * reports show them. What a report lacks is lost: 商智 has no favourite buyers, 拼多多 数据中心 no
 * add-to-cart buyers.
 */

function sortedDays(days: readonly Traffic[]): Traffic[] {
  for (const day of days) {
    if (day.days !== 1 || day.itemId !== null)
      throw new Error(
        `a shop daily report holds shop-level single days, not ${day.date}×${day.days}`,
      );
  }
  return [...days].sort((a, b) => a.date.localeCompare(b.date));
}

const count = (value: number | null): SampleCell => value ?? "-";
const money = (fen: number | null): SampleCell => (fen === null ? "-" : yuanNumber(fen));

/** "3.25%": part ÷ whole, or "-" when either is unknown or the whole is 0. */
function percent(part: number | null, whole: number | null): string {
  if (part === null || whole === null || whole === 0) return "-";
  return `${((part / whole) * 100).toFixed(2)}%`;
}

/** Paid amount per buyer in yuan, or "-". */
function perBuyer(day: Traffic): SampleCell {
  if (day.paidFen === null || day.buyers === null || day.buyers === 0) return "-";
  return Number((day.paidFen / day.buyers / 100).toFixed(2));
}

const SYCM_HEADER = [
  "统计日期",
  "访客数",
  "浏览量",
  "支付金额",
  "支付买家数",
  "支付子订单数",
  "支付转化率",
  "客单价",
  "加购人数",
  "商品收藏人数",
];
const JD_HEADER = [
  "日期",
  "访客数",
  "浏览量",
  "成交客户数",
  "成交单量",
  "成交金额",
  "成交转化率",
  "客单价",
  "加购客户数",
];
const PDD_HEADER = [
  "统计日期",
  "成交金额",
  "成交订单数",
  "成交买家数",
  "成交转化率",
  "客单价",
  "店铺访客数",
  "店铺浏览量",
  "商品收藏用户数",
];

/** 生意参谋 日报: a title block, the header on row 6, one row per 统计日期. */
export async function sycmShopDailyXlsx(days: readonly Traffic[]): Promise<Uint8Array> {
  const sorted = sortedDays(days);
  const range = `${sorted[0]?.date ?? ""}~${sorted[sorted.length - 1]?.date ?? ""}`;
  const rows: SampleCell[][] = [
    ["生意参谋 取数 · 店铺 · 整体 日报"],
    [`统计日期：${range}`],
    ["终端：所有终端"],
    [],
    [],
    SYCM_HEADER,
  ];
  for (const d of sorted) {
    rows.push([
      d.date,
      count(d.visitors),
      count(d.pageViews),
      money(d.paidFen),
      count(d.buyers),
      count(d.paidOrders),
      percent(d.buyers, d.visitors),
      perBuyer(d),
      count(d.cartBuyers),
      count(d.favBuyers),
    ]);
  }
  return xlsxBytes(rows, "取数");
}

/** 京东商智 经营概况: header on row 1, one row per 日期. */
export async function jdShopDailyXlsx(days: readonly Traffic[]): Promise<Uint8Array> {
  const rows: SampleCell[][] = [JD_HEADER];
  for (const d of sortedDays(days)) {
    rows.push([
      d.date,
      count(d.visitors),
      count(d.pageViews),
      count(d.buyers),
      count(d.paidOrders),
      money(d.paidFen),
      percent(d.buyers, d.visitors),
      perBuyer(d),
      count(d.cartBuyers),
    ]);
  }
  return xlsxBytes(rows, "经营概况");
}

/** 拼多多 数据中心 交易数据: header on row 1, one row per 统计日期. */
export async function pddShopDailyXlsx(days: readonly Traffic[]): Promise<Uint8Array> {
  const rows: SampleCell[][] = [PDD_HEADER];
  for (const d of sortedDays(days)) {
    rows.push([
      d.date,
      money(d.paidFen),
      count(d.paidOrders),
      count(d.buyers),
      percent(d.buyers, d.visitors),
      perBuyer(d),
      count(d.visitors),
      count(d.pageViews),
      count(d.favBuyers),
    ]);
  }
  return xlsxBytes(rows, "交易数据");
}
