import { describe, expect, it } from "vitest";
import { errorCode, fixtureBody, records, run, TM_SHOP } from "./test-support.ts";

const WXT = "https://one.alimama.com/report/query.json?csrfId=c&bizCode=universalBP";
const ZTC = "https://subway.simba.taobao.com/openapi/param2/1/gateway.subway/rpt/rptCustomerList$";
const TBK =
  "https://ad.alimama.com/openapi/param2/1/gateway.unionadv/data.home.overview.json?startDate=2026-11-19&endDate=2026-11-19&type=cps&split=0&period=1d";

describe("taobao/wxt-report (万相台)", () => {
  const request = '{"rptType":"item_promotion","pageSize":100,"offset":200,"splitType":"day"}';
  const result = run(WXT, fixtureBody("wxt-report-campaigns.body.json"), { requestBody: request });
  const ads = records(result, "ad");

  it("sums item rows per day × campaign and skips campaign-less total rows", () => {
    expect(
      ads.map((a) => [
        a.date,
        a.channel,
        a.campaignId,
        a.itemId,
        a.spendFen,
        a.impressions,
        a.clicks,
        a.attributedOrders,
        a.attributedFen,
      ]),
    ).toEqual([
      ["2026-11-19", "wxt", "3365012001", null, 12542, 15682, 310, 7, 118930],
      ["2026-11-19", "wxt", "3365012002", "612345678901", 1260, 2100, 35, 1, 2490],
      ["2026-11-18", "wxt", "3365012002", "612345678901", 980, 1800, 30, 0, 0],
    ]);
    expect(ads[0]?.campaignName).toBe("货品全站推-厨具");
  });

  it("pages by the request's offset", () => {
    expect(result.ok && result.page).toEqual({ current: 3, size: 100, total: 5, rows: 5 });
  });

  it("types a login answer and a not-ok envelope", () => {
    expect(errorCode(run(WXT, fixtureBody("wxt-report-login.body.json")))).toBe("login_required");
    expect(errorCode(run(WXT, '{"data":null,"info":{"ok":false,"message":"参数错误"}}'))).toBe(
      "api_error",
    );
  });
});

describe("taobao/ztc-report (直通车 legacy)", () => {
  it("gives one account-level record per day; costInYuan preferred, bare cost is fen", () => {
    const ads = records(run(ZTC, fixtureBody("ztc-report-account.body.json")), "ad");
    expect(
      ads.map((a) => [
        a.date,
        a.channel,
        a.campaignId,
        a.spendFen,
        a.impressions,
        a.clicks,
        a.attributedOrders,
        a.attributedFen,
      ]),
    ).toEqual([
      ["2026-11-18", "ztc", "account", 6400, 8120, 160, 4, 50340],
      ["2026-11-19", "ztc", "account", 7105, 9034, 171, 5, 61820],
    ]);
  });
});

describe("taobao/tbk-overview (淘宝客)", () => {
  it("reads the day's estimated fees as spend and binds to seller_id", () => {
    const [ad] = records(
      run(TBK, fixtureBody("tbk-overview-day.body.json"), { shop: TM_SHOP }),
      "ad",
    );
    expect(ad).toMatchObject({
      platform: "tmall",
      shopId: "2219735536",
      date: "2026-11-19",
      channel: "tbk",
      campaignId: "cps",
      spendFen: 13540,
      impressions: 0,
      clicks: 412,
      attributedOrders: 9,
      attributedFen: 128950,
    });
  });

  it("refuses another seller's rows and learns the shop from seller_id alone", () => {
    expect(
      errorCode(run(TBK, fixtureBody("tbk-overview-other-seller.body.json"), { shop: TM_SHOP })),
    ).toBe("shop_mismatch");
    // No session shop: the id is known but not whether the shop is Taobao or Tmall.
    expect(errorCode(run(TBK, fixtureBody("tbk-overview-day.body.json"), { shop: null }))).toBe(
      "no_shop",
    );
  });

  it("falls back to commission + service fee and to the request's date", () => {
    const body =
      '{"resultCode":200,"data":{"result":[{"seller_id":2219735536,"pay_ord_cfee_8":"10.05","pay_ord_sfee_8":0.5,"pay_ord_amt_8":100.5,"pay_ord_num_8":1,"uclk_pv_8":3}]}}';
    const [ad] = records(run(TBK, body, { shop: TM_SHOP }), "ad");
    expect([ad?.date, ad?.spendFen, ad?.attributedFen]).toEqual(["2026-11-19", 1055, 10050]);
  });
});
