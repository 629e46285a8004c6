import { env } from "cloudflare:workers";
import type { OverviewReport, ProductRow, ProductsReport } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { call, order } from "./setup/fixtures.ts";
import {
  getReport,
  ingest,
  RANGE_QUERY,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

let team: ReportTeam;
let linked: ReportTeam;
const SPOON = '=HYPERLINK("x") 勺子';
const J300 = `sku:jd:${SHOPS.J1.shopId}:J-300:J-300-1`;

/** Settings rows written directly (the settings API is tested on its own). */
async function settle(workspaceId: string) {
  const now = Date.now();
  const product = (id: string, name: string, outer: string | null) =>
    env.DB.prepare(
      "INSERT INTO products (workspace_id, product_id, name, outer_code, created_at) VALUES (?, ?, ?, ?, ?)",
    ).bind(workspaceId, id, name, outer, now);
  const link = (platform: string, shopId: string, item: string, sku: string, id: string) =>
    env.DB.prepare(
      `INSERT INTO product_links (workspace_id, platform, shop_id, item_id, sku_id, product_id,
         created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')`,
    ).bind(workspaceId, platform, shopId, item, sku, id, now);
  const cost = (id: string, from: string, unit: number, packaging: number) =>
    env.DB.prepare(
      `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen,
         packaging_fen, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'test')`,
    ).bind(workspaceId, id, from, unit, packaging, now);
  await env.DB.batch([
    product("p-mug", "马克杯", "MUG-1"),
    product("p-pdd-mug", "拼多多马克杯", null),
    product("p-spoon", "勺子", null),
    // A manual link wins over the outer code MUG-1 …
    link("pdd", SHOPS.P1.shopId, "P-100", "P-100-1", "p-pdd-mug"),
    // … and groups a SKU that has none.
    link("jd", SHOPS.J1.shopId, "J-300", "J-300-1", "p-spoon"),
    // The mug's cost changes on 11-03: the 11-01 sale costs ¥21, the 11-03 one ¥31 a unit.
    cost("p-mug", "2026-10-01", 2000, 100),
    cost("p-mug", "2026-11-03", 3000, 100),
    cost("p-pdd-mug", "2026-11-07", 2500, 0),
    // The spoon's cost starts the day after its only sale: unknown for that sale.
    cost("p-spoon", "2026-11-04", 1000, 0),
  ]);
}

beforeAll(async () => {
  team = await reportWorkspace();
  linked = await reportWorkspace();
  await settle(linked.workspaceId);
});

const products = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<ProductsReport>(`/api/v1/reports/products?${query}`, cookie);
const byId = (r: ProductsReport) => new Map(r.products.map((p) => [p.productId, p]));
const summary = (p: ProductRow) => [p.productId, p.units, p.paidFen, p.refundFen];

describe("GET /api/v1/reports/products (hand-computed on the fixture)", () => {
  it("merges SKUs across platforms by outer code and ranks by sales", async () => {
    const r = await products();
    expect(r.sort).toBe("sales");
    expect(r.productCount).toBe(4);
    expect(r.products.map(summary)).toEqual([
      ["outer:MUG-1", 7, 33000, 0],
      ["outer:CUP-1", 1, 5000, 5000],
      [J300, 1, 5000, 2000],
      ["outer:BOWL-1", 1, 2000, 0],
    ]);
    expect(r.products.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    const mug = r.products[0] as ProductRow;
    // No name set: the best-selling SKU's title (JD's, ¥150).
    expect(mug).toMatchObject({
      name: "北欧陶瓷马克杯 京东",
      named: false,
      outerCode: "MUG-1",
      netSalesFen: 33000,
      refundRate: 0,
    });
    expect(mug.share).toBeCloseTo(33000 / 45000, 12);
    expect(mug.platforms).toEqual([
      { platform: "jd", shops: [SHOPS.J1.shopId], units: 3, paidFen: 15000, refundFen: 0 },
      { platform: "taobao", shops: [SHOPS.T1.shopId], units: 2, paidFen: 10000, refundFen: 0 },
      { platform: "pdd", shops: [SHOPS.P1.shopId], units: 2, paidFen: 8000, refundFen: 0 },
    ]);
    expect(
      mug.skus.map((s) => [s.platform, s.itemId, s.skuKey, s.outerCode, s.units, s.paidFen]),
    ).toEqual([
      ["jd", "J-100", "J-100-1", "MUG-1", 3, 15000],
      ["taobao", "T-100", "T-100-1", "MUG-1", 2, 10000],
      ["pdd", "P-100", "P-100-1", "MUG-1", 2, 8000],
    ]);
    expect(byId(r).get("outer:CUP-1")?.refundRate).toBe(1);
  });

  it("keeps a SKU without outer code alone, its untrusted title verbatim", async () => {
    const spoon = byId(await products()).get(J300);
    expect(spoon).toMatchObject({
      name: SPOON,
      outerCode: null,
      refundRate: 0.4,
      platforms: [{ platform: "jd", units: 1, paidFen: 5000, refundFen: 2000 }],
    });
    expect(spoon?.skus[0]?.title).toBe(SPOON);
  });

  it("gives ABC classes over every product (ties share a class)", async () => {
    // ¥450: MUG 0% ahead → A; CUP and the spoon tie with 73.3% ahead → A; BOWL 95.6% → C.
    const r = await products();
    expect(r.products.map((p) => p.abc)).toEqual(["A", "A", "A", "C"]);
    // The classes do not depend on how many products are returned.
    const top = await products(`${RANGE_QUERY}&sort=refunds&limit=2`);
    expect(top.products.map((p) => [p.productId, p.abc])).toEqual([
      ["outer:CUP-1", "A"],
      [J300, "A"],
    ]);
  });

  it("compares sales and units with the previous period (环比)", async () => {
    const r = byId(await products());
    // MUG: ¥120, 2 units on 10-30 → +175% sales, +250% units.
    expect(r.get("outer:MUG-1")).toMatchObject({
      previousUnits: 2,
      previousPaidFen: 12000,
      paidVsPrevious: 1.75,
      unitsVsPrevious: 2.5,
    });
    // Nothing before: blank, not infinite.
    expect(r.get("outer:CUP-1")).toMatchObject({
      previousPaidFen: 0,
      paidVsPrevious: null,
      unitsVsPrevious: null,
    });
  });

  it("has totals equal to the overview's for the same filter", async () => {
    const r = await products();
    expect(r.totals).toEqual({
      units: 10,
      paidFen: 45000,
      refundFen: 7000,
      netSalesFen: 38000,
      refundRate: 7000 / 45000,
      productsPaidFen: 45000,
      otherPaidFen: 0,
    });
    const cases: Array<[string, string]> = [
      [RANGE_QUERY, team.cookies.owner],
      [`${RANGE_QUERY}&platform=jd,pdd`, team.cookies.owner],
      [`${RANGE_QUERY}&shop=pdd:${SHOPS.P1.shopId}`, team.cookies.analyst],
      [RANGE_QUERY, team.cookies.scoped],
      ["from=2026-10-25&to=2026-10-31", team.cookies.owner],
      ["from=2026-12-01&to=2026-12-07", team.cookies.owner],
    ];
    for (const [query, cookie] of cases) {
      const p = await products(query, cookie);
      const o = await getReport<OverviewReport>(`/api/v1/reports/overview?${query}`, cookie);
      expect(p.totals.paidFen, query).toBe(o.kpis.paidFen.value);
      expect(p.totals.units, query).toBe(o.kpis.units.value);
      expect(p.totals.refundFen, query).toBe(o.kpis.refundFen.value);
      expect(
        p.products.reduce((s, x) => s + x.units, 0),
        query,
      ).toBe(p.totals.units);
    }
  });

  it("counts postage in the totals but in no product", async () => {
    const w = await reportWorkspace([]);
    // ¥239.80 of lines + ¥10 postage.
    await ingest(w.workspaceId, [order({ shippingFen: 1000, paidFen: 24980 })]);
    const q = "from=2026-11-11&to=2026-11-11";
    const r = await products(q, w.cookies.owner);
    const o = await getReport<OverviewReport>(`/api/v1/reports/overview?${q}`, w.cookies.owner);
    expect(o.kpis.paidFen.value).toBe(24980);
    expect(r.totals).toMatchObject({ paidFen: 24980, productsPaidFen: 23980, otherPaidFen: 1000 });
    expect(r.products.map(summary)).toEqual([
      ["outer:TS-KB-001-BLK", 2, 14000, 0],
      ["sku:taobao:57300001:712345678902:0", 1, 9980, 0],
    ]);
  });

  it("sorts by units or refunds and limits the rows", async () => {
    const units = await products(`${RANGE_QUERY}&sort=units`);
    // Ties on units go by sales, then by id.
    expect(units.products.map((p) => p.productId)).toEqual([
      "outer:MUG-1",
      "outer:CUP-1",
      J300,
      "outer:BOWL-1",
    ]);
    const refunds = await products(`${RANGE_QUERY}&sort=refunds&limit=3`);
    expect(refunds.products.map((p) => [p.rank, p.productId, p.refundFen])).toEqual([
      [1, "outer:CUP-1", 5000],
      [2, J300, 2000],
      [3, "outer:MUG-1", 0],
    ]);
    expect(refunds.productCount).toBe(4);
    expect(refunds.totals.paidFen).toBe(45000);
  });

  it("rejects bad options with 422", async () => {
    for (const q of ["sort=price", "limit=0", "limit=501", "limit=abc", "limit=1.5"]) {
      const res = await call(`/api/v1/reports/products?${RANGE_QUERY}&${q}`, {
        headers: { cookie: team.cookies.owner },
      });
      expect(res.status, q).toBe(422);
    }
    const max = await products(`${RANGE_QUERY}&limit=500`);
    expect(max.products).toHaveLength(4);
  });

  it("applies the platform filter and the member's shop scope", async () => {
    const jd = await products(`${RANGE_QUERY}&platform=jd`);
    expect(jd.products.map(summary)).toEqual([
      ["outer:MUG-1", 3, 15000, 0],
      [J300, 1, 5000, 2000],
    ]);
    const scoped = await products(RANGE_QUERY, team.cookies.scoped);
    expect(scoped.products.map(summary)).toEqual([
      ["outer:MUG-1", 2, 10000, 0],
      ["outer:CUP-1", 1, 5000, 5000],
    ]);
    expect(scoped.products.flatMap((p) => p.platforms.map((x) => x.platform))).toEqual([
      "taobao",
      "taobao",
    ]);
    // Only the Taobao title is visible to the scoped viewer.
    expect(scoped.products[0]?.name).toBe("北欧陶瓷马克杯");
    expect(scoped.totals).toMatchObject({ paidFen: 15000, units: 3 });
  });
});

describe("products with settings: names, manual links, dated costs and margin", () => {
  it("groups by product rows and links, a link beating the outer code", async () => {
    const r = await products(RANGE_QUERY, linked.cookies.owner);
    expect(
      r.products.map((p) => [p.productId, p.name, p.named, p.outerCode, p.units, p.paidFen]),
    ).toEqual([
      ["p-mug", "马克杯", true, "MUG-1", 5, 25000],
      ["p-pdd-mug", "拼多多马克杯", true, null, 2, 8000],
      ["outer:CUP-1", "玻璃杯", false, "CUP-1", 1, 5000],
      ["p-spoon", "勺子", true, null, 1, 5000],
      ["outer:BOWL-1", "陶瓷碗", false, "BOWL-1", 1, 2000],
    ]);
    const mug = byId(r).get("p-mug");
    expect(mug?.platforms.map((p) => p.platform)).toEqual(["jd", "taobao"]);
    // The 10-30 Taobao sale belongs to the same product row: 环比 on ¥120.
    expect(mug).toMatchObject({ previousPaidFen: 12000, previousUnits: 2, unitsVsPrevious: 1.5 });
    expect(mug?.paidVsPrevious).toBeCloseTo(13000 / 12000, 12);
    expect(r.products.map((p) => p.abc)).toEqual(["A", "A", "A", "A", "C"]);
  });

  it("costs each day's units at the cost in force that day; unknown cost is not zero", async () => {
    const r = await products(RANGE_QUERY, linked.cookies.owner);
    expect(r.costsVisible).toBe(true);
    const costs = r.products.map((p) => [p.productId, p.costFen, p.marginFen, p.marginRate]);
    expect(costs).toEqual([
      // 2 × (¥20 + ¥1) on 11-01 + 3 × (¥30 + ¥1) on 11-03 = ¥135; ¥250 − ¥135 = ¥115, 46%.
      ["p-mug", 13500, 11500, 0.46],
      // Cost effective on the sale day itself: 2 × ¥25 = ¥50; ¥80 − ¥50 = ¥30, 37.5%.
      ["p-pdd-mug", 5000, 3000, 0.375],
      ["outer:CUP-1", null, null, null],
      // Its cost starts 11-04, after the 11-03 sale.
      ["p-spoon", null, null, null],
      ["outer:BOWL-1", null, null, null],
    ]);
    const byMargin = await products(`${RANGE_QUERY}&sort=margin`, linked.cookies.analystCosts);
    expect(byMargin.products.map((p) => p.productId)).toEqual([
      "p-mug",
      "p-pdd-mug",
      "outer:CUP-1",
      "p-spoon",
      "outer:BOWL-1",
    ]);
  });

  it("shows no cost or margin to members who may not see costs", async () => {
    for (const cookie of [linked.cookies.analyst, linked.cookies.scoped]) {
      const res = await call(`/api/v1/reports/products?${RANGE_QUERY}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      const text = await res.text();
      const r = JSON.parse(text) as ProductsReport;
      expect(r.costsVisible).toBe(false);
      for (const p of r.products) {
        expect([p.costFen, p.marginFen, p.marginRate]).toEqual([null, null, null]);
      }
      expect(text).not.toMatch(/"(costFen|marginFen|marginRate)":(?!null)/);
      for (const figure of ["13500", "11500", "0.46", "0.375"]) expect(text).not.toContain(figure);
      const csv = await call(`/api/v1/reports/products?${RANGE_QUERY}&format=csv`, {
        headers: { cookie },
      });
      const header = (await csv.text()).split("\r\n")[0] ?? "";
      expect(header).not.toMatch(/成本|毛利/);
      // Ranking by margin would reveal how margins compare.
      const sorted = await call(`/api/v1/reports/products?${RANGE_QUERY}&sort=margin`, {
        headers: { cookie },
      });
      expect(sorted.status).toBe(403);
    }
  });
});

describe("products CSV", () => {
  it("has a BOM, Chinese headers, the platform split, and defused formulas", async () => {
    const res = await call(`/api/v1/reports/products?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "排名,商品,商家编码,ABC分类,支付金额,支付件数,退款金额,退款率,成本,毛利,毛利率,支付金额环比,件数环比,平台分布",
    );
    expect(lines[1]).toBe(
      "1,北欧陶瓷马克杯 京东,MUG-1,A,330.00,7,0.00,0.00%,,,,175.00%,250.00%,京东 ¥150.00 / 淘宝 ¥100.00 / 拼多多 ¥80.00",
    );
    expect(lines[3]).toBe(`3,"'=HYPERLINK(""x"") 勺子",,A,50.00,1,20.00,40.00%,,,,,,京东 ¥50.00`);
    expect(lines).toHaveLength(6); // header, 4 products, the final CRLF
  });

  it("shows cost columns with values to cost seers, in English on request", async () => {
    const res = await call(`/api/v1/reports/products?${RANGE_QUERY}&format=csv&lang=en`, {
      headers: { cookie: linked.cookies.owner },
    });
    const lines = (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Rank,Product,Outer code,ABC,Sales,Units,Refunds,Refund rate,Cost,Margin,Margin rate,Sales vs previous,Units vs previous,By platform",
    );
    expect(lines[1]).toBe(
      "1,马克杯,MUG-1,A,250.00,5,0.00,0.00%,135.00,115.00,46.00%,108.33%,150.00%,JD ¥150.00 / Taobao ¥100.00",
    );
  });
});
