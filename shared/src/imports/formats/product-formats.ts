import type { ImportFormat } from "../types.ts";
import { jdItemsFormat } from "./jd-items.ts";
import { pddGoodsFormat } from "./pdd-goods.ts";
import { taobaoItemsFormat } from "./taobao-items.ts";

/** Product/SKU exports: 千牛 发布模板, 京东 商品导出, 拼多多 商品列表. */
export const PRODUCT_FORMATS: readonly ImportFormat[] = [
  taobaoItemsFormat,
  jdItemsFormat,
  pddGoodsFormat,
];
