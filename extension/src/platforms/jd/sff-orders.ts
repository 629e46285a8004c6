import { arr, id, isObject, obj, optId, optInt, optStr } from "../../lib/read-values.ts";
import type { ParseOutput } from "../types.ts";
import { bindShop, optEpochMs, pageInfo, required, yuanToFen } from "./common.ts";
import { buildOrder, type JdOrderInput, readJdItem } from "./order-build.ts";
import type { SffRead } from "./sff-envelope.ts";

/**
 * New order list, `api=…queryOrderPage` (platform-formats.md §2.1): `data.{totalItem|total,
 * pageSize, results[]}`, ms-epoch times, yuan money, `orderStatusInfo.orderStatusName`,
 * `orderPaymentInfo.receivables`, `userPin`, `orderItems[]{skuId, jdPrice, num, skuName}`.
 * [INFERRED] names (no sample exists): `venderId`, `outBoundTime`, `consigneeInfo.{province,
 * city}`, `orderPaymentInfo.freightPrice`, item `wareId`, `outerSkuId`, `refundStatusName`,
 * `refundAmount` (refunds of the line that went through, yuan).
 */

/** orderStatus -4 is an abnormal order; ERP clients skip it (§2.1) and so do we. */
const ABNORMAL = -4;

function readRow(row: Record<string, unknown>, path: string): JdOrderInput {
  const status =
    row.orderStatusInfo === undefined ? {} : obj(row.orderStatusInfo, `${path}.orderStatusInfo`);
  const payment = obj(row.orderPaymentInfo, `${path}.orderPaymentInfo`);
  const consignee = isObject(row.consigneeInfo) ? row.consigneeInfo : {};
  const freight = payment.freightPrice;
  return {
    path,
    orderId: id(row.orderId, `${path}.orderId`),
    statusKeys: [optStr(status.orderStatusName)].filter((s): s is string => s !== null),
    createdAt: required(
      optEpochMs(row.orderCreateTime, `${path}.orderCreateTime`),
      `${path}.orderCreateTime`,
    ),
    paidAt: optEpochMs(row.paymentConfirmTime, `${path}.paymentConfirmTime`),
    shippedAt: optEpochMs(row.outBoundTime, `${path}.outBoundTime`),
    completedAt: optEpochMs(row.orderCompleteTime, `${path}.orderCompleteTime`),
    payableFen: yuanToFen(payment.receivables, `${path}.orderPaymentInfo.receivables`),
    freightFen:
      freight === undefined || freight === null
        ? null
        : yuanToFen(freight, `${path}.orderPaymentInfo.freightPrice`),
    pin: optStr(row.userPin),
    province: consignee.province,
    city: consignee.city,
    items: arr(row.orderItems, `${path}.orderItems`).map((item, i) =>
      readJdItem("num", item, `${path}.orderItems.${i}`),
    ),
  };
}

export function readSffOrders({ data, request, ctx, base }: SffRead): ParseOutput {
  const page = obj(data, "data");
  const results = arr(page.results, "data.results");
  const rows = results
    .map((value, i) => ({ row: obj(value, `data.results.${i}`), path: `data.results.${i}` }))
    .filter(({ row }) => optInt(row.orderStatus) !== ABNORMAL);
  const shop = bindShop(ctx, new Set(rows.flatMap(({ row }) => optId(row.venderId) ?? [])));
  const recordFields = base(shop);
  const records = rows.map(({ row, path }) => ({
    ...recordFields,
    ...buildOrder(readRow(row, path), ctx),
  }));
  // Both total names occur (§2.1).
  const total = optInt(page.totalItem) ?? optInt(page.total);
  const info = pageInfo(request, total, results.length);
  return { records, shop, ...(info ? { page: info } : {}) };
}
