import { type CustomersReport, DAY_MS, type RecordOfKind, toBusinessDate } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./setup/fixtures.ts";
import {
  bj,
  getReport,
  ingest,
  type ReportTeam,
  reportWorkspace,
  SHOPS,
} from "./setup/report-fixture.ts";

/**
 * Buyers of this file (range 2026-06-01..30; RFM as of 06-30 over 2025-07-01..2026-06-30):
 *
 * | buyer | shop | paid orders (date ¥)                        | in range  | R F M → segment          |
 * |-------|------|---------------------------------------------|-----------|--------------------------|
 * | A     | T1   | 2025-12-10 200, 06-05 100, 06-20 50         | returning | 5 3 3 重要价值 (¥350)     |
 * | B     | T1   | 06-10 80, 07-25 80 (after the range)        | new       | 5 1 1 一般发展            |
 * | C     | T1   | 06-15 1000                                  | new       | 5 1 4 重要发展            |
 * | D     | T1   | 2025-05-01 500 (before the lookback), 06-28 30 | returning | 5 1 1 一般发展         |
 * | E     | T1   | 01-10, 02-10, 03-10, 400 each               | —         | 2 3 4 重要保持 (112 days) |
 * | F     | T1   | 2025-08-01 50                               | —         | 1 1 1 一般挽留 (333 days) |
 * | H     | T1   | two orders 06-18 12:00 (same instant), 10 each | new    | 5 2 1 一般发展            |
 * | A     | J1   | 06-07 300 (same key, other platform)        | new       | 5 1 3 重要发展            |
 * | none  | T1   | 06-12 66                                    | unknown buyer order      |
 * | G     | T1   | unpaid 06-11                                | ignored   |
 */
const RANGE_QUERY = "from=2026-06-01&to=2026-06-30";
const key = (seed: string) => seed.repeat(64).slice(0, 64);
const KEYS = {
  A: key("a1"),
  B: key("b2"),
  C: key("c3"),
  D: key("d4"),
  E: key("e5"),
  F: key("f6"),
  G: key("7a"),
  H: key("8b"),
};

let n = 0;
function buy(
  shop: "T1" | "J1",
  date: string | number,
  yuan: number,
  buyer: keyof typeof KEYS | null,
  paid = true,
): RecordOfKind<"order"> {
  const at = typeof date === "number" ? date : bj(date, "12:00");
  const fen = yuan * 100;
  const orderId = `C-${++n}`;
  return {
    kind: "order",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: Math.max(Date.UTC(2026, 10, 20), at + 60_000),
    source: { url: "https://example.invalid/orders", parser: "fixture@1" },
    orderId,
    status: paid ? "paid" : "unpaid",
    createdAt: at - 60_000,
    paidAt: paid ? at : null,
    shippedAt: null,
    completedAt: null,
    goodsFen: fen,
    shippingFen: 0,
    discountFen: 0,
    paidFen: paid ? fen : 0,
    refundFen: 0,
    province: "浙江省",
    city: "杭州市",
    buyerKey: buyer ? KEYS[buyer] : null,
    lines: [
      {
        lineId: `${orderId}-1`,
        itemId: "T-100",
        skuId: "T-100-1",
        outerSkuId: "MUG-1",
        title: "北欧陶瓷马克杯",
        skuText: null,
        quantity: 1,
        unitPriceFen: fen,
        paidFen: fen,
        refundStatus: "none",
      },
    ],
  };
}

