import type { ImportFormat } from "../types.ts";
import { mapDailyRows } from "./daily-rows.ts";

/**
 * 生意参谋 daily shop export (取数 / 首页 / 交易概况 → 下载; .xls or .xlsx): a title block
 * (报表名, 统计日期：a~b, 终端) above the header on row 6, then one row per 统计日期. Figures follow
 * capture's sycm parsers (extension/src/platforms/taobao/sycm-overview.ts, sycm-flow-overview.ts):
 * 访客数 uv, 浏览量 pv, 支付买家数 payByrCnt, 支付金额 payAmt (yuan), 加购人数 cartByrCnt, 商品收藏人数
 * itmCltByrCnt (店铺收藏买家数 counts shop followers and is not read). Paid orders are 支付子订单数,
 * the figure sycm reports as payOrdCnt / subPayOrdSubCnt (platform-formats.md §1.3); the older
 * 取数 layout's 支付父订单数 is the fallback. PC端/无线端 columns are not read: exact headers only.
 *
 * Columns as seen in public importers (GitHub code index; the index could not name the
 * repositories behind the ids):
 * - a Django 天猫店铺维度原始运营指标 importer, index id 38058967058 (统计日期, 访客数, 浏览量, 商品收藏买家数,
 *   加购人数, 支付金额, 支付买家数, 支付子订单数, 支付件数, 支付转化率, 客单价, 支付父订单数,
 *   店铺收藏买家数, each also as PC端…/无线端…);
 * - a shop-daily template import, index id 53401068831 (统计日期, 访客数, 加购人数, 支付金额, 支付买家数,
 *   支付子订单数, 支付件数);
 * - a sycm metric dictionary, index id 57130581267 (cartByrCnt 加购人数, cltItmCnt 商品收藏人数,
 *   pv 浏览量, subPayOrdSubCnt 支付子订单数, payRate 支付转化率);
 * - a 生意参谋 product-daily reader, index id 68338973743 (header row found below a title row;
 *   统计日期 as "2026-07-31").
 */

export const SYCM_SHOP_DAILY_PARSER = "import/sycm-shop-daily@1";

const columns = [
  { key: "date", headers: ["统计日期", "日期"], required: true },
  { key: "visitors", headers: ["访客数"], required: true },
  { key: "paid", headers: ["支付金额", "支付金额(元)"], required: true },
  { key: "buyers", headers: ["支付买家数"], required: true },
  { key: "pageViews", headers: ["浏览量"], required: false },
  { key: "paidOrders", headers: ["支付子订单数", "支付父订单数"], required: false },
  { key: "cartBuyers", headers: ["加购人数"], required: false },
  { key: "favBuyers", headers: ["商品收藏人数", "商品收藏买家数"], required: false },
  { key: "payRate", headers: ["支付转化率"], required: false },
  { key: "payPct", headers: ["客单价"], required: false },
  { key: "payItems", headers: ["支付件数"], required: false },
] as const;

export const sycmShopDailyFormat: ImportFormat = {
  id: "sycm-shop-daily",
  platforms: ["taobao", "tmall"],
  kind: "shop-daily",
  label: { zh: "生意参谋 店铺日报导出", en: "Sycm shop daily export" },
  columns,
  toRecords: (rows, context) => mapDailyRows(rows, context, SYCM_SHOP_DAILY_PARSER),
};
