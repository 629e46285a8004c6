import type { ImportFormat } from "../types.ts";
import { mapDailyRows } from "./daily-rows.ts";

/**
 * 京东商智 经营概况 / 交易概况 daily export (.xlsx, header on row 1, one row per 日期): 访客数 (UV),
 * 浏览量 (PV), 成交客户数, 成交单量, 成交金额 (yuan), 加购客户数, plus rates (成交转化率) and 客单价 that
 * are not stored. Capture's 商智 parser (extension/src/platforms/jd/sz-gateway.ts) reads the same
 * five figures; 商智 has no favourite-buyer figure (关注 counts follows, not favourites), so
 * favBuyers stays unknown.
 *
 * Columns as seen in public code (GitHub code index):
 * - changeIn/pLearnReact practice/static/js/util/widget/meta.js (商智 metric labels: 访客数 UV, 浏览量
 *   PV, 成交人数 DealUser, 成交单量 DealNum, 成交金额 DealAmt, 加购人数 ToCartUser, 成交转化率, 成交客单价);
 * - a 商智 template importer, index id 57378126407 (日期, 浏览量(PV), 访客数(UV), 加购客户数, 关注客户数,
 *   下单客户数, 成交客户数, 成交转化率, 成交金额, 成交子单量, 客单价, UV价值);
 * - a JD daily metric view, index id 60895477877 (成交金额, 成交单量, 成交客户数, 店铺访客数, 店铺浏览量,
 *   加购人数, 成交转化率);
 * - a 商智 daily importer, index id 61934647699 (date column 时间).
 * (The index could not name the repositories behind the ids.)
 */

export const JD_SHOP_DAILY_PARSER = "import/jd-shop-daily@1";

const columns = [
  { key: "date", headers: ["日期", "时间", "统计日期"], required: true },
  { key: "paid", headers: ["成交金额", "成交金额(元)"], required: true },
  { key: "buyers", headers: ["成交客户数", "成交人数"], required: true },
  { key: "visitors", headers: ["访客数", "访客数(UV)", "店铺访客数"], required: false },
  { key: "pageViews", headers: ["浏览量", "浏览量(PV)", "店铺浏览量"], required: false },
  { key: "paidOrders", headers: ["成交单量", "成交订单数"], required: false },
  { key: "cartBuyers", headers: ["加购客户数", "加购人数"], required: false },
  { key: "dealRate", headers: ["成交转化率", "成交转化率(%)"], required: false },
  { key: "pct", headers: ["客单价", "成交客单价"], required: false },
  { key: "uvValue", headers: ["UV价值"], required: false },
] as const;

export const jdShopDailyFormat: ImportFormat = {
  id: "jd-shop-daily",
  platforms: ["jd"],
  kind: "shop-daily",
  label: { zh: "京东商智 经营日报导出", en: "JD Shangzhi daily export" },
  columns,
  toRecords: (rows, context) => mapDailyRows(rows, context, JD_SHOP_DAILY_PARSER),
};
