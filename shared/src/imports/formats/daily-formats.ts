import type { ImportFormat } from "../types.ts";
import { jdShopDailyFormat } from "./jd-shop-daily.ts";
import { pddShopDailyFormat } from "./pdd-shop-daily.ts";
import { sycmShopDailyFormat } from "./sycm-shop-daily.ts";

/** Shop daily reports: 生意参谋, 京东商智, 拼多多 数据中心. */
export const DAILY_FORMATS: readonly ImportFormat[] = [
  sycmShopDailyFormat,
  jdShopDailyFormat,
  pddShopDailyFormat,
];
