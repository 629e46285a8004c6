import { describe, expect, it } from "vitest";
import { sycmPeriod } from "./sycm.ts";
import { errorCode, fixtureBody, records, run, TM_SHOP } from "./test-support.ts";

const S = "https://sycm.taobao.com";
const range = (type: string, from: string, to: string) =>
  `dateType=${type}&dateRange=${from}%7C${to}&device=0&token=t`;

describe("sycmPeriod", () => {
  it.each([
    ["day", "2026-11-19", "2026-11-19", 1],
    ["week", "2026-11-09", "2026-11-15", 7],
    ["month", "2026-10-01", "2026-10-31", 31],
    ["month", "2026-02-01", "2026-02-28", 28],
    ["recent7", "2026-11-13", "2026-11-19", 7],
    ["recent30", "2026-10-21", "2026-11-19", 30],
  ])("%s %s|%s → %i days from the first day", (type, from, to, days) => {
    expect(sycmPeriod(`${S}/x.json?${range(type, from, to)}`)).toEqual({ date: from, days });
  });

  it("refuses a range that disagrees with its dateType or is missing", () => {
    expect(() => sycmPeriod(`${S}/x.json?${range("day", "2026-11-18", "2026-11-19")}`)).toThrow(
      /does not match/,
    );
    expect(() => sycmPeriod(`${S}/x.json?${range("month", "2026-10-02", "2026-10-31")}`)).toThrow(
      /does not match/,
    );
    expect(() => sycmPeriod(`${S}/x.json?dateType=day`)).toThrow(/dateRange/);
  });
});

describe("taobao/sycm-overview (/portal/coreIndex)", () => {
  const url = `${S}/portal/coreIndex/new/overview/v3.json?needCycleCrc=true&${range("day", "2026-11-19", "2026-11-19")}`;

  it("gives one shop-level record; yuan floats to fen, rates never stored", () => {
    const [t] = records(
      run(url, fixtureBody("sycm-overview-day.body.json"), { shop: TM_SHOP }),
      "traffic",
    );
    expect(t).toMatchObject({
      platform: "tmall",
      shopId: "2219735536",
      date: "2026-11-19",
      days: 1,
      itemId: null,
      visitors: 2841,
      pageViews: 9120,
      buyers: 96,
      paidOrders: null,
      paidFen: 5387050,
      cartBuyers: 301,
      favBuyers: null,
    });
  });

  it("dates a week by its first day", () => {
    const weekUrl = `${S}/portal/coreIndex/new/overview/v3.json?${range("week", "2026-11-09", "2026-11-15")}`;
    const [t] = records(run(weekUrl, fixtureBody("sycm-overview-week.body.json")), "traffic");
    expect([t?.date, t?.days, t?.paidFen, t?.visitors]).toEqual(["2026-11-09", 7, 1234567, 4310]);
  });

  it("types accepted-but-empty, hasError and bad counts", () => {
    expect(errorCode(run(url, fixtureBody("sycm-overview-accepted-empty.body.json")))).toBe(
      "suspicious_empty",
    );
    expect(errorCode(run(url, fixtureBody("sycm-overview-has-error.body.json")))).toBe("api_error");
    const rateAsCount =
      '{"hasError":false,"content":{"code":0,"data":{"self":{"uv":{"value":12.5}}}}}';
    expect(errorCode(run(url, rateAsCount))).toBe("malformed");
  });
});

describe("taobao/sycm-flow-overview ({code:0,data})", () => {
  it("reads a recent30 period with paid orders and favourite buyers", () => {
    const url = `${S}/flow/new/guide/trend/overview.json?${range("recent30", "2026-10-21", "2026-11-19")}`;
    const [t] = records(
      run(url, fixtureBody("sycm-flow-overview-recent30.body.json"), { shop: TM_SHOP }),
      "traffic",
    );
    expect(t).toMatchObject({
      date: "2026-10-21",
      days: 30,
      visitors: 60123,
      pageViews: 188420,
      buyers: 1802,
      paidOrders: 1935,
      paidFen: 103456780,
      cartBuyers: 6632,
      favBuyers: 1760,
    });
    expect(errorCode(run(url, '{"code":5810,"message":"无权限"}'))).toBe("api_error");
  });
});

describe("taobao/sycm-item-top", () => {
  const url = `${S}/cc/item/view/top.json?${range("day", "2026-11-19", "2026-11-19")}&pageSize=20&page=1&keyword=&cateId=`;

  it("gives one item-level record per row", () => {
    const result = run(url, fixtureBody("sycm-item-top-day.body.json"));
    const rows = records(result, "traffic");
    expect(
      rows.map((t) => [
        t.itemId,
        t.visitors,
        t.pageViews,
        t.buyers,
        t.paidFen,
        t.cartBuyers,
        t.favBuyers,
      ]),
    ).toEqual([
      ["652735709863", 120, 388, 4, 73560, 11, 5],
      ["681241470399", 64, 180, 3, 53960, 5, 1],
      ["612345678901", 31, 47, 0, 0, 2, null],
    ]);
    expect(result.ok && result.page).toEqual({ current: 1, size: 20, total: 3, rows: 3 });
  });

  it("decides when an empty list is suspicious", () => {
    const empty = fixtureBody("sycm-item-top-accepted-empty.body.json");
    expect(errorCode(run(url, empty))).toBe("suspicious_empty");
    const page2 = run(url.replace("page=1", "page=2"), empty);
    expect(page2.ok && page2.records).toEqual([]);
    const filtered = run(url.replace("keyword=", "keyword=%E9%94%85"), empty);
    expect(filtered.ok && filtered.records).toEqual([]);
  });

  it("types HTML and x5sec answers", () => {
    expect(errorCode(run(url, fixtureBody("sycm-item-top-html.body.html")))).toBe("not_json");
    expect(errorCode(run(url, fixtureBody("sycm-item-top-x5sec.body.json")))).toBe("risk_control");
  });
});

describe("taobao/sycm-refund-cases (/csp/api)", () => {
  it("reads ended cases with exact ids and amounts", () => {
    const url = `${S}/csp/api/refund/all/detail/list.json?endStartDate=20261119&endEndDate=20261119&queryType=caseEnd&page=1&pageSize=10`;
    const refunds = records(run(url, fixtureBody("sycm-refund-cases.body.json")), "refund");
    expect(refunds.map((r) => [r.refundId, r.orderId, r.amountFen, r.status])).toEqual([
      ["152361904520000011", "4793451545648012345", 3490, "refunded"],
      ["152361904520000012", "2891734405648020264", 0, "closed"],
    ]);
    expect(refunds[0]?.completedAt).toBe(Date.UTC(2026, 10, 19, 8, 20, 0));
    expect(errorCode(run(url, '{"success":false,"code":200,"message":"参数错误"}'))).toBe(
      "api_error",
    );
  });
});
