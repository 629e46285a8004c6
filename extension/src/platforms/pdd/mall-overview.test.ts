import { describe, expect, it } from "vitest";
import { errorCode, ok, records, run, SNACK } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/sydney/api/mallInfo/queryMallDataPageOverView";

const OVERVIEW = {
  cfmOrdrAmt: 1171.64,
  payOrdrAmt: 1171.64,
  payOrdrAmtPct: 0.07798469012218,
  payOrdrAmtIsPercent: true,
  payOrdrUsrCnt: 45,
  payOrdrCnt: 49,
  payOrdrAup: 23.911020408163,
  payUvRto: 0.04347826086956,
  mallFavCnt: 21,
  rpayOrdrUsrRto: null,
};

function parse(
  result: Record<string, unknown>,
  request: unknown,
  shop = undefined as typeof SNACK | undefined,
) {
  return run(URL, ok(result), { request, ...(shop ? { shop } : {}) });
}

describe("pdd/mall-overview", () => {
  it("reads yesterday's shop figures with yuan floats converted exactly", () => {
    const [record] = records(parse(OVERVIEW, { queryDate: "2026-11-19", queryType: 1 }));
    expect(record).toEqual({
      kind: "traffic",
      platform: "pdd",
      shopId: "879846125",
      capturedAt: expect.any(Number),
      source: { url: URL, parser: "pdd/mall-overview@1" },
      date: "2026-11-19",
      days: 1,
      itemId: null,
      visitors: null,
      pageViews: null,
      buyers: 45,
      paidOrders: 49,
      paidFen: 117164,
      cartBuyers: null,
      favBuyers: null,
    });
  });

  it("stores today's obfuscated figures as unknown, even when they look like digits", () => {
    const today = {
      ...OVERVIEW,
      payOrdrAmt: "\ue76a\ue4f1.\ue2a0",
      payOrdrUsrCnt: "45",
      payOrdrCnt: 49,
    };
    const [record] = records(parse(today, { queryDate: "2026-11-20", queryType: 1 }));
    expect(record).toMatchObject({
      date: "2026-11-20",
      buyers: null,
      paidOrders: null,
      paidFen: null,
    });
  });

  it("reads plain digit strings on past days and glyphs as unknown", () => {
    const mixed = {
      ...OVERVIEW,
      payOrdrAmt: "18529.32",
      payOrdrUsrCnt: "\ue2a0\ue9c3",
      payOrdrCnt: "893",
    };
    const [record] = records(parse(mixed, { queryDate: "2026-11-18", queryType: 1 }));
    expect(record).toMatchObject({ paidFen: 1852932, buyers: null, paidOrders: 893 });
  });

  it("takes the period from startDate/endDate and refuses a period it cannot tell", () => {
    const request = {
      queryType: 4,
      queryDate: "2026-10-31",
      startDate: "2026-10-01",
      endDate: "2026-10-31",
    };
    const [month] = records(parse({ ...OVERVIEW, payOrdrAmt: 402118.5 }, request, SNACK));
    expect(month).toMatchObject({
      shopId: "573531501",
      date: "2026-10-01",
      days: 31,
      paidFen: 40211850,
    });
    expect(errorCode(parse(OVERVIEW, { queryType: 4, queryDate: "2026-10-31" }))).toBe("malformed");
    expect(errorCode(parse(OVERVIEW, { queryType: 1, queryDate: "2026-02-30" }))).toBe("malformed");
  });

  it("needs the session's mall: the payload names none", () => {
    expect(
      errorCode(
        run(URL, ok(OVERVIEW), { request: { queryDate: "2026-11-19", queryType: 1 }, shop: null }),
      ),
    ).toBe("no_shop");
  });
});
