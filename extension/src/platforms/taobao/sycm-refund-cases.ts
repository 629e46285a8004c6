import type { Refund } from "@tongshu/shared";
import { arr, id, obj, optInt, pick } from "../../lib/read-values.ts";
import { type Parser, parserName } from "../types.ts";
import { SYCM_REFUND_CASES } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { sycmData } from "./sycm.ts";
import { beijingTime, fen } from "./values.ts";

/**
 * 生意参谋 退款 case list (/csp/api/refund/all/detail/list, queryType=caseEnd): cases that ENDED
 * in the period, `{success, code:200, data:{count, dataSource:[{caseId, orderId, ordPayTime,
 * caseEndTime, caseSceneType, refundRealAmt}]}}` (platform-formats.md §1.5, sycm-cli).
 *
 * Useful because it carries the amount actually refunded, which the order list lacks. An ended
 * case with money back is "refunded", one with 0 is "closed". The list has no request time:
 * createdAt is the end time (a lower-quality value that a refund2 capture replaces), and no
 * reason (caseSceneType is a scene, 未发货退款 / 退货退款, not a reason). An empty list is a
 * genuine answer here: most days end no case.
 */
export const sycmRefundCasesParser: Parser = {
  endpoint: SYCM_REFUND_CASES,
  version: 1,
  kinds: ["refund"],
  parse(envelope, ctx) {
    const data = obj(sycmData(envelope.responseBody, envelope.status) ?? {}, "data");
    const shop = resolveShop(ctx);
    const rows = arr(data.dataSource ?? [], "data.dataSource");
    const source = { url: envelope.url, parser: parserName(sycmRefundCasesParser) };
    const records: Refund[] = rows.map((value, i) => {
      const path = `data.dataSource.${i}`;
      const row = obj(value, path);
      const endedAt = beijingTime(row.caseEndTime, `${path}.caseEndTime`);
      const amountFen = fen(row.refundRealAmt, `${path}.refundRealAmt`);
      return {
        kind: "refund",
        platform: shop.platform,
        shopId: shop.shopId,
        capturedAt: envelope.capturedAt,
        source,
        refundId: id(row.caseId, `${path}.caseId`),
        orderId: id(row.orderId, `${path}.orderId`),
        lineId: null,
        amountFen,
        reason: null,
        status: amountFen > 0 ? "refunded" : "closed",
        createdAt: endedAt,
        completedAt: endedAt,
      };
    });
    const params = new URL(envelope.url).searchParams;
    return {
      records,
      shop,
      page: {
        current: optInt(params.get("page")) ?? 1,
        size: optInt(params.get("pageSize")) ?? rows.length,
        total: optInt(pick(data, "count")),
        rows: rows.length,
      },
    };
  },
};
