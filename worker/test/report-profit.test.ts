import type { ProfitReport } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, cookieFor } from "./setup/accounts.ts";
import { call } from "./setup/fixtures.ts";
import {
  bj,
  getReport,
  ingest,
  ORDERS,
  RANGE_QUERY,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

/**
 * The report fixture plus settings, all hand-computed below:
 * - costs (goods + packaging): 马克杯 MUG-1 ¥10.00 from 2025-01-01, ¥15.00 + ¥2.00 from
 *   2026-10-01; 玻璃杯 CUP-1 ¥20.00 from 2026-10-01; BOWL-1 and JD's J-300 (no outer code) none;
 * - rates: taobao 5% + 1% service, ¥6.00 shipping per order; jd 8%, ¥8.00; pdd no settings row;
 * - other costs: T1 ¥15.00 on 11-02, all of JD ¥7.00 on 11-04, workspace ¥30.00 on 11-05 and
 *   ¥10.00 on 10-28 (环比 base), and ¥99.99 on 11-08 (outside the range).
 *
 * | day   | shop | revenue | refund | COGS            | fees                  | ads | ship | other | profit |
 * |-------|------|---------|--------|-----------------|-----------------------|-----|------|-------|--------|
 * | 11-01 | T1   | 100.00  | 0      | 2 × 17 = 34.00  | 100 × 6% = 6.00 (est) | 30  | 6    | 0     | 24.00  |
 * | 11-02 | T1   | 50.00   | 50.00  | 0 (refunded)    | 0                     | 0   | 6    | 15    | −21.00 |
 * | 11-03 | J1   | 200.00  | 20.00  | 3 × 17 = 51.00 (+1 uncosted) | 10.00 settled | 10 | 8 | 0   | 101.00 |
 * | 11-04 | jd   |         |        |                 |                       |     |      | 7     | −7.00  |
 * | 11-05 | all  |         |        |                 |                       |     |      | 30    | −30.00 |
 * | 11-07 | P1   | 100.00  | 0      | 2 × 17 = 34.00 (+1 uncosted) | 0 (no settings) | 0 | 0 | 0 | 66.00 |
 * Total: 450.00 − 70.00 − 119.00 − 16.00 − 40.00 − 20.00 − 52.00 = ¥133.00; margin 133/380.
 * 环比 (T-o7, 10-30): 120 − 34 − 7.20 − 20 ads − 6 − 10 other = ¥42.80.
 * 同比 (J-o8, 2025-11-05): 400 − 8 × 10 − 32 − 8 = ¥280.00.
 */
async function seedSettings(workspaceId: string) {
  const now = Date.now();
  const run = (sql: string, ...values: Array<string | number | null>) =>
    env.DB.prepare(sql).bind(...values);
  const product = "INSERT INTO products (workspace_id, product_id, name, outer_code, created_at)";
  const cost = `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen,
    packaging_fen, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'test')`;
  const rates = `INSERT INTO platform_settings (workspace_id, platform, commission_bp,
    service_fee_bp, shipping_fen_per_order, updated_at) VALUES (?, ?, ?, ?, ?, ?)`;
  const other = `INSERT INTO other_costs (workspace_id, id, date, platform, shop_id, category,
    amount_fen, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, '杂费', ?, NULL, ?, 'test')`;
  await env.DB.batch([
    run(`${product} VALUES (?, 'p-mug', '北欧马克杯', 'MUG-1', ?)`, workspaceId, now),
    run(`${product} VALUES (?, 'p-cup', '玻璃杯', 'CUP-1', ?)`, workspaceId, now),
    run(cost, workspaceId, "p-mug", "2025-01-01", 1000, 0, now),
    run(cost, workspaceId, "p-mug", "2026-10-01", 1500, 200, now),
    run(cost, workspaceId, "p-cup", "2026-10-01", 2000, 0, now),
    run(rates, workspaceId, "taobao", 500, 100, 600, now),
    run(rates, workspaceId, "jd", 800, 0, 800, now),
    run(other, workspaceId, "oc1", "2026-11-02", "taobao", SHOPS.T1.shopId, 1500, now),
    run(other, workspaceId, "oc2", "2026-11-04", "jd", null, 700, now),
    run(other, workspaceId, "oc3", "2026-11-05", null, null, 3000, now),
    run(other, workspaceId, "oc4", "2026-10-28", null, null, 1000, now),
    run(other, workspaceId, "oc5", "2026-11-08", null, null, 9999, now),
  ]);
}

let team: ReportTeam;
let scopedAdmin: string;
beforeAll(async () => {
  team = await reportWorkspace();
  await seedSettings(team.workspaceId);
  const admin = await addMember(team.workspaceId, "admin", {
    shopScope: [`taobao:${SHOPS.T1.shopId}`],
  });
  scopedAdmin = await cookieFor(team.workspaceId, admin.id);
});
const profit = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<ProfitReport>(`/api/v1/reports/profit?${query}`, cookie);
const sum = (rows: Array<{ figures: { profitFen: number } }>) =>
  rows.reduce((s, r) => s + r.figures.profitFen, 0);

describe("GET /api/v1/reports/profit: totals", () => {
  it("walks the waterfall from revenue to profit (hand-computed)", async () => {
    const r = await profit();
    expect(r.total.figures).toEqual({
      revenueFen: 45000,
      refundFen: 7000,
      cogsFen: 11900,
      feesFen: 1600,
      adSpendFen: 4000,
      shippingFen: 2000,
      otherFen: 5200,
      netSalesFen: 38000,
      profitFen: 13300,
      marginRate: 0.35,
    });
    expect(r.total.waterfall.map((s) => [s.step, s.amountFen, s.runningFen])).toEqual([
      ["revenue", 45000, 45000],
      ["refunds", -7000, 38000],
      ["cogs", -11900, 26100],
      ["fees", -1600, 24500],
      ["ads", -4000, 20500],
      ["shipping", -2000, 18500],
      ["other", -5200, 13300],
      ["profit", 13300, 13300],
    ]);
  });

  it("says which units have no cost instead of costing them at 0", async () => {
    const r = await profit();
    // Kept units: T-100 2 + J-100 3 + P-100 2 costed; J-300 (¥50 − ¥20 refund) and BOWL-1 not.
    expect(r.total.coverage).toEqual({
      costedUnits: 7,
      uncostedUnits: 2,
      uncostedRevenueFen: 5000,
    });
  });

  it("takes settled fees where captured, else the rates, and flags what it estimated", async () => {
    const r = await profit();
    expect(r.meta.basis).toEqual({
      feesSettledFen: 1000,
      feesEstimatedFen: 600,
      feesEstimated: true,
      platformsWithoutSettings: ["pdd"],
      platformCostsIncluded: true,
      workspaceCostsIncluded: true,
    });
  });

  it("compares every part with the previous period and last year", async () => {
    const c = (await profit()).total.compare;
    expect(c.revenueFen).toEqual({
      value: 45000,
      previous: 12000,
      lastYear: 40000,
      vsPrevious: 2.75,
      vsLastYear: 0.125,
    });
    expect(c.profitFen).toMatchObject({ value: 13300, previous: 4280, lastYear: 28000 });
    expect(c.profitFen.vsPrevious).toBeCloseTo(9020 / 4280, 12);
    expect(c.profitFen.vsLastYear).toBeCloseTo(-0.525, 12);
    // Last year's mugs cost ¥10.00 (the cost in effect then), not today's ¥17.00.
    expect(c.cogsFen).toMatchObject({ previous: 3400, lastYear: 8000, vsPrevious: 2.5 });
    expect(c.feesFen).toMatchObject({ previous: 720, lastYear: 3200, vsLastYear: -0.5 });
    expect(c.adSpendFen).toMatchObject({ previous: 2000, lastYear: 0, vsLastYear: null });
    expect(c.shippingFen).toMatchObject({ previous: 600, lastYear: 800, vsLastYear: 1.5 });
    expect(c.otherFen).toMatchObject({ previous: 1000, lastYear: 0, vsPrevious: 4.2 });
    expect(c.marginRate.previous).toBeCloseTo(4280 / 12000, 12);
    expect(c.marginRate.lastYear).toBe(0.7);
  });
});

describe("GET /api/v1/reports/profit: breakdowns", () => {
  it("lists every day, and the days add up to the total", async () => {
    const r = await profit();
    expect(r.byDay.map((d) => [d.date, d.figures.profitFen, d.uncostedUnits])).toEqual([
      ["2026-11-01", 2400, 0],
      ["2026-11-02", -2100, 0],
      ["2026-11-03", 10100, 1],
      ["2026-11-04", -700, 0],
      ["2026-11-05", -3000, 0],
      ["2026-11-06", 0, 0],
      ["2026-11-07", 6600, 1],
    ]);
    expect(r.byDay[1]?.figures.marginRate).toBeNull();
    expect(sum(r.byDay)).toBe(r.total.figures.profitFen);
  });

  it("splits by platform and shop; workspace- and platform-wide costs get their own rows", async () => {
    const r = await profit();
    expect(r.byPlatform.map((p) => [p.platform, p.figures.profitFen])).toEqual([
      ["jd", 9400],
      ["pdd", 6600],
      ["taobao", 300],
      [null, -3000],
    ]);
    expect(sum(r.byPlatform)).toBe(r.total.figures.profitFen);
    expect(r.byShop.map((s) => [s.platform, s.shopId, s.shopName, s.figures.profitFen])).toEqual([
      ["jd", SHOPS.J1.shopId, "甜橙京东店", 10100],
      ["jd", null, null, -700],
      ["pdd", SHOPS.P1.shopId, "甜橙拼多多店", 6600],
      ["taobao", SHOPS.T1.shopId, "甜橙家居淘宝店", 300],
      [null, null, null, -3000],
    ]);
    expect(sum(r.byShop)).toBe(r.total.figures.profitFen);
    const taobao = r.byShop.find((s) => s.platform === "taobao")?.figures;
    // Shipping: 2 paid orders × ¥6.00 (the fully refunded T-o2 counts too).
    expect(taobao).toMatchObject({ shippingFen: 1200, feesFen: 600, otherFen: 1500 });
  });

  it("gives product profit with fees pro rata and item ads; the rest stays unallocated", async () => {
    const r = await profit();
    expect(r.byProduct.count).toBe(4);
    const [mug, spoon, bowl, cup] = r.byProduct.rows;
    expect(mug).toMatchObject({
      productKey: "p-mug",
      name: "北欧马克杯",
      outerCode: "MUG-1",
      platforms: ["jd", "pdd", "taobao"],
      units: 7,
      uncostedUnits: 0,
    });
    // JD's ¥10.00 fee of 11-03 over net sales 150 : 30 → 8.33 and 1.67 (largest remainder);
    // Taobao's ¥6.00 all on the mug; the 直通车 ad names item T-100 (a mug).
    expect(mug?.figures).toMatchObject({
      revenueFen: 33000,
      cogsFen: 11900,
      feesFen: 1433,
      adSpendFen: 3000,
      shippingFen: 0,
      profitFen: 16667,
    });
    expect(spoon).toMatchObject({
      productKey: `sku:jd:${SHOPS.J1.shopId}:J-300:J-300-1`,
      name: '=HYPERLINK("x") 勺子',
      outerCode: null,
      uncostedUnits: 1,
    });
    expect(spoon?.figures).toMatchObject({ refundFen: 2000, feesFen: 167, profitFen: 2833 });
    expect(bowl).toMatchObject({ productKey: "outer:BOWL-1", name: "陶瓷碗", uncostedUnits: 1 });
    expect(bowl?.figures.profitFen).toBe(2000);
    expect(cup).toMatchObject({ productKey: "p-cup", units: 1, refundedUnits: 1 });
    expect(cup?.figures).toMatchObject({ profitFen: 0, marginRate: null });
    // JD's ad names no item; shipping and other costs are not per product.
    expect(r.byProduct.unallocated).toMatchObject({
      revenueFen: 0,
      cogsFen: 0,
      feesFen: 0,
      adSpendFen: 1000,
      shippingFen: 2000,
      otherFen: 5200,
      profitFen: -8200,
    });
    expect(sum(r.byProduct.rows) + r.byProduct.unallocated.profitFen).toBe(13300);
  });

  it("ranks SKUs by profit, top `limit`", async () => {
    const r = await profit();
    expect(r.bySku.rows.map((s) => [s.skuId, s.productKey, s.figures.profitFen])).toEqual([
      ["J-100-1", "p-mug", 9067],
      ["P-100-1", "p-mug", 4600],
      ["T-100-1", "p-mug", 3000],
      ["J-300-1", `sku:jd:${SHOPS.J1.shopId}:J-300:J-300-1`, 2833],
      ["P-400-1", "outer:BOWL-1", 2000],
      ["T-200-1", "p-cup", 0],
    ]);
    const top = await profit(`${RANGE_QUERY}&limit=2`);
    expect(top.bySku).toMatchObject({ count: 6 });
    expect(top.bySku.rows.map((s) => s.skuId)).toEqual(["J-100-1", "P-100-1"]);
    expect(top.byProduct.rows).toHaveLength(2);
  });

  it("gives per-order profit, one page at a time", async () => {
    const r = await profit();
    expect(r.byOrder).toMatchObject({ page: 1, pageSize: 50, count: 5 });
    expect(
      r.byOrder.rows.map((o) => [
        o.orderId,
        o.paidFen,
        o.refundFen,
        o.cogsFen,
        o.feeFen,
        o.feeSettled,
        o.shippingFen,
        o.profitFen,
        o.uncostedUnits,
      ]),
    ).toEqual([
      ["T-o1", 10000, 0, 3400, 600, false, 600, 5400, 0],
      ["T-o2", 5000, 5000, 0, 0, false, 600, -600, 0],
      ["J-o4", 20000, 2000, 5100, 1000, true, 800, 11100, 1],
      ["P-o6", 2000, 0, 0, 0, false, 0, 2000, 1],
      ["P-o5", 8000, 0, 3400, 0, false, 0, 4600, 0],
    ]);
    expect(r.byOrder.rows[0]).toMatchObject({
      date: "2026-11-01",
      paidAt: bj("2026-11-01", "10:00"),
    });
    const page = await profit(`${RANGE_QUERY}&orderPage=2&orderPageSize=2`);
    expect(page.byOrder).toMatchObject({ page: 2, pageSize: 2, count: 5 });
    expect(page.byOrder.rows.map((o) => o.orderId)).toEqual(["J-o4", "P-o6"]);
    const res = await call(`/api/v1/reports/profit?${RANGE_QUERY}&orderPageSize=201`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(422);
  });
});

describe("GET /api/v1/reports/profit: filters, roles and export", () => {
  it("keeps workspace-wide costs out of a platform filter, and platform-wide out of a shop scope", async () => {
    const jd = await profit(`${RANGE_QUERY}&platform=jd`);
    expect(jd.total.figures.profitFen).toBe(9400);
    expect(jd.meta.basis).toMatchObject({
      platformCostsIncluded: true,
      workspaceCostsIncluded: false,
    });
    const scoped = await profit(RANGE_QUERY, scopedAdmin);
    expect(scoped.total.figures).toMatchObject({
      revenueFen: 15000,
      otherFen: 1500,
      profitFen: 300,
    });
    expect(scoped.meta.basis).toMatchObject({
      platformCostsIncluded: false,
      workspaceCostsIncluded: false,
      platformsWithoutSettings: [],
    });
    expect(scoped.byPlatform.map((p) => p.platform)).toEqual(["taobao"]);
    expect(scoped.byOrder.rows.map((o) => o.orderId)).toEqual(["T-o1", "T-o2"]);
    expect(scoped.bySku.rows.map((s) => s.shopId)).toEqual([SHOPS.T1.shopId, SHOPS.T1.shopId]);
    // A shop outside the scope gives nothing, not that shop.
    const outside = await profit(`${RANGE_QUERY}&shop=jd:${SHOPS.J1.shopId}`, scopedAdmin);
    expect(outside.total.figures.revenueFen).toBe(0);
    expect(outside.byOrder.count).toBe(0);
  });

  it("is for members who may see costs only", async () => {
    for (const [cookie, status] of [
      [team.cookies.analyst, 403],
      [team.cookies.scoped, 403],
      [team.cookies.analystCosts, 200],
    ] as const) {
      const res = await call(`/api/v1/reports/profit?${RANGE_QUERY}`, { headers: { cookie } });
      expect(res.status).toBe(status);
    }
  });

  it("exports one row per day with every step, BOM and Chinese headers", async () => {
    const res = await call(`/api/v1/reports/profit?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "日期,支付金额,退款金额,净销售额,商品成本,平台佣金及服务费,推广花费,运费,其他费用,利润,利润率,未计成本件数",
    );
    expect(lines[1]).toBe(
      "2026-11-01,100.00,0.00,100.00,34.00,6.00,30.00,6.00,0.00,24.00,24.00%,0",
    );
    expect(lines[2]).toBe("2026-11-02,50.00,50.00,0.00,0.00,0.00,0.00,6.00,15.00,-21.00,,0");
    expect(lines[3]).toBe(
      "2026-11-03,200.00,20.00,180.00,51.00,10.00,10.00,8.00,0.00,101.00,56.11%,1",
    );
    expect(lines).toHaveLength(9); // header, 7 days, the final empty line
  });
});

describe("GET /api/v1/reports/profit: history", () => {
  it("keeps earlier days when a cost changes later, and mixes settled and estimated fees", async () => {
    const b = await reportWorkspace();
    await seedSettings(b.workspaceId);
    // One more JD order on 11-03 without a settlement: ¥99.99 × 8% = 7.9992 → ¥8.00 estimated.
    const extra = structuredClone(ORDERS.find((o) => o.kind === "order" && o.orderId === "J-o4"));
    if (extra?.kind !== "order") throw new Error("fixture order J-o4 missing");
    const line = {
      ...extra.lines[0],
      lineId: "J-o9-1",
      quantity: 1,
      unitPriceFen: 9999,
      paidFen: 9999,
    };
    await ingest(b.workspaceId, [
      {
        ...extra,
        orderId: "J-o9",
        paidAt: bj("2026-11-03", "15:00"),
        paidFen: 9999,
        goodsFen: 9999,
        refundFen: 0,
        status: "paid",
        lines: [line as (typeof extra.lines)[number]],
      },
    ]);
    const get = () => profit(RANGE_QUERY, b.cookies.owner);
    const before = await get();
    const jdDay = before.byShop.find((s) => s.shopId === SHOPS.J1.shopId)?.figures;
    expect(jdDay).toMatchObject({
      revenueFen: 29999,
      cogsFen: 6800,
      feesFen: 1800,
      shippingFen: 1600,
    });
    expect(before.meta.basis).toMatchObject({ feesSettledFen: 1000, feesEstimatedFen: 1400 });
    const j9 = before.byOrder.rows.find((o) => o.orderId === "J-o9");
    expect(j9).toMatchObject({ feeFen: 800, feeSettled: false, cogsFen: 1700, profitFen: 6699 });
    expect(before.total.figures.profitFen).toBe(19999);

    // The mug costs ¥27.00 from 11-05: only the 11-07 mugs (2 units) cost more.
    await env.DB.prepare(
      `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen,
         packaging_fen, created_at, created_by) VALUES (?, 'p-mug', '2026-11-05', 2500, 200, ?, 'test')`,
    )
      .bind(b.workspaceId, Date.now())
      .run();
    const after = await get();
    expect(after.byDay.slice(0, 6)).toEqual(before.byDay.slice(0, 6));
    expect(after.byDay[6]?.figures).toMatchObject({ cogsFen: 5400, profitFen: 4600 });
    expect(after.total.figures.profitFen).toBe(17999);
    expect(after.total.compare.profitFen.previous).toBe(before.total.compare.profitFen.previous);
    expect(after.byOrder.rows.find((o) => o.orderId === "P-o5")?.cogsFen).toBe(5400);
    expect(after.byOrder.rows.find((o) => o.orderId === "T-o1")?.cogsFen).toBe(3400);
  });
});