const ORDERS = [
  buy("T1", "2025-12-10", 200, "A"),
  buy("T1", "2026-06-05", 100, "A"),
  buy("T1", "2026-06-20", 50, "A"),
  buy("T1", "2026-06-10", 80, "B"),
  buy("T1", "2026-07-25", 80, "B"),
  buy("T1", "2026-06-15", 1000, "C"),
  buy("T1", "2025-05-01", 500, "D"),
  buy("T1", "2026-06-28", 30, "D"),
  buy("T1", "2026-01-10", 400, "E"),
  buy("T1", "2026-02-10", 400, "E"),
  buy("T1", "2026-03-10", 400, "E"),
  buy("T1", "2025-08-01", 50, "F"),
  buy("T1", "2026-06-18", 10, "H"),
  buy("T1", "2026-06-18", 10, "H"),
  buy("J1", "2026-06-07", 300, "A"),
  buy("T1", "2026-06-12", 66, null),
  buy("T1", "2026-06-11", 70, "G", false),
];

let team: ReportTeam;
beforeAll(async () => {
  team = await reportWorkspace([]);
  await ingest(team.workspaceId, ORDERS);
});
const customers = (query = RANGE_QUERY, cookie = team.cookies.owner) =>
  getReport<CustomersReport>(`/api/v1/reports/customers?${query}`, cookie);
const segments = (r: CustomersReport["total"]) =>
  Object.fromEntries(r.rfm.segments.map((s) => [s.segment, [s.buyers, s.orders, s.paidFen]]));

