import type { ImportFormat } from "../types.ts";
import { mapDailyRows } from "./daily-rows.ts";

/**
 * 拼多多 数据中心 交易数据 / 经营总览 daily export (.xlsx, header on row 1, one row per 统计日期):
 * 成交金额 (yuan; the page's name for payOrdrAmt, older pages 支付金额), 成交订单数, 成交买家数, 店铺访客数,
 * 店铺浏览量, 商品收藏用户数, plus 成交转化率, 客单价 and 成交UV价值, which are not stored. Figures follow
 * capture (extension/src/platforms/pdd/mall-overview.ts: payOrdrAmt, payOrdrCnt, payOrdrUsrCnt;
 * goods-data.ts: goodsFavCnt as favourites). 商品访客数 counts goods-page visitors, not the shop's,
 * and is not read as visitors; 店铺关注用户数 counts followers. No add-to-cart figure exists.
 *
 * Columns as seen in public code (GitHub code index; the index could not name the repositories
 * behind the ids):
 * - a 数据中心 RPA collector, index id 55398860442 (stateDate 统计日期, payOrdrAmt 成交金额, payOrdrCnt
 *   成交订单数, payOrdrUsrCnt 成交买家数, payOrdrAup 客单价, payUvRto 成交转化率, mallFavCnt 店铺关注用户数)
 *   and its goods page, index id 55058592728 (gpv 商品浏览量, guv 商品访客数, goodsFavCnt 商品收藏用户数);
 * - a 数据中心 scraper dictionary "class DataCenter" (店铺访客数 uv, 店铺浏览量 pv, 成交买家数, 成交订单数,
 *   成交金额, 成交转化率, 客单价, 成交UV价值);
 * - a daily table, index id 5130818948 (店铺访客数, 店铺浏览量, 成交买家数, 成交订单数, 成交金额, 客单价).
 */

export const PDD_SHOP_DAILY_PARSER = "import/pdd-shop-daily@1";

const columns = [
  { key: "date", headers: ["统计日期", "日期"], required: true },
  {
    key: "paid",
    headers: ["成交金额", "成交金额(元)", "支付金额", "支付金额(元)"],
    required: true,
  },
  { key: "buyers", headers: ["成交买家数", "支付买家数"], required: true },
  { key: "paidOrders", headers: ["成交订单数", "支付订单数"], required: false },
  { key: "visitors", headers: ["店铺访客数"], required: false },
  { key: "pageViews", headers: ["店铺浏览量"], required: false },
  { key: "favBuyers", headers: ["商品收藏用户数"], required: false },
  { key: "dealRate", headers: ["成交转化率", "支付转化率"], required: false },
  { key: "pct", headers: ["客单价"], required: false },
  { key: "uvValue", headers: ["成交UV价值", "平均访客价值"], required: false },
  { key: "goodsVisitors", headers: ["商品访客数"], required: false },
  { key: "goodsPageViews", headers: ["商品浏览量"], required: false },
] as const;

export const pddShopDailyFormat: ImportFormat = {
  id: "pdd-shop-daily",
  platforms: ["pdd"],
  kind: "shop-daily",
  label: { zh: "拼多多 数据中心 交易日报导出", en: "Pinduoduo data center daily export" },
  columns,
  toRecords: (rows, context) => mapDailyRows(rows, context, PDD_SHOP_DAILY_PARSER),
};
