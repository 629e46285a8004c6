import type { CaptureEnvelope } from "@tongshu/shared";
import { arr, id, obj, optId, optInt, optStr } from "../../lib/read-values.ts";
import type { ParseContext, ParseOutput, Parser } from "../types.ts";
import {
  bindShop,
  optDateTime,
  pageInfo,
  readJsonBody,
  readRequestJson,
  recordBase,
  required,
  yuanToFen,
} from "./common.ts";
import { buildOrder, type JdOrderInput, readJdItem } from "./order-build.ts";
import { PORDER_ORDER_LIST } from "./endpoints.ts";

/**
 * Legacy order list (platform-formats.md §2.1, `POST porder.shop.jd.com/order/orderlist`, page
 * …/orderlist/allOrders). The doc confirms only `orderList[].orderItems[].skuId`; the row fields
 * follow the JOS orderInfo of the same back-office generation (§2.6) [INFERRED]: `orderState`
 * codes with `orderStateRemark` text, "yyyy-MM-dd HH:mm:ss" Beijing times ("0001-01-01 …" =
 * empty), yuan strings, `pin`, `consigneeInfo` (masked / ciphertext except province and city),
 * and per item `itemTotal` (quantity as a string) and `outerSkuId` (商家编码); line refunds as in
 * the new list (`refundStatusName`, `refundAmount`, order-build.ts).
 */

function readRow(value: unknown, path: string): JdOrderInput & { venderId: string | null } {
  const row = obj(value, path);
  const consignee =
    row.consigneeInfo === undefined ? {} : obj(row.consigneeInfo, `${path}.consigneeInfo`);
  const freight = row.freightPrice;
  return {
    path,
    venderId: optId(row.venderId),
    orderId: id(row.orderId, `${path}.orderId`),
    statusKeys: [optStr(row.orderState), optStr(row.orderStateRemark)].filter(
      (s): s is string => s !== null,
    ),
    createdAt: required(
      optDateTime(row.orderStartTime, `${path}.orderStartTime`),
      `${path}.orderStartTime`,
    ),
    paidAt: optDateTime(row.paymentConfirmTime, `${path}.paymentConfirmTime`),
    shippedAt: optDateTime(row.outBoundDate, `${path}.outBoundDate`),
    completedAt: optDateTime(row.orderEndTime, `${path}.orderEndTime`),
    payableFen: yuanToFen(row.orderPayment, `${path}.orderPayment`),
    freightFen:
      freight === undefined || freight === null ? null : yuanToFen(freight, `${path}.freightPrice`),
    pin: optStr(row.pin),
    province: consignee.province,
    city: consignee.city,
    items: arr(row.orderItems, `${path}.orderItems`).map((item, i) =>
      readJdItem("itemTotal", item, `${path}.orderItems.${i}`),
    ),
  };
}

export const jdPorderOrders: Parser = {
  endpoint: PORDER_ORDER_LIST,
  version: 1,
  kinds: ["order"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const body = obj(readJsonBody(envelope), "body");
    const rows = arr(body.orderList, "orderList").map((r, i) => readRow(r, `orderList.${i}`));
    const shop = bindShop(
      ctx,
      new Set(rows.flatMap((r) => (r.venderId === null ? [] : [r.venderId]))),
    );
    const base = recordBase(jdPorderOrders, envelope, shop);
    const records = rows.map((row) => ({ ...base, ...buildOrder(row, ctx) }));
    const page = pageInfo(readRequestJson(envelope), optInt(body.totalCount), rows.length);
    return { records, shop, ...(page ? { page } : {}) };
  },
};
