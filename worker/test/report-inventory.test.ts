import { env } from "cloudflare:workers";
import {
  addDays,
  type CanonicalRecord,
  DAY_MS,
  type InventoryProduct,
  type InventoryReport,
  toBusinessDate,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { call, order, sku } from "./setup/fixtures.ts";
import {
  bj,
  getReport,
  ingest,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

/**
 * A workspace whose sales sit at days relative to today (Beijing): velocity windows end
 * yesterday (y), so the 7-day window is y−6..y and the 30-day one y−29..y.
 *
 * | product (key)        | SKUs (shop: stock)            | sales (day: units)                      |
 * |----------------------|-------------------------------|-----------------------------------------|
 * | A  outer:INV-A       | T 20, J 10, P unknown         | T y−60:1, y−20:2, y−3:4, today:1; J y−10:3, y:3 |
 * | B  p-b (lead 10, safety 5) | P 5                      | y−40:1, y−25:10, y−15:10, y−2:10        |
 * | C  outer:INV-C (new) | T 100                         | y−5:7, y−1:7                            |
 * | D  outer:INV-D       | J 1000                        | y−100:3, y−29:3                         |
 * | E  outer:INV-E       | T 50                          | y−40:2                                  |
 * | F  lone P-F-1        | P 8 (title a formula)         | none                                    |
 * | G  outer:INV-G       | J 0                           | y−50:1, y−12:2                          |
 * | H  outer:INV-H       | not listed                    | P y−4:3                                 |
 * | I  outer:INV-I       | not listed                    | T y−60:1 (gone: not shown)              |
 */
let team: ReportTeam;
let today = "";
let y = "";
const SPOON = '=HYPERLINK("x") 勺子';

type ShopName = keyof typeof SHOPS;
let n = 0;
function sale(
  shop: ShopName,
  date: string,
  item: string,
  outer: string,
  qty: number,
  time = "12:00",
) {
  const paidAt = bj(date, time);
  return order({
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    orderId: `inv-${++n}`,
    capturedAt: Date.now(),
    createdAt: paidAt - 60_000,
    paidAt,
    goodsFen: qty * 1000,
    discountFen: 0,
    paidFen: qty * 1000,
    lines: [
      {
        lineId: `inv-${n}-1`,
        itemId: item,
        skuId: `${item}-1`,
        outerSkuId: outer,
        title: `商品 ${item}`,
        skuText: null,
        quantity: qty,
        unitPriceFen: 1000,
        paidFen: qty * 1000,
        refundStatus: "none",
      },
    ],
  });
}
function listing(
  shop: ShopName,
  item: string,
  outer: string | null,
  stock: number | null,
  title = `商品 ${item}`,
) {
  return sku({
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    itemId: item,
    skuId: `${item}-1`,
    outerSkuId: outer,
    title,
    skuText: null,
    stock,
    status: stock === 0 ? "soldout" : "onsale",
  });
}

function records(): CanonicalRecord[] {
  const d = (days: number) => addDays(y, days);
  return [
    listing("T1", "T-A", "INV-A", 20),
    listing("J1", "J-A", "INV-A", 10),
    listing("P1", "P-A", "INV-A", null),
    sale("T1", d(-60), "T-A", "INV-A", 1),
    sale("T1", d(-20), "T-A", "INV-A", 2),
    sale("T1", d(-3), "T-A", "INV-A", 4),
    sale("T1", today, "T-A", "INV-A", 1, "00:01"),
    sale("J1", d(-10), "J-A", "INV-A", 3),
    sale("J1", y, "J-A", "INV-A", 3, "23:59"),
    listing("P1", "P-B", "INV-B", 5),
    ...[-40, -25, -15, -2].map((k) => sale("P1", d(k), "P-B", "INV-B", k === -40 ? 1 : 10)),
    listing("T1", "T-C", "INV-C", 100, "新品 杯子"),
    sale("T1", d(-5), "T-C", "INV-C", 7),
    sale("T1", d(-1), "T-C", "INV-C", 7),
    listing("J1", "J-D", "INV-D", 1000),
    sale("J1", d(-100), "J-D", "INV-D", 3),
    sale("J1", d(-29), "J-D", "INV-D", 3, "00:00"),
    listing("T1", "T-E", "INV-E", 50),
    sale("T1", d(-40), "T-E", "INV-E", 2),
    listing("P1", "P-F", null, 8, SPOON),
    listing("J1", "J-G", "INV-G", 0),
    sale("J1", d(-50), "J-G", "INV-G", 1),
    sale("J1", d(-12), "J-G", "INV-G", 2),
    sale("P1", d(-4), "P-H", "INV-H", 3),
    sale("T1", d(-60), "T-I", "INV-I", 1),
  ];
}

beforeAll(async () => {
  // Keep the whole file on one Beijing day, after 00:02 (today's sale is at 00:01).
  const sinceMidnight = (Date.now() + 8 * 3_600_000) % DAY_MS;
  const wait =
    sinceMidnight < 150_000
      ? 150_000 - sinceMidnight
      : DAY_MS - sinceMidnight < 120_000
        ? DAY_MS - sinceMidnight + 150_000
        : 0;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  today = toBusinessDate(Date.now());
  y = addDays(today, -1);
  team = await reportWorkspace([]);
  await ingest(team.workspaceId, records());
  await env.DB.prepare(
    `INSERT INTO products (workspace_id, product_id, name, outer_code, created_at, lead_time_days,
       safety_stock_days) VALUES (?, 'p-b', 'B 商品', 'INV-B', ?, 10, 5)`,
  )
    .bind(team.workspaceId, Date.now())
    .run();
}, 400_000);

const inventory = (query = "", cookie = team.cookies.owner) =>
  getReport<InventoryReport>(`/api/v1/reports/inventory?${query}`, cookie);
const byId = (r: InventoryReport) =>
  new Map(r.products.map((p) => [p.productId, p])) as Map<string, InventoryProduct>;
const F = `sku:pdd:${SHOPS.P1.shopId}:P-F:P-F-1`;

describe("GET /api/v1/reports/inventory (hand-computed, relative to today)", () => {
  it("states its windows and the default settings", async () => {
    const r = await inventory();
    expect(r.meta.today).toBe(today);
    expect(r.windows).toEqual({
      days7: { from: addDays(y, -6), to: y },
      days30: { from: addDays(y, -29), to: y },
    });
    expect(r.settings).toEqual({
      leadTimeDays: 15,
      safetyStockDays: 7,
      slowMovingDays: 30,
      overstockDays: 90,
      reorderCoverDays: 30,
    });
  });

  it("orders products by days of cover, unknown cover last", async () => {
    const r = await inventory();
    expect(r.products.map((p) => [p.productId, p.daysOfCover])).toEqual([
      ["outer:INV-G", 0],
      ["p-b", 5],
      ["outer:INV-C", 50],
      ["outer:INV-A", 75],
      ["outer:INV-D", 10000],
      ["outer:INV-H", null],
      ["outer:INV-E", null],
      [F, null],
    ]);
  });

  it("sums stock across platforms, keeping unknown stock apart, and today's sales out of velocity", async () => {
    const a = byId(await inventory()).get("outer:INV-A");
    // Stock 20 + 10 (+ Pinduoduo unknown). 30 days: 2 + 4 + 3 + 3 = 12 → 0.4/day; 7 days: 4 + 3.
    // Named after the best seller: JD and Taobao tie on ¥60, JD sorts first.
    expect(a).toMatchObject({
      name: "商品 J-A",
      outerCode: "INV-A",
      stock: 30,
      unknownStockSkus: 1,
      units7: 7,
      units30: 12,
      velocity7: 1,
      velocity30: 0.4,
      velocityBasis: "30d",
      stockOutDate: addDays(today, 75),
      firstSaleDate: addDays(y, -60),
      lastSaleDate: today,
      daysSinceLastSale: 0,
      leadTimeDays: 15,
      safetyStockDays: 7,
      // Reorder point ⌈0.4 × 22⌉ = 9 < 30: not yet.
      reorder: { reorderPoint: 9, reorderNow: false, quantity: 0 },
      flags: { lowStock: false, overstock: false, slowMoving: false, reorder: false },
    });
    expect(a?.platforms).toEqual([
      { platform: "jd", shops: [SHOPS.J1.shopId], stock: 10, units30: 6 },
      { platform: "pdd", shops: [SHOPS.P1.shopId], stock: null, units30: 0 },
      { platform: "taobao", shops: [SHOPS.T1.shopId], stock: 20, units30: 6 },
    ]);
    expect(
      a?.skus.map((s) => [
        s.platform,
        s.skuId,
        s.stock,
        s.status,
        s.units7,
        s.units30,
        s.lastSaleDate,
      ]),
    ).toEqual([
      ["jd", "J-A-1", 10, "onsale", 3, 6, y],
      ["taobao", "T-A-1", 20, "onsale", 4, 6, today],
      ["pdd", "P-A-1", null, "onsale", 0, 0, null],
    ]);
  });

  it("flags low stock and suggests a reorder with the product's own lead time", async () => {
    const r = byId(await inventory());
    // B: 30 units in 30 days = 1/day, 5 in stock → 5 days; lead 10 + safety 5 = 15 > 5.
    // Reorder point ⌈1 × 15⌉ = 15; order up to ⌈1 × 45⌉ = 45 → 40.
    expect(r.get("p-b")).toMatchObject({
      name: "B 商品",
      named: true,
      stock: 5,
      units7: 10,
      units30: 30,
      velocity30: 1,
      velocityBasis: "30d",
      daysOfCover: 5,
      stockOutDate: addDays(today, 5),
      leadTimeDays: 10,
      safetyStockDays: 5,
      reorder: { reorderPoint: 15, reorderNow: true, quantity: 40 },
      flags: { lowStock: true, overstock: false, slowMoving: false, reorder: true },
    });
    expect(r.get("p-b")?.velocity7).toBeCloseTo(10 / 7, 12);
    // G: out of stock and sold 2 in 30 days: low, out today. ⌈2/30 × 22⌉ = 2; ⌈2/30 × 52⌉ = 4.
    expect(r.get("outer:INV-G")).toMatchObject({
      stock: 0,
      units30: 2,
      daysOfCover: 0,
      stockOutDate: today,
      reorder: { reorderPoint: 2, reorderNow: true, quantity: 4 },
      flags: { lowStock: true, overstock: false, slowMoving: false, reorder: true },
    });
  });

  it("uses the 7-day velocity for a product first sold inside the 30-day window", async () => {
    const c = byId(await inventory()).get("outer:INV-C");
    // 14 units, all in the last 7 days: 2/day → 100 / 2 = 50 days (30-day basis would say 214).
    expect(c).toMatchObject({
      name: "新品 杯子",
      units7: 14,
      units30: 14,
      velocity7: 2,
      velocityBasis: "7d",
      daysOfCover: 50,
      stockOutDate: addDays(today, 50),
      reorder: { reorderPoint: 44, reorderNow: false, quantity: 0 },
      flags: { lowStock: false, overstock: false, slowMoving: false, reorder: false },
    });
  });

  it("flags overstock, and slow-moving stock with its last sale", async () => {
    const r = await inventory();
    const p = byId(r);
    // D: 3 units on the window's first day → 0.1/day, 1000 in stock → 10000 days.
    expect(p.get("outer:INV-D")).toMatchObject({
      units30: 3,
      velocity30: 0.1,
      stockOutDate: addDays(today, 10000),
      lastSaleDate: addDays(y, -29),
      daysSinceLastSale: 30,
      flags: { lowStock: false, overstock: true, slowMoving: false, reorder: false },
    });
    // E: last sold 41 days ago; F never sold: both slow-moving, with no cover to speak of.
    expect(p.get("outer:INV-E")).toMatchObject({
      stock: 50,
      units30: 0,
      daysOfCover: null,
      stockOutDate: null,
      reorder: null,
      lastSaleDate: addDays(y, -40),
      daysSinceLastSale: 41,
      flags: { lowStock: false, overstock: false, slowMoving: true, reorder: false },
    });
    expect(p.get(F)).toMatchObject({
      name: SPOON,
      stock: 8,
      lastSaleDate: null,
      daysSinceLastSale: null,
    });
    expect(r.lists).toEqual({
      lowStock: ["outer:INV-G", "p-b"],
      overstock: ["outer:INV-D"],
      slowMoving: ["outer:INV-E", F],
      reorder: ["outer:INV-G", "p-b"],
    });
  });

  it("keeps a recently sold SKU without a listing (stock unknown) and drops old unlisted ones", async () => {
    const r = byId(await inventory());
    expect(r.get("outer:INV-H")).toMatchObject({
      stock: null,
      unknownStockSkus: 1,
      units7: 3,
      velocityBasis: "7d",
      daysOfCover: null,
      reorder: null,
      flags: { lowStock: false, overstock: false, slowMoving: false, reorder: false },
    });
    expect(r.get("outer:INV-H")?.skus[0]).toMatchObject({
      status: null,
      stock: null,
      title: "商品 P-H",
    });
    expect(r.has("outer:INV-I")).toBe(false);
  });

  it("ignores the date range but applies platform, shop and member scope", async () => {
    const all = await inventory();
    const ranged = await inventory("from=2025-01-01&to=2025-01-07");
    expect(ranged.products).toEqual(all.products);
    const scoped = await inventory("", team.cookies.scoped);
    // Taobao only: A has 20 in stock and 6 sold in 30 days → 0.2/day → 100 days: overstock.
    expect(scoped.products.map((p) => [p.productId, p.stock, p.units30, p.daysOfCover])).toEqual([
      ["outer:INV-C", 100, 14, 50],
      ["outer:INV-A", 20, 6, 100],
      ["outer:INV-E", 50, 0, null],
    ]);
    expect(scoped.lists.overstock).toEqual(["outer:INV-A"]);
    const jd = await inventory(`shop=jd:${SHOPS.J1.shopId}`);
    expect(jd.products.map((p) => p.productId)).toEqual([
      "outer:INV-G",
      "outer:INV-A",
      "outer:INV-D",
    ]);
    // Asking for a shop outside the scope gives nothing.
    const outside = await inventory(`shop=jd:${SHOPS.J1.shopId}`, team.cookies.scoped);
    expect(outside.products).toEqual([]);
  });

  it("exports CSV with a BOM, Chinese headers, one list on request, formulas defused", async () => {
    const get = async (query: string) => {
      const res = await call(`/api/v1/reports/inventory?format=csv${query}`, {
        headers: { cookie: team.cookies.owner },
      });
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return new TextDecoder().decode(bytes).split("\r\n");
    };
    const lines = await get("");
    expect(lines[0]).toBe(
      "商品,商家编码,库存,近7天销量,近7天日均,近30天销量,近30天日均,可售天数,预计断货日期,最后销售日期,标记,建议补货量",
    );
    expect(lines).toHaveLength(10); // header, 8 products, final CRLF
    expect(lines[2]).toBe(
      `B 商品,INV-B,5,10,1.43,30,1,5,${addDays(today, 5)},${addDays(y, -2)},低库存、需补货,40`,
    );
    expect(lines[8]).toBe(`"'=HYPERLINK(""x"") 勺子",,8,0,0,0,0,,,,滞销,`);
    const low = await get("&list=low");
    expect(low.slice(1, -1).map((l) => l.split(",")[0])).toEqual(["商品 J-G", "B 商品"]);
    const slow = await get("&list=slow&lang=en");
    expect(slow[0]?.startsWith("Product,Outer code,Stock,")).toBe(true);
    expect(slow[1]).toBe(`商品 T-E,INV-E,50,0,0,0,0,,,${addDays(y, -40)},slow-moving,`);
    const bad = await call("/api/v1/reports/inventory?list=fast", {
      headers: { cookie: team.cookies.owner },
    });
    expect(bad.status).toBe(422);
  });

  it("takes thresholds from report_settings when saved", async () => {
    await env.DB.prepare(
      `INSERT INTO report_settings (workspace_id, lead_time_days, safety_stock_days, slow_moving_days,
         overstock_days, updated_at) VALUES (?, 20, 10, 20, 60, ?)`,
    )
      .bind(team.workspaceId, Date.now())
      .run();
    const r = await inventory();
    expect(r.settings).toEqual({
      leadTimeDays: 20,
      safetyStockDays: 10,
      slowMovingDays: 20,
      overstockDays: 60,
      reorderCoverDays: 30,
    });
    const p = byId(r);
    // A: 75 days > 60 → overstock now; D: last sale 30 days ago > 20 → slow-moving too.
    expect(r.lists.overstock).toEqual(["outer:INV-A", "outer:INV-D"]);
    expect(r.lists.slowMoving).toEqual(["outer:INV-D", "outer:INV-E", F]);
    // C: 50 days ≥ 20 + 10: not low. G uses the new defaults: ⌈2/30 × 30⌉ = 2, ⌈2/30 × 60⌉ = 4.
    expect(p.get("outer:INV-G")).toMatchObject({ leadTimeDays: 20, safetyStockDays: 10 });
    expect(p.get("outer:INV-G")?.reorder).toEqual({
      reorderPoint: 2,
      reorderNow: true,
      quantity: 4,
    });
    // B keeps its own lead time and safety days.
    expect(p.get("p-b")).toMatchObject({ leadTimeDays: 10, safetyStockDays: 5 });
    expect(r.lists.lowStock).toEqual(["outer:INV-G", "p-b"]);
  });
});
