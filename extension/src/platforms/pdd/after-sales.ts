import type { Refund } from "@tongshu/shared";
import { arr, id, obj, optInt, optStr } from "../../lib/read-values.ts";
import type { Parser } from "../types.ts";
import { AFTER_SALES } from "./endpoints.ts";
import { afterSalesRefundStatus } from "./order-status.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import { fen, instant } from "./values.ts";

/**
 * 售后 list `afterSales/queryList` (platform-formats.md §3.4) → refund records. `id` is the
 * after-sales id, `refundAmount` the amount asked for (fen), `createdAt` unix seconds, status
 * codes per order-status.ts. The list has no completion time (completedAt stays null) and no
 * SKU (lineId null). `uid`, `mallRemark` and processor names are never read.
 */

export const afterSales: Parser = {
  endpoint: AFTER_SALES,
  version: 1,
  kinds: ["refund"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const rows = arr(result.list ?? [], "result.list").map((x, i) => obj(x, `result.list.${i}`));
    const request = readRequest(envelope);
    const shop = resolveMall(ctx, [request.mallId, ...rows.map((r) => r.mallId)]);
    const base = baseOf(envelope, afterSales, shop);
    const records = rows.map((row, i): Refund => {
      const path = `result.list.${i}`;
      return {
        kind: "refund",
        ...base,
        refundId: id(row.id, `${path}.id`),
        orderId: id(row.orderSn, `${path}.orderSn`),
        lineId: null,
        amountFen: fen(row.refundAmount, `${path}.refundAmount`),
        reason: optStr(row.afterSalesReasonDesc)?.slice(0, 200) ?? null,
        status: afterSalesRefundStatus(optInt(row.afterSalesStatus)) ?? "pending",
        createdAt: instant(row.createdAt, `${path}.createdAt`),
        completedAt: null,
      };
    });
    return {
      records,
      shop,
      page: {
        current: optInt(request.pageNumber) ?? optInt(request.page) ?? 1,
        size: optInt(request.pageSize) ?? rows.length,
        total: optInt(result.total),
        rows: rows.length,
      },
    };
  },
};
