import type { AdsReport, RecordOfKind } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./setup/fixtures.ts";
import {
  getReport,
  ingest,
  RANGE_QUERY,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

let team: ReportTeam;
beforeAll(async () => {
  team = await reportWorkspace();
});
const ads = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<AdsReport>(`/api/v1/reports/ads?${query}`, cookie);

describe("GET /api/v1/reports/ads (hand-computed on the fixture)", () => {
  it("sums spend and reach, recomputes ratios, compares with 环比 and 同比", async () => {
    const r = await ads();
    // T1 直通车 ¥30 (10,000 / 200 / 2 orders / ¥120) + J1 京准通 ¥10 (5,000 / 50 / nothing).
    expect(r.total.figures).toMatchObject({
      spendFen: 4000,
      impressions: 15000,
      clicks: 250,
      attributedOrders: 2,
      attributedFen: 12000,
      cpcFen: 16,
      conversionRate: 0.008,
      roas: 3,
    });
    expect(r.total.figures.ctr).toBeCloseTo(250 / 15000, 12);
    expect(r.total.figures.acos).toBeCloseTo(1 / 3, 12);
    // Previous period: T1 ¥20, 8,000 impressions, 100 clicks, 1 order ¥60; last year nothing.
    expect(r.total.kpis.spendFen).toEqual({
      value: 4000,
      previous: 2000,
      lastYear: 0,
      vsPrevious: 1,
      vsLastYear: null,
    });
    expect(r.total.kpis.impressions.vsPrevious).toBe(0.875);
    expect(r.total.kpis.clicks.vsPrevious).toBe(1.5);
    expect(r.total.kpis.cpcFen).toMatchObject({ value: 16, previous: 20, lastYear: null });
    expect(r.total.kpis.cpcFen.vsPrevious).toBeCloseTo(-0.2, 12);
    expect(r.total.kpis.roas).toMatchObject({
      value: 3,
      previous: 3,
      vsPrevious: 0,
      vsLastYear: null,
    });
    expect(r.total.kpis.attributedFen.vsPrevious).toBe(1);
    expect(r.total.kpis.conversionRate.vsPrevious).toBeCloseTo(-0.2, 12);
  });

  it("gives ad spend as a share of the same filter's sales", async () => {
    const r = await ads();
    // ¥40 of ¥450 paid; previous ¥20 of ¥120; last year ¥0 of ¥400.
    expect(r.total.salesFen).toBe(45000);
    expect(r.total.spendShare).toBeCloseTo(4 / 45, 12);
    expect(r.total.spendShareKpi.previous).toBeCloseTo(1 / 6, 12);
    expect(r.total.spendShareKpi.lastYear).toBe(0);
    expect(r.total.spendShareKpi.vsPrevious).toBeCloseTo(-7 / 15, 12);
    expect(r.total.spendShareKpi.vsLastYear).toBeNull();
    expect(r.days.map((d) => [d.date, d.figures.spendFen, d.salesFen, d.spendShare])).toEqual([
      ["2026-11-01", 3000, 10000, 0.3],
      ["2026-11-02", 0, 5000, 0],
      ["2026-11-03", 1000, 20000, 0.05],
      ["2026-11-04", 0, 0, null],
      ["2026-11-05", 0, 0, null],
      ["2026-11-06", 0, 0, null],
      ["2026-11-07", 0, 10000, 0],
    ]);
  });

  it("splits by platform, channel, campaign and item", async () => {
    const r = await ads();
    expect(
      r.platforms.map((p) => [
        p.platform,
        p.figures.spendFen,
        p.salesFen,
        p.spendShare,
        p.kpis.spendFen.vsPrevious,
      ]),
    ).toEqual([
      ["jd", 1000, 20000, 0.05, null],
      ["taobao", 3000, 15000, 0.2, 0.5],
    ]);
    expect(
      r.channels.map((c) => [c.platform, c.channel, c.figures.spendFen, c.spendOfTotal]),
    ).toEqual([
      ["taobao", "ztc", 3000, 0.75],
      ["jd", "jzt", 1000, 0.25],
    ]);
    expect(r.campaigns).toEqual([
      {
        platform: "taobao",
        shopId: SHOPS.T1.shopId,
        shopName: "甜橙家居淘宝店",
        channel: "ztc",
        campaignId: "c1",
        campaignName: "计划 c1",
        figures: {
          spendFen: 3000,
          impressions: 10000,
          clicks: 200,
          attributedOrders: 2,
          attributedFen: 12000,
          ctr: 0.02,
          cpcFen: 15,
          conversionRate: 0.01,
          roas: 4,
          acos: 0.25,
        },
      },
      expect.objectContaining({
        platform: "jd",
        campaignId: "j1",
        figures: expect.objectContaining({ spendFen: 1000, roas: 0, acos: null, cpcFen: 20 }),
      }),
    ]);
    expect(r.items.map((i) => [i.platform, i.itemId, i.title, i.figures.spendFen])).toEqual([
      ["taobao", "T-100", "北欧陶瓷马克杯", 3000],
      ["jd", null, null, 1000],
    ]);
    expect(r.overlap).toEqual({ shopDays: 0, spendFen: 0 });
  });

  it("applies platform and shop filters, and the member's shop scope", async () => {
    const jd = await ads(`${RANGE_QUERY}&platform=jd`);
    expect(jd.total.figures.spendFen).toBe(1000);
    expect(jd.total.salesFen).toBe(20000);
    expect(jd.total.spendShare).toBe(0.05);
    const t1 = await ads(`${RANGE_QUERY}&shop=taobao:${SHOPS.T1.shopId}`);
    expect(t1.total.figures.spendFen).toBe(3000);
    expect(t1.total.spendShare).toBe(0.2);
    const scoped = await ads(RANGE_QUERY, team.cookies.scoped);
    expect(scoped.total.figures.spendFen).toBe(3000);
    expect(scoped.channels.map((c) => c.channel)).toEqual(["ztc"]);
    const outside = await ads(`${RANGE_QUERY}&shop=jd:${SHOPS.J1.shopId}`, team.cookies.scoped);
    expect(outside.total.figures.spendFen).toBe(0);
    expect(outside.campaigns).toEqual([]);
    // Ads carry no costs of goods: an analyst without cost access may read them.
    expect((await ads(RANGE_QUERY, team.cookies.analyst)).total.figures.spendFen).toBe(4000);
  });

  it("exports one CSV row per campaign with a BOM and Chinese headers", async () => {
    const res = await call(`/api/v1/reports/ads?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "平台,店铺ID,店铺,渠道,计划ID,计划名称,花费,展现量,点击量,点击率,平均点击花费,转化率,成交订单数,成交金额,投入产出比,ACoS",
    );
    expect(lines[1]).toBe(
      "taobao,57300001,甜橙家居淘宝店,直通车,c1,计划 c1,30.00,10000,200,2.00%,0.15,1.00%,2,120.00,4.00,25.00%",
    );
    expect(lines[2]).toBe(
      "jd,1000001,甜橙京东店,京准通,j1,计划 j1,10.00,5000,50,1.00%,0.20,0.00%,0,0.00,0.00,",
    );
    expect(lines).toHaveLength(4);
    const en = await call(`/api/v1/reports/ads?${RANGE_QUERY}&format=csv&lang=en`, {
      headers: { cookie: team.cookies.owner },
    });
    const text = (await en.text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toMatch(
      /^Platform,Shop ID,Shop,Channel,Campaign ID,Campaign,Spend/,
    );
    expect(text).toContain(",Zhitongche (keyword ads),c1,");
  });
});

function ad(
  date: string,
  channel: string,
  campaignId: string,
  spendFen: number,
  campaignName: string,
): RecordOfKind<"ad"> {
  return {
    kind: "ad",
    platform: "taobao",
    shopId: SHOPS.T1.shopId,
    capturedAt: Date.UTC(2026, 10, 20),
    source: { url: "https://example.invalid/ads", parser: "fixture@1" },
    date,
    channel,
    campaignId,
    campaignName,
    itemId: null,
    spendFen,
    impressions: 100,
    clicks: 10,
    attributedOrders: 0,
    attributedFen: 0,
  };
}

describe("直通车 inside 万相台", () => {
  it("leaves out 直通车 account rows of days 万相台 covers, and says so", async () => {
    const w = await reportWorkspace([]);
    await ingest(w.workspaceId, [
      ad("2026-11-01", "ztc", "account", 5000, "直通车账户汇总"),
      ad("2026-11-01", "wxt", "c9", 4000, "旧名"),
      ad("2026-11-02", "wxt", "c9", 1000, "新名"),
      ad("2026-11-03", "ztc", "account", 3000, "直通车账户汇总"),
    ]);
    const r = await getReport<AdsReport>(`/api/v1/reports/ads?${RANGE_QUERY}`, w.cookies.owner);
    expect(r.total.figures.spendFen).toBe(8000);
    expect(r.overlap).toEqual({ shopDays: 1, spendFen: 5000 });
    expect(r.channels.map((c) => [c.channel, c.figures.spendFen])).toEqual([
      ["wxt", 5000],
      ["ztc", 3000],
    ]);
    // The campaign's name as captured on its latest day.
    expect(r.campaigns.map((c) => [c.campaignId, c.campaignName, c.figures.spendFen])).toEqual([
      ["c9", "新名", 5000],
      ["account", "直通车账户汇总", 3000],
    ]);
    // No sales in this workspace: the share of sales is blank, not infinite.
    expect(r.total.spendShare).toBeNull();
  });
});
