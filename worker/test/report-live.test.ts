import { env } from "cloudflare:workers";
import { type LiveReport, type RecordOfKind, ReportQuerySchema } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReportFilter } from "../src/reports/filter.ts";
import { hourlyStatement, todaySkuStatement } from "../src/reports/live/live-query.ts";
import { liveReport } from "../src/reports/live/live-report.ts";
import { order } from "./setup/fixtures.ts";
import {
  ALL_RECORDS,
  bj,
  getReport,
  ingest,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

/**
 * "Now" is fixed at 2026-11-07 14:30 Beijing by running the report with an explicit filter; the
 * HTTP tests below check the route, scope and filters with the real clock.
 *
 * Besides the fixture (today: P-o6 pdd 12:00 ¥20; P-o5 23:59 is after now), these orders:
 *
 * | order | shop | paid (BJ)       | order ¥ | lines (sku × qty, ¥)                      | counts? |
 * |-------|------|-----------------|---------|-------------------------------------------|---------|
 * | L1    | T1   | 11-07 00:10     | 150.00  | T-100-1 (MUG-1) × 3, 150.00               | today h0  |
 * | L2    | J1   | 11-07 09:05     | 60.00   | J-300-1 × 2, 50.00; J-100-1 (MUG-1) × 1, 5.00 (+5 postage) | today h9 |
 * | L3    | T1   | 11-07 14:30     | 30.00   | T-200-1 (CUP-1) × 1, 30.00                | today h14 (= now) |
 * | L4    | T1   | 11-07 14:31     | 999.00  |                                           | after now |
 * | L5    | T1   | unpaid (11-07)  | 0       |                                           | unpaid  |
 * | Y1    | T1   | 11-06 00:30     | 100.00  |                                           | yesterday h0 |
 * | Y2    | P1   | 11-06 14:00     | 40.00   |                                           | yesterday h14 |
 * | Y3    | P1   | 11-06 14:45     | 70.00   |                                           | after the same time |
 * | Y4    | J1   | 11-06 20:00     | 90.00   |                                           | after the same time |
 * | Z1    | T1   | 11-05 13:00     | 70.00   |                                           | another day |
 *
 * Today: taobao ¥180 (2), jd ¥60 (1), pdd ¥20 (1) = ¥260 (4).
 * Yesterday until 14:30: taobao ¥100 (1), pdd ¥40 (1) = ¥140 (2).
 */
const NOW = bj("2026-11-07", "14:30");

type Line = RecordOfKind<"order">["lines"][number];
const line = (
  id: string,
  item: string,
  sku: string,
  outer: string | null,
  qty: number,
  paid: number,
  title: string,
): Line => ({
  lineId: id,
  itemId: item,
  skuId: sku,
  outerSkuId: outer,
  title,
  skuText: null,
  quantity: qty,
  unitPriceFen: Math.round(paid / qty),
  paidFen: paid,
  refundStatus: "none",
});

function paid(
  shop: keyof typeof SHOPS,
  orderId: string,
  paidAt: number | null,
  paidFen: number,
  lines: Line[] = [line(`${orderId}-1`, "X-1", "X-1-1", null, 1, paidFen, "其他商品")],
): RecordOfKind<"order"> {
  return order({
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    orderId,
    status: paidAt === null ? "unpaid" : "paid",
    createdAt: (paidAt ?? bj("2026-11-07", "10:00")) - 60_000,
    paidAt,
    capturedAt: Math.max(bj("2026-11-20"), paidAt ?? 0),
    goodsFen: paidFen,
    shippingFen: 0,
    discountFen: 0,
    paidFen: paidAt === null ? 0 : paidFen,
    refundFen: 0,
    buyerKey: null,
    lines,
  });
}

const MUG = "北欧陶瓷马克杯";
const SPOON = '=HYPERLINK("x") 勺子';
const EXTRA = [
  paid("T1", "L1", bj("2026-11-07", "00:10"), 15000, [
    line("L1-1", "T-100", "T-100-1", "MUG-1", 3, 15000, MUG),
  ]),
  paid("J1", "L2", bj("2026-11-07", "09:05"), 6000, [
    line("L2-1", "J-300", "J-300-1", null, 2, 5000, SPOON),
    line("L2-2", "J-100", "J-100-1", "MUG-1", 1, 500, `${MUG} 京东`),
  ]),
  paid("T1", "L3", bj("2026-11-07", "14:30"), 3000, [
    line("L3-1", "T-200", "T-200-1", "CUP-1", 1, 3000, "玻璃杯"),
  ]),
  paid("T1", "L4", bj("2026-11-07", "14:31"), 99900),
  paid("T1", "L5", null, 5000),
  paid("T1", "Y1", bj("2026-11-06", "00:30"), 10000),
  paid("P1", "Y2", bj("2026-11-06", "14:00"), 4000),
  paid("P1", "Y3", bj("2026-11-06", "14:45"), 7000),
  paid("J1", "Y4", bj("2026-11-06", "20:00"), 9000),
  paid("T1", "Z1", bj("2026-11-05", "13:00"), 7000),
];

let team: ReportTeam;
beforeAll(async () => {
  team = await reportWorkspace([...ALL_RECORDS, ...EXTRA]);
});

/** The report at NOW, as a member with `shopScope` asking `query`. */
function liveAt(query: Record<string, string> = {}, shopScope: string[] | null = null) {
  const filter = buildReportFilter(ReportQuerySchema.parse(query), {
    workspaceId: team.workspaceId,
    shopScope,
    canSeeCosts: false,
    now: NOW,
  });
  return liveReport.run(env.DB, filter, {});
}

const fig = (paidFen: number, orders: number) => ({ paidFen, orders });

describe("live report (大屏) at 2026-11-07 14:30, hand-computed", () => {
  it("totals today until now against yesterday until the same time, by platform", async () => {
    const r = await liveAt();
    expect(r).toMatchObject({
      asOf: NOW,
      today: "2026-11-07",
      yesterday: "2026-11-06",
      currentHour: 14,
      meta: {
        range: { from: "2026-11-07", to: "2026-11-07" },
        previous: { from: "2026-11-06", to: "2026-11-06" },
        today: "2026-11-07",
        generatedAt: NOW,
      },
    });
    expect(r.total.today).toEqual(fig(26000, 4));
    expect(r.total.yesterday).toEqual(fig(14000, 2));
    expect(r.total.vsYesterday.paidFen).toBeCloseTo(12000 / 14000, 12);
    expect(r.total.vsYesterday.orders).toBe(1);
    expect(r.platforms).toEqual([
      {
        platform: "taobao",
        today: fig(18000, 2),
        yesterday: fig(10000, 1),
        vsYesterday: { paidFen: 0.8, orders: 1 },
      },
      {
        platform: "jd",
        today: fig(6000, 1),
        yesterday: fig(0, 0),
        vsYesterday: { paidFen: null, orders: null },
      },
      {
        platform: "pdd",
        today: fig(2000, 1),
        yesterday: fig(4000, 1),
        vsYesterday: { paidFen: -0.5, orders: 0 },
      },
    ]);
  });

  it("gives every hour 0..14 for every platform, zeros included", async () => {
    const r = await liveAt();
    expect(r.hourly).toHaveLength(15 * 3);
    expect(r.hourly.slice(0, 3).map((h) => [h.hour, h.platform])).toEqual([
      [0, "taobao"],
      [0, "jd"],
      [0, "pdd"],
    ]);
    const nonZero = r.hourly
      .filter((h) => h.today.orders + h.yesterday.orders > 0)
      .map((h) => [h.hour, h.platform, h.today.paidFen, h.today.orders, h.yesterday.paidFen]);
    expect(nonZero).toEqual([
      [0, "taobao", 15000, 1, 10000],
      [9, "jd", 6000, 1, 0],
      [12, "pdd", 2000, 1, 0],
      [14, "taobao", 3000, 1, 0],
      [14, "pdd", 0, 0, 4000],
    ]);
    // The hours add up to the totals.
    const sum = r.hourly.reduce((s, h) => s + h.today.paidFen, 0);
    expect(sum).toBe(r.total.today.paidFen);
  });

  it("ranks today's products across platforms by paid amount, titles verbatim", async () => {
    const r = await liveAt();
    expect(r.topProducts).toEqual([
      {
        rank: 1,
        productId: "outer:MUG-1",
        name: MUG,
        platforms: ["taobao", "jd"],
        units: 4,
        paidFen: 15500,
      },
      {
        rank: 2,
        productId: `sku:jd:${SHOPS.J1.shopId}:J-300:J-300-1`,
        name: SPOON,
        platforms: ["jd"],
        units: 2,
        paidFen: 5000,
      },
      {
        rank: 3,
        productId: "outer:CUP-1",
        name: "玻璃杯",
        platforms: ["taobao"],
        units: 1,
        paidFen: 3000,
      },
      {
        rank: 4,
        productId: "outer:BOWL-1",
        name: "陶瓷碗",
        platforms: ["pdd"],
        units: 1,
        paidFen: 2000,
      },
    ]);
  });

  it("narrows to the member's shops and the platform and shop filter", async () => {
    const taobao = [`taobao:${SHOPS.T1.shopId}`];
    const scoped = await liveAt({}, taobao);
    expect(scoped.platforms.map((p) => p.platform)).toEqual(["taobao"]);
    expect(scoped.total.today).toEqual(fig(18000, 2));
    expect(scoped.total.yesterday).toEqual(fig(10000, 1));
    expect(scoped.hourly.every((h) => h.platform === "taobao")).toBe(true);
    expect(scoped.topProducts.map((p) => [p.productId, p.paidFen])).toEqual([
      ["outer:MUG-1", 15000],
      ["outer:CUP-1", 3000],
    ]);
    // Asking for a shop outside the scope gives nothing, not that shop.
    const outside = await liveAt({ shop: `pdd:${SHOPS.P1.shopId}` }, taobao);
    expect(outside.platforms).toEqual([]);
    expect(outside.hourly).toEqual([]);
    expect(outside.total.today).toEqual(fig(0, 0));
    expect(outside.topProducts).toEqual([]);
    const pdd = await liveAt({ platform: "pdd" });
    expect(pdd.platforms.map((p) => [p.platform, p.today.paidFen, p.yesterday.paidFen])).toEqual([
      ["pdd", 2000, 4000],
    ]);
    expect(pdd.topProducts.map((p) => p.productId)).toEqual(["outer:BOWL-1"]);
  });

  it("reads only today's and yesterday's orders through an index", async () => {
    const filters = [
      buildReportFilter(ReportQuerySchema.parse({}), {
        workspaceId: team.workspaceId,
        shopScope: null,
        canSeeCosts: false,
        now: NOW,
      }),
      buildReportFilter(ReportQuerySchema.parse({ platform: "taobao" }), {
        workspaceId: team.workspaceId,
        shopScope: [`taobao:${SHOPS.T1.shopId}`],
        canSeeCosts: false,
        now: NOW,
      }),
    ];
    // Capture the statements' SQL and values, then ask SQLite how it would run them.
    const capture = {
      prepare: (sql: string) => ({ bind: (...values: unknown[]) => ({ sql, values }) }),
    } as unknown as D1Database;
    const statements = filters.flatMap((filter) => [
      hourlyStatement(capture, filter, {
        today: "2026-11-07",
        todayUntil: NOW,
        yesterday: "2026-11-06",
        yesterdayUntil: NOW - 86_400_000,
      }),
      todaySkuStatement(capture, filter, "2026-11-07", NOW),
    ]) as unknown as Array<{ sql: string; values: unknown[] }>;
    for (const { sql, values } of statements) {
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...values)
        .all<{ detail: string }>();
      const first = plan.results[0]?.detail ?? "";
      expect(first, sql).toMatch(
        /SEARCH o USING (COVERING )?INDEX orders_(day|paid_buyer) \(workspace_id=\? AND biz_date=\?/,
      );
      // Nothing else is scanned: every other table is searched by key.
      expect(plan.results.filter((p) => /^SCAN /.test(p.detail))).toEqual([]);
    }
  });
});

describe("GET /api/v1/reports/live", () => {
  it("answers any member within their shops, with the real clock", async () => {
    const owner = await getReport<LiveReport>("/api/v1/reports/live", team.cookies.owner);
    expect(owner.platforms.map((p) => p.platform)).toEqual(["taobao", "jd", "pdd"]);
    expect(owner.hourly).toHaveLength((owner.currentHour + 1) * 3);
    const scoped = await getReport<LiveReport>("/api/v1/reports/live", team.cookies.scoped);
    expect(scoped.platforms.map((p) => p.platform)).toEqual(["taobao"]);
    expect(scoped.meta.shops).toEqual([`taobao:${SHOPS.T1.shopId}`]);
    const jd = await getReport<LiveReport>("/api/v1/reports/live?platform=jd", team.cookies.owner);
    expect(jd.platforms.map((p) => p.platform)).toEqual(["jd"]);
  });

  it("counts an order paid a minute ago", async () => {
    const live = await reportWorkspace([]);
    const now = Date.now();
    await ingest(live.workspaceId, [
      paid("T1", "now-1", now - 60_000, 12300),
      paid("P1", "yday-1", now - 86_400_000 - 60_000, 4100),
    ]);
    const r = await getReport<LiveReport>("/api/v1/reports/live", live.cookies.owner);
    // Skip the minutes around midnight Beijing, when "a minute ago" is yesterday.
    if (now - bj(r.today, "00:00") > 5 * 60_000) {
      expect(r.total.today).toEqual(fig(12300, 1));
      expect(r.total.yesterday).toEqual(fig(4100, 1));
      expect(r.topProducts.map((p) => [p.name, p.paidFen])).toEqual([["其他商品", 12300]]);
    }
  });
});
