import type { ImportFormat } from "../types.ts";
import { jdOrdersFormat } from "./jd-orders.ts";
import { pddOrdersFormat } from "./pdd-orders.ts";
import { taobaoOrdersFormat } from "./taobao-orders.ts";

/** Order exports of the three back offices (one row per order line), imported as order records. */
export const ORDER_FORMATS: readonly ImportFormat[] = [
  taobaoOrdersFormat,
  jdOrdersFormat,
  pddOrdersFormat,
];
