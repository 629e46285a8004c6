import { describe, expect, it } from "vitest";
import { SZ_INDICATORS as I } from "./sz-gateway.ts";
import { envelope, errorOf, parse, recordsOf } from "./test-support.ts";

const SZ = "https://szgateway.jd.com/api/lowcode/";
const day = {
  realtime: false,
  interval: "DAY",
  dateType: "custom",
  startDate: "2025-11-19",
  endDate: "2025-11-19",
};
const ok = (data: unknown, size = 1) => ({
  header: { code: 0, msg: "success" },
  body: { data, size },
});

describe("jd/sz-trade-summary", () => {
  const url = `${SZ}tradeSummary/summary/getSummary.ajax`;

  it("reads indicator codes: counts, numeric strings, {value} and yuan", () => {
    const data = {
      [I.visitors]: 1834,
      [I.pageViews]: { value: 4521 },
      [I.buyers]: "61",
      [I.paidOrders]: 64,
      [I.paidAmount]: "8,123.50",
      [`${I.visitors}##compare`]: 1,
    };
    expect(recordsOf(parse(envelope(url, ok(data), day)))).toMatchObject([
      {
        kind: "traffic",
        date: "2025-11-19",
        days: 1,
        itemId: null,
        visitors: 1834,
        pageViews: 4521,
        buyers: 61,
        paidOrders: 64,
        paidFen: 812350,
        cartBuyers: null,
      },
    ]);
  });

  it("dates the figures by the requested period", () => {
    const week = { ...day, startDate: "2025-11-13", endDate: "2025-11-19" };
    expect(recordsOf(parse(envelope(url, ok({ [I.visitors]: 1 }), week)))[0]).toMatchObject({
      date: "2025-11-13",
      days: 7,
      pageViews: null,
    });
    expect(errorOf(parse(envelope(url, ok({}), { realtime: true }))).code).toBe("malformed");
  });

  it("types size 0, header errors and a missing shop", () => {
    expect(errorOf(parse(envelope(url, ok(null, 0), day))).code).toBe("suspicious_empty");
    expect(
      errorOf(parse(envelope(url, { header: { code: 1001, msg: "参数错误" } }, day))).code,
    ).toBe("api_error");
    expect(
      errorOf(parse(envelope(url, { header: { code: 302, msg: "请先登录" } }, day))).code,
    ).toBe("login_required");
    expect(errorOf(parse(envelope(url, ok({}), day, null))).code).toBe("no_shop");
    expect(errorOf(parse(envelope(url, ok({ [I.visitors]: 1.5 }), day))).code).toBe("malformed");
  });
});

describe("jd/sz-product-table", () => {
  const url = `${SZ}productDetail/table/productTable.ajax`;
  const rows = [
    { $summary: true, [I.visitors]: 5210, [I.paidAmount]: "52340.60" },
    {
      spuId: "100012345678",
      [I.visitors]: 2304,
      [I.pageViews]: 6120,
      [I.paidOrders]: 240,
      [I.paidAmount]: "21360.00",
    },
    { spuId: 100012345700, [I.visitors]: 1650, [I.pageViews]: "-", [I.paidAmount]: 4186 },
  ];

  it("skips the $summary row and keys item rows by SPU", () => {
    const records = recordsOf(parse(envelope(url, ok(rows, 3), { ...day, proType: "spu" })));
    expect(records).toMatchObject([
      {
        itemId: "100012345678",
        visitors: 2304,
        pageViews: 6120,
        paidOrders: 240,
        buyers: null,
        paidFen: 2136000,
      },
      { itemId: "100012345700", visitors: 1650, pageViews: null, paidFen: 418600 },
    ]);
    expect(records).toHaveLength(2);
  });

  it("yields nothing from per-SKU tables", () => {
    expect(recordsOf(parse(envelope(url, ok(rows, 3), { ...day, proType: "sku" })))).toEqual([]);
  });
});

describe("jd/sz-legacy-trade-summary", () => {
  it("reads content.{UV, OrdNum, OrdAmt}.value for the queried day", () => {
    const url = "https://sz.jd.com/sz/api/trade/getSummaryData.ajax?date=2025-11-19";
    const body = {
      content: {
        UV: { value: 1834 },
        OrdNum: { value: "64" },
        OrdAmt: { value: 8123.5 },
        ToOrdRate: { value: 0.0333 },
      },
    };
    expect(recordsOf(parse(envelope(url, body)))).toMatchObject([
      {
        date: "2025-11-19",
        days: 1,
        visitors: 1834,
        paidOrders: 64,
        paidFen: 812350,
        pageViews: null,
        buyers: null,
      },
    ]);
    expect(errorOf(parse(envelope(url, { message: "无权限" }))).code).toBe("api_error");
  });
});
