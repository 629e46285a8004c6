import { describe, expect, it } from "vitest";
import { errorCode, ok, records, run } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/sydney/api/goodsDataShow/queryGoodsDetailVOList";

function row(overrides: Record<string, unknown> = {}) {
  return {
    goodsId: 601234567890,
    goodsName: "禾屿 加厚硅胶厨房收纳沥水篮",
    statDate: "2026-11-19",
    goodsUv: 1204,
    goodsPv: 2650,
    payOrdrCnt: 51,
    payOrdrAmt: 1356.49,
    payOrdrUsrCnt: 48,
    goodsFavCnt: 22,
    goodsVcr: 0.0399,
    goodsUvPpr: 0.1532,
    goodsUvPprIsPercent: true,
    ...overrides,
  };
}

const DAY = { startDate: "2026-11-19", endDate: "2026-11-19", pageNum: 3, pageSize: 10 };

describe("pdd/goods-data", () => {
  it("reads each goods row as item traffic, amounts in yuan", () => {
    const result = run(URL, ok({ totalNum: 23, goodsDetailList: [row()] }), { request: DAY });
    expect(records(result)).toEqual([
      {
        kind: "traffic",
        platform: "pdd",
        shopId: "879846125",
        capturedAt: expect.any(Number),
        source: { url: URL, parser: "pdd/goods-data@1" },
        date: "2026-11-19",
        days: 1,
        itemId: "601234567890",
        visitors: 1204,
        pageViews: 2650,
        buyers: 48,
        paidOrders: 51,
        paidFen: 135649,
        cartBuyers: null,
        favBuyers: 22,
      },
    ]);
    expect(result.ok && result.page).toEqual({ current: 3, size: 10, total: 23, rows: 1 });
  });

  it("reads the ForMMS twin, multi-day ranges, and row dates when the request has none", () => {
    const week = run(`${URL}ForMMS`, ok({ goodsDetailList: [row()] }), {
      request: { startDate: "2026-11-13", endDate: "2026-11-19" },
    });
    expect(records(week)[0]).toMatchObject({ date: "2026-11-13", days: 7, visitors: 1204 });
    const rowDated = run(URL, ok({ goodsDetailList: [row({ statDate: "2026-11-17" })] }), {
      request: {},
    });
    expect(records(rowDated)[0]).toMatchObject({ date: "2026-11-17", days: 1 });
  });

  it("stores today's figures as unknown", () => {
    const today = run(
      URL,
      ok({ goodsDetailList: [row({ goodsUv: "3826", payOrdrAmt: "\ue4f1\ue2a0.\ue9c3" })] }),
      {
        request: { startDate: "2026-11-20", endDate: "2026-11-20" },
      },
    );
    expect(records(today)[0]).toMatchObject({
      itemId: "601234567890",
      visitors: null,
      pageViews: null,
      buyers: null,
      paidOrders: null,
      paidFen: null,
      favBuyers: null,
    });
  });

  it("refuses fractional counts and rows without a goods id", () => {
    expect(
      errorCode(run(URL, ok({ goodsDetailList: [row({ goodsUv: 1.5 })] }), { request: DAY })),
    ).toBe("malformed");
    expect(
      errorCode(run(URL, ok({ goodsDetailList: [row({ goodsId: null })] }), { request: DAY })),
    ).toBe("malformed");
  });
});
