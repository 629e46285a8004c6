import type { RecordOfKind, TrafficReport } from "@tongshu/shared";
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
const traffic = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<TrafficReport>(`/api/v1/reports/traffic?${query}`, cookie);

const NOV_3_TO_7 = ["2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07"];

describe("GET /api/v1/reports/traffic (hand-computed on the fixture)", () => {
  it("takes the platform's 7-day figure: 150 visitors, not 100 + 80 = 180", async () => {
    const r = await traffic();
    expect(r.shops).toHaveLength(1);
    const t1 = r.shops[0];
    expect(t1).toMatchObject({
      platform: "taobao",
      shopId: SHOPS.T1.shopId,
      shopName: "甜橙家居淘宝店",
    });
    expect(t1?.figures).toEqual({
      source: "platform-span",
      visitors: 150,
      buyers: 1,
      cartBuyers: 14,
      pageViews: 500,
      paidOrders: 2,
      paidFen: 15000,
      conversionRate: 1 / 150,
      missingDates: NOV_3_TO_7,
    });
    expect(t1?.funnel).toEqual({
      visitors: 150,
      cartBuyers: 14,
      buyers: 1,
      cartRate: 14 / 150,
      conversionRate: 1 / 150,
    });
    // One shop: the total is that shop's figures, distinct counts included.
    expect(r.total.figures.visitors).toBe(150);
    // Nothing captured in the previous period: 环比 is blank, never a change from 0.
    expect(t1?.kpis.visitors).toEqual({
      value: 150,
      previous: null,
      lastYear: null,
      vsPrevious: null,
      vsLastYear: null,
    });
  });

  it("lists every day with its own record; days without one are unknown", async () => {
    const r = await traffic();
    const days = r.shops[0]?.days ?? [];
    expect(
      days.map((d) => [d.date, d.figures.visitors, d.figures.pageViews, d.figures.source]),
    ).toEqual([
      ["2026-11-01", 100, 300, "platform-span"],
      ["2026-11-02", 80, 200, "platform-span"],
      ...NOV_3_TO_7.map((d) => [d, null, null, "unknown"]),
    ]);
    expect(days[0]?.figures.conversionRate).toBe(0.01);
    expect(r.days.map((d) => d.figures.visitors)).toEqual([100, 80, null, null, null, null, null]);
  });

  it("leaves visitors unknown over two days without a span record; page views add up", async () => {
    const r = await traffic("from=2026-11-01&to=2026-11-02");
    expect(r.shops[0]?.figures).toEqual({
      source: "daily-sum",
      visitors: null,
      buyers: null,
      cartBuyers: null,
      pageViews: 500,
      paidOrders: 2,
      paidFen: 15000,
      conversionRate: null,
      missingDates: [],
    });
    expect(r.shops[0]?.funnel).toBeNull();
    expect(r.total.figures.visitors).toBeNull();
    expect(r.total.figures.pageViews).toBe(500);
  });

  it("compares with the previous day where both days are answered", async () => {
    const r = await traffic("from=2026-11-02&to=2026-11-02");
    const k = r.shops[0]?.kpis;
    expect(k?.visitors).toMatchObject({
      value: 80,
      previous: 100,
      vsPrevious: -0.2,
      lastYear: null,
    });
    expect(k?.pageViews.vsPrevious).toBeCloseTo(-1 / 3, 12);
    // 1/80 against 1/100.
    expect(k?.conversionRate.vsPrevious).toBeCloseTo(0.25, 12);
    expect(r.shops[0]?.funnel).toMatchObject({ visitors: 80, cartBuyers: 6, buyers: 1 });
  });

  it("applies the same rule per item", async () => {
    const week = await traffic();
    expect(week.items).toEqual([
      {
        platform: "taobao",
        shopId: SHOPS.T1.shopId,
        itemId: "T-100",
        title: "北欧陶瓷马克杯",
        figures: {
          source: "daily-sum",
          visitors: null,
          buyers: null,
          cartBuyers: null,
          pageViews: 150,
          paidOrders: 1,
          paidFen: 10000,
          conversionRate: null,
          missingDates: ["2026-11-02", ...NOV_3_TO_7],
        },
      },
    ]);
    const day = await traffic("from=2026-11-01&to=2026-11-01");
    expect(day.items[0]?.figures).toMatchObject({
      source: "platform-span",
      visitors: 60,
      cartBuyers: 5,
    });
    expect(day.items[0]?.figures.conversionRate).toBeCloseTo(1 / 60, 12);
    // Item visitors never feed the shop figure.
    expect(day.shops[0]?.figures.visitors).toBe(100);
  });

  it("applies platform and shop filters, and the member's shop scope", async () => {
    expect((await traffic(`${RANGE_QUERY}&platform=jd`)).shops).toEqual([]);
    const none = await traffic(`${RANGE_QUERY}&platform=jd`);
    expect(none.total.figures).toMatchObject({
      source: "unknown",
      visitors: null,
      pageViews: null,
    });
    const scoped = await traffic(RANGE_QUERY, team.cookies.scoped);
    expect(scoped.shops.map((s) => s.shopId)).toEqual([SHOPS.T1.shopId]);
    const outside = await traffic(`${RANGE_QUERY}&shop=jd:${SHOPS.J1.shopId}`, team.cookies.scoped);
    expect(outside.shops).toEqual([]);
    expect(outside.items).toEqual([]);
  });

  it("exports one CSV row per shop and day, unknown as empty cells", async () => {
    const res = await call(`/api/v1/reports/traffic?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.analyst },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "日期,平台,店铺ID,店铺,访客数,浏览量,支付买家数,支付转化率,加购人数,支付订单数,支付金额",
    );
    expect(lines[1]).toBe("2026-11-01,taobao,57300001,甜橙家居淘宝店,100,300,1,1.00%,10,1,100.00");
    expect(lines[3]).toBe("2026-11-03,taobao,57300001,甜橙家居淘宝店,,,,,,,");
    expect(lines).toHaveLength(9);
  });
});

function day(
  shop: keyof typeof SHOPS,
  date: string,
  visitors: number,
  pageViews: number,
): RecordOfKind<"traffic"> {
  return {
    kind: "traffic",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: Date.UTC(2026, 10, 20),
    source: { url: "https://example.invalid/traffic", parser: "fixture@1" },
    date,
    days: 1,
    itemId: null,
    visitors,
    pageViews,
    buyers: 2,
    paidOrders: 2,
    paidFen: 1000,
    cartBuyers: null,
    favBuyers: null,
  };
}

describe("visitors of several shops", () => {
  it("are never added into a total; page views are", async () => {
    const w = await reportWorkspace([]);
    await ingest(w.workspaceId, [
      day("T1", "2026-11-01", 100, 300),
      day("J1", "2026-11-01", 40, 90),
    ]);
    const q = "from=2026-11-01&to=2026-11-01";
    const r = await getReport<TrafficReport>(`/api/v1/reports/traffic?${q}`, w.cookies.owner);
    expect(r.shops.map((s) => [s.platform, s.figures.visitors, s.figures.pageViews])).toEqual([
      ["jd", 40, 90],
      ["taobao", 100, 300],
    ]);
    expect(r.total.figures).toMatchObject({
      visitors: null,
      buyers: null,
      pageViews: 390,
      paidOrders: 4,
    });
    expect(r.days[0]?.figures).toMatchObject({ visitors: null, pageViews: 390, paidFen: 2000 });
    const one = await getReport<TrafficReport>(
      `/api/v1/reports/traffic?${q}&shop=jd:${SHOPS.J1.shopId}`,
      w.cookies.owner,
    );
    expect(one.total.figures).toMatchObject({ visitors: 40, pageViews: 90, conversionRate: 0.05 });
  });
});