describe("GET /api/v1/reports/customers (hand-computed)", () => {
  it("splits the range's buyers into new and returning, per platform", async () => {
    const r = await customers();
    expect(r.platforms.map((p) => p.platform)).toEqual(["taobao", "jd"]);
    const tb = r.platforms[0];
    // B, C, H are new (H's two orders); A had paid in 2025-12 and D in 2025-05 (before the
    // RFM lookback, still "before"): returning.
    expect(tb?.newBuyers).toEqual({ buyers: 3, orders: 4, paidFen: 110000 });
    expect(tb?.returningBuyers).toEqual({ buyers: 2, orders: 3, paidFen: 18000 });
    expect(tb?.unknownBuyerOrders).toEqual({ orders: 1, paidFen: 6600 });
    // The same key on JD is another buyer: keys are per platform, there is no identity.
    expect(r.platforms[1]?.newBuyers).toEqual({ buyers: 1, orders: 1, paidFen: 30000 });
    expect(r.total.newBuyers).toEqual({ buyers: 4, orders: 5, paidFen: 140000 });
    expect(r.total.returningBuyers).toEqual({ buyers: 2, orders: 3, paidFen: 18000 });
    expect(r.total.unknownBuyerOrders).toEqual({ orders: 1, paidFen: 6600 });
  });

  it("gives repurchase rates in 30 and 90 days, looking past the range", async () => {
    const r = await customers();
    // A came back after 15 days, B after 45 (in July); C, D, H did not (H's second order was
    // paid at the same instant: one purchase).
    expect(r.platforms[0]?.repurchase).toEqual({
      d30: { windowDays: 30, eligible: 5, repurchased: 1, rate: 0.2, pending: 0 },
      d90: { windowDays: 90, eligible: 5, repurchased: 2, rate: 0.4, pending: 0 },
    });
    expect(r.platforms[1]?.repurchase.d30).toMatchObject({ eligible: 1, repurchased: 0, rate: 0 });
    expect(r.total.repurchase.d30).toMatchObject({ eligible: 6, repurchased: 1 });
    expect(r.total.repurchase.d30.rate).toBeCloseTo(1 / 6, 12);
    expect(r.total.repurchase.d90.rate).toBeCloseTo(1 / 3, 12);
  });

  it("scores RFM as of the range end and counts the 8 segments and the R × F grid", async () => {
    const r = await customers();
    expect(r.rfmWindow).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    const tb = r.platforms[0];
    expect(tb?.rfm.buyers).toBe(7);
    expect(segments(tb as CustomersReport["total"])).toEqual({
      "important-value": [1, 3, 35000],
      "important-develop": [1, 1, 100000],
      "important-keep": [1, 3, 120000],
      "important-retain": [0, 0, 0],
      "general-value": [0, 0, 0],
      "general-develop": [3, 4, 13000],
      "general-keep": [0, 0, 0],
      "general-retain": [1, 1, 5000],
    });
    expect(tb?.rfm.segments.find((s) => s.segment === "general-develop")?.share).toBeCloseTo(
      3 / 7,
      12,
    );
    const grid = (tb?.rfm.grid ?? []).filter((g) => g.buyers > 0);
    expect(grid).toEqual([
      { r: 5, f: 1, buyers: 3 },
      { r: 5, f: 2, buyers: 1 },
      { r: 5, f: 3, buyers: 1 },
      { r: 2, f: 3, buyers: 1 },
      { r: 1, f: 1, buyers: 1 },
    ]);
    expect(tb?.rfm.grid).toHaveLength(25);
    expect(segments(r.platforms[1] as CustomersReport["total"])["important-develop"]).toEqual([
      1, 1, 30000,
    ]);
    expect(r.total.rfm.buyers).toBe(8);
    expect(segments(r.total)["important-develop"]).toEqual([2, 2, 130000]);
  });

  it("never puts a buyer key in the response", async () => {
    const res = await call(`/api/v1/reports/customers?${RANGE_QUERY}`, {
      headers: { cookie: team.cookies.owner },
    });
    const text = await res.text();
    for (const k of Object.values(KEYS)) expect(text).not.toContain(k.slice(0, 12));
    const csv = await call(`/api/v1/reports/customers?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.owner },
    });
    const csvText = await csv.text();
    for (const k of Object.values(KEYS)) expect(csvText).not.toContain(k.slice(0, 12));
  });

  it("applies platform and shop filters, and the member's shop scope", async () => {
    const jd = await customers(`${RANGE_QUERY}&platform=jd`);
    expect(jd.platforms.map((p) => p.platform)).toEqual(["jd"]);
    expect(jd.total.newBuyers.buyers).toBe(1);
    const scoped = await customers(RANGE_QUERY, team.cookies.scoped);
    expect(scoped.platforms.map((p) => p.platform)).toEqual(["taobao"]);
    expect(scoped.total.rfm.buyers).toBe(7);
    const outside = await customers(
      `${RANGE_QUERY}&shop=jd:${SHOPS.J1.shopId}`,
      team.cookies.scoped,
    );
    expect(outside.platforms).toEqual([]);
    expect(outside.total.newBuyers).toEqual({ buyers: 0, orders: 0, paidFen: 0 });
    expect(outside.total.repurchase.d30.rate).toBeNull();
  });

  it("exports one CSV row per platform and segment with Chinese headers", async () => {
    const res = await call(`/api/v1/reports/customers?${RANGE_QUERY}&format=csv`, {
      headers: { cookie: team.cookies.analyst },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("平台,客户分群,买家数,买家占比,近一年订单数,近一年消费金额");
    expect(lines[1]).toBe("taobao,重要价值客户,1,14.29%,3,350.00");
    expect(lines[6]).toBe("taobao,一般发展客户,3,42.86%,4,130.00");
    expect(lines[10]).toBe("jd,重要发展客户,1,100.00%,1,300.00");
    // 8 segments × 2 platforms, the header, and the final line end.
    expect(lines).toHaveLength(18);
  });
});

describe("recent buyers", () => {
  it("are pending, not counted as lost, until their window has passed", async () => {
    const w = await reportWorkspace([]);
    const twoDaysAgo = Date.now() - 2 * DAY_MS;
    await ingest(w.workspaceId, [buy("T1", twoDaysAgo, 20, "B")]);
    const day = toBusinessDate(twoDaysAgo);
    const r = await getReport<CustomersReport>(
      `/api/v1/reports/customers?from=${day}&to=${day}`,
      w.cookies.owner,
    );
    expect(r.total.newBuyers.buyers).toBe(1);
    expect(r.total.repurchase.d30).toEqual({
      windowDays: 30,
      eligible: 0,
      repurchased: 0,
      rate: null,
      pending: 1,
    });
  });
});
