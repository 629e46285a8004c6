import type { Settlement, SettlementType } from "@tongshu/shared";
import { arr, id, obj, optId, optInt } from "../../lib/read-values.ts";
import type { Parser } from "../types.ts";
import { BILLS } from "./endpoints.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import { fen, instant } from "./values.ts";

/**
 * 货款明细 `queryUserDefinedBill` (platform-formats.md §3.6) → settlement records. `amount` is
 * signed fen (income positive, deductions negative) and kept as sent; `createdAt` unix seconds.
 *
 * classId (账务类型) → type:
 *   1  交易收入      income
 *   2  优惠券结算    income       platform-funded coupons paid back to the shop: sales revenue
 *   3  退款          refund
 *   5  技术服务费    service_fee
 *   7  扣款          other        fines / compensation deducted; not a fee for a service
 *   8  其他          other
 *   9  多多进宝      ad           PDD's affiliate (CPS) promotion: a marketing cost, like
 *                                 淘宝客 ("tbk") is an ad channel in the ad schema
 *   10 转账          other        money moved between accounts, not earned or spent
 *   11 其他软件服务  service_fee  platform software charged per use
 *   any other        other        the signed amount is still right; only the label is unknown
 */
const CLASS_TYPES: Readonly<Record<number, SettlementType>> = {
  1: "income",
  2: "income",
  3: "refund",
  5: "service_fee",
  7: "other",
  8: "other",
  9: "ad",
  10: "other",
  11: "service_fee",
};

export function settlementType(classId: number | null): SettlementType {
  return (classId === null ? undefined : CLASS_TYPES[classId]) ?? "other";
}

export const bills: Parser = {
  endpoint: BILLS,
  version: 1,
  kinds: ["settlement"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const rows = arr(result.data ?? [], "result.data").map((x, i) => obj(x, `result.data.${i}`));
    const shop = resolveMall(
      ctx,
      rows.map((r) => r.mallId),
    );
    const base = baseOf(envelope, bills, shop);
    const records = rows.map((row, i): Settlement => {
      const path = `result.data.${i}`;
      return {
        kind: "settlement",
        ...base,
        entryId: id(row.id, `${path}.id`),
        orderId: optId(row.orderSn),
        occurredAt: instant(row.createdAt, `${path}.createdAt`),
        type: settlementType(optInt(row.classId)),
        amountFen: fen(row.amount, `${path}.amount`),
      };
    });
    const request = readRequest(envelope);
    const size = optInt(request.limit) ?? rows.length;
    const offset = optInt(request.offset) ?? 0;
    return {
      records,
      shop,
      page: {
        current: size > 0 ? Math.floor(offset / size) + 1 : 1,
        size,
        total: optInt(result.total),
        rows: rows.length,
      },
    };
  },
};
