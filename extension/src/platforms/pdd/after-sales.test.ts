import { describe, expect, it } from "vitest";
import { bj, errorCode, ok, records, run } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/mercury/mms/afterSales/queryList";
const REQUEST = {
  afterSalesType: 2,
  orderByCreatedAtDesc: true,
  page: 1,
  pageNumber: 1,
  pageSize: 10,
  quickSearchType: 4,
};

function row(overrides: Record<string, unknown> = {}) {
  return {
    id: 1201877120,
    orderSn: "261116-228840915562037",
    afterSalesType: 1,
    afterSalesStatus: 5,
    afterSalesTitle: "退款成功",
    afterSalesReasonCode: 103,
    afterSalesReasonDesc: "商品破损/少件",
    orderAmount: 8470,
    refundAmount: 2990,
    receiveAmount: 0,
    returnCouponAmount: 0,
    goodsName: "禾屿 加厚硅胶厨房收纳沥水篮",
    createdAt: bj("2026-11-17 10:11:12"),
    mallRemark: "买家张**电话138****0000",
    assignedProcessorName: "客服小*",
    uid: 7302215548812,
    ...overrides,
  };
}

describe("pdd/after-sales", () => {
  it("reads the refund amount in fen and the request instant", () => {
    const result = run(URL, ok({ total: 14, list: [row()] }), { request: REQUEST });
    expect(records(result)).toEqual([
      {
        kind: "refund",
        platform: "pdd",
        shopId: "879846125",
        capturedAt: expect.any(Number),
        source: { url: URL, parser: "pdd/after-sales@1" },
        refundId: "1201877120",
        orderId: "261116-228840915562037",
        lineId: null,
        amountFen: 2990,
        reason: "商品破损/少件",
        status: "refunded",
        createdAt: Date.UTC(2026, 10, 17, 2, 11, 12),
        completedAt: null,
      },
    ]);
    expect(result.ok && result.page).toEqual({ current: 1, size: 10, total: 14, rows: 1 });
    const text = JSON.stringify(result);
    for (const secret of ["张**", "138****0000", "客服", "7302215548812"])
      expect(text).not.toContain(secret);
  });

  it.each([
    [5, "refunded"],
    [6, "closed"],
    [12, "closed"],
    [16, "closed"],
    [10, "approved"],
    [11, "approved"],
    [18, "approved"],
    [2, "pending"],
    [3, "pending"],
    [null, "pending"],
  ])("maps afterSalesStatus %s to %s", (code, status) => {
    const [record] = records(
      run(URL, ok({ list: [row({ afterSalesStatus: code })] }), { request: REQUEST }),
    );
    expect(record?.kind === "refund" && record.status).toBe(status);
  });

  it("refuses another mall and yuan amounts", () => {
    expect(
      errorCode(run(URL, ok({ list: [row()] }), { request: { ...REQUEST, mallId: 573531501 } })),
    ).toBe("shop_mismatch");
    expect(
      errorCode(run(URL, ok({ list: [row({ refundAmount: 29.9 })] }), { request: REQUEST })),
    ).toBe("malformed");
  });
});
