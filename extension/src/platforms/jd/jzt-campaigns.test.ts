import { describe, expect, it } from "vitest";
import { envelope, errorOf, parse, recordsOf } from "./test-support.ts";

const URL = "https://jzt-api.jd.com/reweb/msa/base/campaign/list";
const request = (startDay: string, endDay: string, isDaily: boolean) => ({
  isDaily,
  startDay,
  endDay,
  clickOrOrderDay: 30,
  page: 1,
  pageSize: 200,
});
const row = {
  campaignId: 2817736,
  campaignName: "快车-爆款砧板",
  impressions: 4570,
  clicks: "126",
  cost: 158.76,
  totalOrderCnt: 3,
  totalOrderSum: "404.30",
  CPC: 1.26,
};

describe("jd/jzt-campaigns", () => {
  it("dates daily rows by their day (yyyy-MM-dd or yyyyMMdd) and converts yuan", () => {
    const body = {
      code: 1,
      data: {
        datas: [
          { ...row, day: "2025-11-18" },
          { ...row, day: "20251119", cost: "0" },
        ],
        total: 2,
      },
    };
    const result = parse(envelope(URL, body, request("2025-11-18", "2025-11-19", true)));
    expect(recordsOf(result)).toMatchObject([
      {
        kind: "ad",
        date: "2025-11-18",
        channel: "jzt",
        campaignId: "2817736",
        spendFen: 15876,
        impressions: 4570,
        clicks: 126,
        attributedOrders: 3,
        attributedFen: 40430,
      },
      { date: "2025-11-19", spendFen: 0 },
    ]);
    expect(result.ok && result.page).toEqual({ current: 1, size: 200, total: 2, rows: 2 });
  });

  it("dates a one-day report by its startDay and keeps no multi-day totals", () => {
    const body = { code: 1, data: { datas: [row] } };
    expect(
      recordsOf(parse(envelope(URL, body, request("2025-11-19", "2025-11-19", false)))),
    ).toMatchObject([{ kind: "ad", date: "2025-11-19" }]);
    expect(
      recordsOf(parse(envelope(URL, body, request("2025-11-01", "2025-11-19", false)))),
    ).toEqual([]);
  });

  it("types expired sessions, errors and changed rows", () => {
    const oneDay = request("2025-11-19", "2025-11-19", false);
    expect(
      errorOf(parse(envelope(URL, { code: -2011, msg: "loginMode is null" }, oneDay))).code,
    ).toBe("login_required");
    expect(errorOf(parse(envelope(URL, { code: 0, msg: "系统异常" }, oneDay))).code).toBe(
      "api_error",
    );
    expect(
      errorOf(parse(envelope(URL, { code: 1, data: { datas: [{ ...row, cost: 1.234 }] } }, oneDay)))
        .code,
    ).toBe("malformed");
    const daily = request("2025-11-18", "2025-11-19", true);
    expect(
      errorOf(parse(envelope(URL, { code: 1, data: { datas: [row] } }, daily))).message,
    ).toContain("data.datas.0.day");
  });
});
