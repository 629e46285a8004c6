import { describe, expect, it } from "vitest";
import { settlementType } from "./bills.ts";
import { bj, errorCode, ok, records, run } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/uranus/api/bill/queryUserDefinedBill";
const REQUEST = { classList: [], groupType: 0, offset: 40, limit: 20 };

function row(
  id: number,
  amount: number,
  classId: number,
  orderSn: string | null = "261119-087412356029841",
) {
  return {
    id,
    amount,
    classId,
    createdAt: bj("2026-11-19 09:13:02"),
    mallId: 879846125,
    orderSn,
    note: "",
    type: amount > 0 ? 1 : 2,
  };
}

describe("pdd/bills", () => {
  it("keeps signed fen and the order number", () => {
    const result = run(
      URL,
      ok({ total: 52, data: [row(90331122001, 5480, 1), row(90331122004, -33, 5, "")] }),
      {
        request: REQUEST,
      },
    );
    expect(records(result)).toEqual([
      {
        kind: "settlement",
        platform: "pdd",
        shopId: "879846125",
        capturedAt: expect.any(Number),
        source: { url: URL, parser: "pdd/bills@1" },
        entryId: "90331122001",
        orderId: "261119-087412356029841",
        occurredAt: Date.UTC(2026, 10, 19, 1, 13, 2),
        type: "income",
        amountFen: 5480,
      },
      expect.objectContaining({
        entryId: "90331122004",
        orderId: null,
        type: "service_fee",
        amountFen: -33,
      }),
    ]);
    expect(result.ok && result.page).toEqual({ current: 3, size: 20, total: 52, rows: 2 });
  });

  it.each([
    [1, "income"],
    [2, "income"],
    [3, "refund"],
    [5, "service_fee"],
    [7, "other"],
    [8, "other"],
    [9, "ad"],
    [10, "other"],
    [11, "service_fee"],
    [99, "other"],
    [null, "other"],
  ])("maps classId %s to %s", (classId, type) => {
    expect(settlementType(classId)).toBe(type);
  });

  it("refuses another mall's bill and yuan amounts", () => {
    const other = { ...row(1, 100, 1), mallId: 573531501 };
    expect(errorCode(run(URL, ok({ data: [other] }), { request: REQUEST }))).toBe("shop_mismatch");
    expect(errorCode(run(URL, ok({ data: [row(1, 1.5, 1)] }), { request: REQUEST }))).toBe(
      "malformed",
    );
  });
});
