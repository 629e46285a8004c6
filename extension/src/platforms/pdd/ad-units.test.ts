import { describe, expect, it } from "vitest";
import { AD_MONEY_UNIT, adMoneyToFen } from "./ad-units.ts";
import { errorCode, ok, records, run, SNACK } from "./test-support.ts";

const URL = "https://yingxiao.pinduoduo.com/mms-gateway/venus/api/unit/listPage";

function request(scenesType: number, begin = "2026-11-19", end = begin, mallId = "879846125") {
  return {
    crawlerInfo: "0aqAfx",
    mallId,
    scenesType,
    beginDate: begin,
    endDate: end,
    pageNumber: 1,
    pageSize: 50,
  };
}

function unit(overrides: Record<string, unknown> = {}) {
  return {
    adId: 310045521,
    adName: "沥水篮-搜索-精准词",
    planId: 2200341,
    planName: "厨房收纳主推",
    goodsId: 601234567890,
    mallId: 879846125,
    status: 1,
    impression: 18420,
    click: 512,
    spend: 12345,
    gmv: 456780,
    orderNum: 14,
    cpc: 24,
    transactionCost: 88,
    ...overrides,
  };
}

describe("pdd/ad-units", () => {
  it("reads spend and gmv as 厘 (platform-formats.md §3.5), not fen", () => {
    expect(AD_MONEY_UNIT).toBe("li");
    // 12345 厘 = ¥12.345 → 1235 fen; read as fen it would be ¥123.45, ten times too much.
    const [ad] = records(run(URL, ok({ total: 1, result: [unit()] }), { request: request(0) }));
    expect(ad).toEqual({
      kind: "ad",
      platform: "pdd",
      shopId: "879846125",
      capturedAt: expect.any(Number),
      source: { url: URL, parser: "pdd/ad-units@1" },
      date: "2026-11-19",
      channel: "pdd-search",
      campaignId: "310045521",
      campaignName: "沥水篮-搜索-精准词",
      itemId: "601234567890",
      spendFen: 1235,
      impressions: 18420,
      clicks: 512,
      attributedOrders: 14,
      attributedFen: 45678,
    });
  });

  it("rounds 厘 half away from zero", () => {
    expect([4, 5, 14, 15, 25, 99999, 0].map((li) => adMoneyToFen(li, "spend"))).toEqual([
      0, 1, 1, 2, 3, 10000, 0,
    ]);
    expect(adMoneyToFen("12345", "spend")).toBe(1235);
    expect(() => adMoneyToFen(12.5, "spend")).toThrow(/spend/);
  });

  it("names the channel by scenesType and refuses unknown ones", () => {
    const scene = run(URL, ok({ result: [unit({ mallId: 573531501 })] }), {
      request: request(2, "2026-11-19", "2026-11-19", "573531501"),
      shop: SNACK,
    });
    expect(records(scene)[0]).toMatchObject({ channel: "pdd-scene", shopId: "573531501" });
    expect(errorCode(run(URL, ok({ result: [unit()] }), { request: request(6) }))).toBe(
      "malformed",
    );
    expect(errorCode(run(URL, ok({ result: [unit()] }), { request: {} }))).toBe("malformed");
  });

  it("stores nothing for a multi-day view (its sums cannot be split by day)", () => {
    const result = run(URL, ok({ total: 1, result: [unit()] }), {
      request: request(0, "2026-11-13", "2026-11-19"),
    });
    expect(records(result)).toEqual([]);
    expect(result.ok && result.page?.rows).toBe(1);
  });

  it("binds units to the session's mall and types rejected tokens", () => {
    expect(
      errorCode(
        run(URL, ok({ result: [unit()] }), {
          request: request(0, "2026-11-19", "2026-11-19", "573531501"),
        }),
      ),
    ).toBe("shop_mismatch");
    const rejected = JSON.stringify({
      success: false,
      errorCode: 50003,
      errorMsg: "crawlerInfo校验失败",
      result: null,
    });
    expect(errorCode(run(URL, rejected, { request: request(0) }))).toBe("risk_control");
  });
});
