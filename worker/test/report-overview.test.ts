import type { OverviewReport, PlatformsReport } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./setup/fixtures.ts";
import {
  bj,
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
const overview = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<OverviewReport>(`/api/v1/reports/overview?${query}`, cookie);

describe("GET /api/v1/reports/overview (hand-computed on the fixture)", () => {
  it("gives the headline figures with 环比 and 同比", async () => {
    const r = await overview();
    expect(r.meta).toMatchObject({
      range: { from: "2026-11-01", to: "2026-11-07" },
      previous: { from: "2026-10-25", to: "2026-10-31" },
      lastYear: { from: "2025-11-01", to: "2025-11-07" },
    });
    expect(r.kpis.paidFen).toEqual({
      value: 45000,
      previous: 12000,
      lastYear: 40000,
      vsPrevious: 2.75,
      vsLastYear: 0.125,
    });
    expect(r.kpis.netSalesFen.value).toBe(38000);
    expect(r.kpis.orders).toMatchObject({
      value: 5,
      previous: 1,
      lastYear: 1,
      vsPrevious: 4,
      vsLastYear: 4,
    });
    expect(r.kpis.units).toMatchObject({ value: 10, previous: 2, lastYear: 8 });
    // Buyers are distinct keys per platform; P-o6 has none, so 3, not 4 or 5.
    expect(r.kpis.buyers).toMatchObject({ value: 3, previous: 1, lastYear: 1, vsPrevious: 2 });
    expect(r.kpis.aovFen).toMatchObject({
      value: 9000,
      previous: 12000,
      lastYear: 40000,
      vsPrevious: -0.25,
      vsLastYear: -0.775,
    });
    expect(r.kpis.refundFen).toMatchObject({ value: 7000, previous: 0, vsPrevious: null });
    expect(r.kpis.refundRate.value).toBeCloseTo(7000 / 45000, 12);
    expect(r.kpis.refundRate.vsPrevious).toBeNull();
  });

  it("lists every day, days without sales as zeros", async () => {
    const r = await overview();
    expect(
      r.days.map((d) => [
        d.date,
        d.figures.orders,
        d.figures.paidFen,
        d.figures.units,
        d.figures.buyers,
      ]),
    ).toEqual([
      ["2026-11-01", 1, 10000, 2, 1],
      ["2026-11-02", 1, 5000, 1, 1],
      ["2026-11-03", 1, 20000, 4, 1],
      ["2026-11-04", 0, 0, 0, 0],
      ["2026-11-05", 0, 0, 0, 0],
      ["2026-11-06", 0, 0, 0, 0],
      ["2026-11-07", 2, 10000, 3, 1],
    ]);
    expect(r.daily.map((d) => [d.date, d.platform, d.paidFen])).toEqual([
      ["2026-11-01", "taobao", 10000],
      ["2026-11-02", "taobao", 5000],
      ["2026-11-03", "jd", 20000],
      ["2026-11-07", "pdd", 10000],
    ]);
  });

  it("splits by platform and shop with shares and growth", async () => {
    const r = await overview();
    const byPlatform = Object.fromEntries(r.platforms.map((p) => [p.platform, p]));
    expect(byPlatform.taobao?.figures).toMatchObject({
      orders: 2,
      paidFen: 15000,
      refundFen: 5000,
      units: 3,
      buyers: 1,
    });
    expect(byPlatform.taobao?.share).toBeCloseTo(1 / 3, 12);
    expect(byPlatform.taobao?.kpis.paidFen).toMatchObject({
      previous: 12000,
      vsPrevious: 0.25,
      lastYear: 0,
      vsLastYear: null,
    });
    expect(byPlatform.jd?.kpis.paidFen).toMatchObject({
      value: 20000,
      previous: 0,
      vsPrevious: null,
      lastYear: 40000,
      vsLastYear: -0.5,
    });
    expect(byPlatform.pdd?.figures).toMatchObject({
      orders: 2,
      paidFen: 10000,
      units: 3,
      buyers: 1,
    });
    expect(r.shops.map((s) => [s.platform, s.shopId, s.shopName, s.figures.paidFen])).toEqual([
      ["jd", SHOPS.J1.shopId, "甜橙京东店", 20000],
      ["pdd", SHOPS.P1.shopId, "甜橙拼多多店", 10000],
      ["taobao", SHOPS.T1.shopId, "甜橙家居淘宝店", 15000],
    ]);
  });

  it("applies platform and shop filters, and the member's shop scope", async () => {
    expect((await overview(`${RANGE_QUERY}&platform=jd,pdd`)).kpis.paidFen.value).toBe(30000);
    expect((await overview(`${RANGE_QUERY}&shop=pdd:${SHOPS.P1.shopId}`)).kpis.orders.value).toBe(
      2,
    );
    const scoped = await overview(RANGE_QUERY, team.cookies.scoped);
    expect(scoped.kpis.paidFen.value).toBe(15000);
    expect(scoped.shops.map((s) => s.platform)).toEqual(["taobao"]);
    // Asking for a shop outside the scope gives nothing, not that shop.
    const outside = await overview(
      `${RANGE_QUERY}&shop=jd:${SHOPS.J1.shopId}`,
      team.cookies.scoped,
    );
    expect(outside.kpis.paidFen.value).toBe(0);
  });

  it("compares today so far with yesterday until the same time", async () => {
    const live = await reportWorkspace([]);
    const now = Date.now();
    const { order } = await import("./setup/fixtures.ts");
    await ingest(live.workspaceId, [
      order({
        orderId: "today-1",
        paidAt: now - 60_000,
        createdAt: now - 120_000,
        capturedAt: now,
      }),
      order({
        orderId: "yday-1",
        paidAt: now - 86_400_000 - 60_000,
        createdAt: now - 86_400_000 - 120_000,
        capturedAt: now,
      }),
      // Yesterday, but after the current time of day: not in "yesterday until now".
      order({
        orderId: "yday-2",
        paidAt: now - 86_400_000 + 60_000,
        createdAt: now - 86_400_000,
        capturedAt: now,
        buyerKey: "c".repeat(64),
      }),
    ]);
    const r = await getReport<OverviewReport>(
      "/api/v1/reports/overview?preset=today",
      live.cookies.owner,
    );
    // Skip the minutes around midnight Beijing, when "yesterday until now" straddles days.
    if (now - bj(r.meta.today, "00:00") > 5 * 60_000) {
      expect(r.live.today).toMatchObject({ orders: 1, paidFen: 23980, units: 3, buyers: 1 });
      expect(r.live.yesterdaySameTime).toMatchObject({ orders: 1, paidFen: 23980 });
      expect(r.live.vsYesterday.paidFen).toBe(0);
    }
  });

  it("rejects a malformed filter with 422", async () => {
    for (const q of [
      "from=2026-11-07&to=2026-11-01",
      "from=2026-11-01",
      "from=2026-13-01&to=2026-13-02",
      "platform=amazon",
      "from=2020-01-01&to=2026-01-01",
    ]) {
      const res = await call(`/api/v1/reports/overview?${q}`, {
        headers: { cookie: team.cookies.owner },
      });
      expect(res.status, q).toBe(422);
    }
  });

  it("exports CSV with a BOM and Chinese headers, yuan amounts without symbols", async () => {
    const res = await call(`/api/v1/reports/overview?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n"); // TextDecoder drops the BOM
    expect(lines[0]).toBe(
      "日期,支付金额,净销售额,支付订单数,支付件数,支付买家数,客单价,退款金额,退款率",
    );
    expect(lines[2]).toBe("2026-11-02,50.00,0.00,1,1,1,50.00,50.00,100.00%");
    expect(lines[4]).toBe("2026-11-04,0.00,0.00,0,0,0,,0.00,");
  });
});

describe("GET /api/v1/reports/platforms", () => {
  it("puts platforms side by side; they add up to the total where additive", async () => {
    const r = await getReport<PlatformsReport>(
      `/api/v1/reports/platforms?${RANGE_QUERY}`,
      team.cookies.owner,
    );
    expect(r.total.figures.paidFen).toBe(45000);
    const sum = (f: (p: PlatformsReport["platforms"][number]) => number) =>
      r.platforms.reduce((s, p) => s + f(p), 0);
    expect(sum((p) => p.figures.paidFen)).toBe(r.total.figures.paidFen);
    expect(sum((p) => p.figures.orders)).toBe(r.total.figures.orders);
    expect(sum((p) => p.share ?? 0)).toBeCloseTo(1, 12);
    const res = await call(`/api/v1/reports/platforms?${RANGE_QUERY}&format=csv&lang=en`, {
      headers: { cookie: team.cookies.owner },
    });
    const text = (await res.text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toMatch(/^Platform,Shop ID,Shop,GMV,Share/);
    expect(text).toContain("taobao,57300001,甜橙家居淘宝店,150.00,33.33%,25.00%,,");
  });
});
