import { env } from "cloudflare:workers";
import {
  type AlertListResponse,
  addDays,
  DAY_MS,
  type DeviceInsightsResponse,
  DeviceInsightsResponseSchema,
  type InventoryReport,
  type LiveReport,
  type ProductsReport,
  startOfBusinessDay,
  toBusinessDate,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspace } from "../src/db/workspaces.ts";
import { addDevice, addMember, cookieFor } from "./setup/accounts.ts";
import { insertAlert, keyOf, listing, paidOrder, shop } from "./setup/alert-fixture.ts";
import { call } from "./setup/fixtures.ts";
import { getReport, ingest } from "./setup/report-fixture.ts";

/**
 * Workspace A, relative to today (Beijing; y = yesterday). Every unit is ¥10.00.
 *
 * | product          | SKUs (shop: stock)       | sales (day: units)                         |
 * |------------------|--------------------------|--------------------------------------------|
 * | p-mug (MUG-1)    | T 40, J 10, P unknown    | T y−19:2, y−2:4, y same time:3, now:1; J y−9:3; P y−1:1 |
 * | outer:CUP-1      | T 2                      | T y−1:5                                    |
 * | lone J-300-1     | J 500                    | J y−4:1, now:2                             |
 *
 * p-mug costs ¥6.00 a unit: 30-day margin (130 − 78) ÷ 130 = 0.4; the cup has no cost.
 * Live: today taobao ¥10 (1), jd ¥20 (1), pdd 0; yesterday until now taobao ¥30 (1).
 * Alerts: 1 urgent (jd), 21 warnings (taobao), 1 info (taobao), 1 resolved urgent (taobao).
 */
const T = shop("taobao", "57300001");
const J = shop("jd", "1000001");
const P = shop("pdd", "880001");
const PATH = "/api/v1/devices/insights";
const EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

let workspaceId = "";
let ownerCookie = "";
let scopedCookie = "";
const bearer: Record<"owner" | "scoped" | "costs" | "b", string> = {
  owner: "",
  scoped: "",
  costs: "",
  b: "",
};
let today = "";
let ownerId = "";

async function seedA() {
  const now = Date.now();
  today = toBusinessDate(now);
  const d = (k: number) => addDays(today, k);
  const liveAt = Math.max(startOfBusinessDay(today), now - 60_000);
  const at = (record: ReturnType<typeof paidOrder>, paidAt: number) => ({
    ...record,
    createdAt: paidAt - 60_000,
    paidAt,
  });
  const sold = (s: typeof T, date: string, sku: string, units: number, outer: string | null) =>
    paidOrder(s, date, units * 1000, {
      units,
      item: `item-${sku}`,
      sku,
      outer,
      capturedAt: now,
    });
  await ingest(
    workspaceId,
    [
      listing(T, "T-100-1", 40, { outer: "MUG-1", capturedAt: now }),
      listing(J, "J-100-1", 10, { outer: "MUG-1", capturedAt: now }),
      listing(P, "P-100-1", null, { outer: "MUG-1", capturedAt: now }),
      listing(T, "T-200-1", 2, { outer: "CUP-1", capturedAt: now }),
      listing(J, "J-300-1", 500, { capturedAt: now }),
      sold(T, d(-20), "T-100-1", 2, "MUG-1"),
      sold(T, d(-3), "T-100-1", 4, "MUG-1"),
      at(sold(T, d(-1), "T-100-1", 3, "MUG-1"), liveAt - DAY_MS),
      at(sold(T, today, "T-100-1", 1, "MUG-1"), liveAt),
      sold(J, d(-10), "J-100-1", 3, "MUG-1"),
      sold(P, d(-2), "P-100-1", 1, "MUG-1"),
      sold(T, d(-2), "T-200-1", 5, "CUP-1"),
      sold(J, d(-5), "J-300-1", 1, null),
      at(sold(J, today, "J-300-1", 2, null), liveAt),
    ],
    [T, J, P],
  );
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO products (workspace_id, product_id, name, outer_code, created_at) VALUES (?, 'p-mug', '马克杯', 'MUG-1', ?)",
    ).bind(workspaceId, now),
    env.DB.prepare(
      `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen,
         packaging_fen, created_at, created_by) VALUES (?, 'p-mug', ?, 500, 100, ?, 'test')`,
    ).bind(workspaceId, d(-60), now),
  ]);
  const severity = (id: string, s: string) =>
    env.DB.prepare("UPDATE alerts SET severity = ? WHERE id = ?").bind(s, id).run();
  await severity(await insertAlert(workspaceId, { platform: "jd", shopId: J.shopId }), "urgent");
  for (let i = 0; i < 21; i++)
    await insertAlert(workspaceId, { date: d(-1 - (i % 4)), subject: `w${i}` });
  await severity(await insertAlert(workspaceId, { date: today }), "info");
  await severity(await insertAlert(workspaceId, { state: "resolved" }), "urgent");
}

beforeAll(async () => {
  // Keep the file on one Beijing day: the figures here and in the reports must share "today".
  const left = DAY_MS - ((Date.now() + 8 * 3_600_000) % DAY_MS);
  if (left < 120_000) await new Promise((r) => setTimeout(r, left + 5_000));
  workspaceId = (await createWorkspace(env.DB, "洞察 A", Date.now())).id;
  await seedA();
  const owner = await addMember(workspaceId, "owner");
  const scoped = await addMember(workspaceId, "analyst", { shopScope: [keyOf(T)] });
  const costs = await addMember(workspaceId, "analyst", { canSeeCosts: true });
  ownerId = owner.id;
  ownerCookie = await cookieFor(workspaceId, owner.id);
  scopedCookie = await cookieFor(workspaceId, scoped.id);
  bearer.owner = (await addDevice(workspaceId, owner.id)).bearer;
  bearer.scoped = (await addDevice(workspaceId, scoped.id)).bearer;
  bearer.costs = (await addDevice(workspaceId, costs.id)).bearer;
  // Workspace B: its own shop and product, which A must never see (nor B see A's).
  const b = (await createWorkspace(env.DB, "洞察 B", Date.now())).id;
  const bShop = { platform: "tmall" as const, shopId: "99990001", shopName: "B-ONLY-SHOP" };
  await ingest(
    b,
    [listing(bShop, "B-1", 7, { outer: "B-ONLY-CODE", capturedAt: Date.now() })],
    [bShop],
  );
  bearer.b = (await addDevice(b, (await addMember(b, "owner")).id)).bearer;
});

async function insights(auth: string, headers: Record<string, string> = {}) {
  const res = await call(PATH, { headers: { authorization: auth, ...headers } });
  expect(res.status, await res.clone().text()).toBe(200);
  return { res, body: DeviceInsightsResponseSchema.parse(await res.json()) };
}
const byId = (r: DeviceInsightsResponse) => new Map(r.products.map((p) => [p.productId, p]));

describe("GET /api/v1/devices/insights: the figures", () => {
  it("has the hand-computed figures for a device paired by the owner", async () => {
    const { body } = await insights(bearer.owner);
    expect(body.today).toBe(today);
    expect(body.costsVisible).toBe(true);
    expect(body.shops).toBeNull();
    expect(body.windows.days7).toEqual({ from: addDays(today, -7), to: addDays(today, -1) });
    const mug = byId(body).get("p-mug");
    expect(mug).toMatchObject({
      name: "马克杯",
      outerCode: "MUG-1",
      stock: 50,
      units7: 8,
      units30: 13,
      marginRate: 0.4,
      lowStock: false,
    });
    // New inside the 30 days, so cover runs on 7-day velocity: 50 ÷ (8 ÷ 7).
    expect(mug?.daysOfCover).toBeCloseTo(43.75, 9);
    expect(mug?.platforms).toEqual([
      { platform: "jd", stock: 10, units7: 0, units30: 3 },
      { platform: "pdd", stock: null, units7: 1, units30: 1 },
      { platform: "taobao", stock: 40, units7: 7, units30: 9 },
    ]);
    expect(mug?.skus).toEqual(
      expect.arrayContaining([
        ["taobao", T.shopId, "item-T-100-1", "T-100-1"],
        ["jd", J.shopId, "item-J-100-1", "J-100-1"],
        ["pdd", P.shopId, "item-P-100-1", "P-100-1"],
      ]),
    );
    expect(mug?.skus).toHaveLength(3);
    const cup = byId(body).get("outer:CUP-1");
    expect(cup).toMatchObject({
      stock: 2,
      units7: 5,
      units30: 5,
      lowStock: true,
      marginRate: null,
    });
    expect(cup?.reorderQuantity).toBeGreaterThan(0);
    expect(body.products).toHaveLength(3);
    // Live: today against yesterday until the same time.
    expect(body.live.total.today).toEqual({ paidFen: 3000, orders: 2 });
    expect(body.live.total.yesterday).toEqual({ paidFen: 3000, orders: 1 });
    const live = Object.fromEntries(body.live.platforms.map((p) => [p.platform, p.today.paidFen]));
    expect(live).toEqual({ taobao: 1000, jd: 2000, pdd: 0 });
    // Alerts: the urgent one first, then the newest warnings; 23 open in all.
    expect(body.alertCount).toBe(23);
    expect(body.alerts).toHaveLength(20);
    expect(body.alerts[0]).toMatchObject({ severity: "urgent", platform: "jd" });
    expect(body.alerts.slice(1).every((a) => a.severity === "warning")).toBe(true);
    expect(body.alerts[1]).toMatchObject({ shopName: "taobao 57300001", date: addDays(today, -1) });
  });

  it("equals the inventory, live, products and alerts reports for the owner", async () => {
    const { body } = await insights(bearer.owner);
    const inventory = await getReport<InventoryReport>("/api/v1/reports/inventory", ownerCookie);
    const live = await getReport<LiveReport>("/api/v1/reports/live", ownerCookie);
    const products = await getReport<ProductsReport>(
      "/api/v1/reports/products?preset=last30&limit=500",
      ownerCookie,
    );
    const alerts = await getReport<AlertListResponse>(
      "/api/v1/alerts?state=new,seen&limit=200",
      ownerCookie,
    );
    expect(body.windows).toEqual(inventory.windows);
    const margins = new Map(products.products.map((p) => [p.productId, p.marginRate]));
    expect(body.products).toEqual(
      inventory.products.map((p) => ({
        productId: p.productId,
        name: p.name,
        outerCode: p.outerCode,
        stock: p.stock,
        units7: p.units7,
        units30: p.units30,
        daysOfCover: p.daysOfCover,
        stockOutDate: p.stockOutDate,
        lowStock: p.flags.lowStock,
        reorderQuantity: p.reorder?.reorderNow ? p.reorder.quantity : null,
        marginRate: margins.get(p.productId) ?? null,
        platforms: p.platforms.map((x) => ({
          platform: x.platform,
          stock: x.stock,
          units7: p.skus.filter((s) => s.platform === x.platform).reduce((t, s) => t + s.units7, 0),
          units30: x.units30,
        })),
        skus: p.skus.map((s) => [s.platform, s.shopId, s.itemId, s.skuId]),
      })),
    );
    expect(body.live).toEqual({ total: live.total, platforms: live.platforms });
    expect(body.alertCount).toBe(alerts.counts.new + alerts.counts.seen);
    const rank = { urgent: 0, warning: 1, info: 2 };
    const expected = [...alerts.alerts]
      .sort((a, b) => rank[a.severity] - rank[b.severity] || b.date.localeCompare(a.date))
      .slice(0, 20)
      .map((a) => a.id);
    expect(body.alerts.map((a) => a.id)).toEqual(expected);
  });

  it("narrows to the pairing member's shops and hides margin from a member without costs", async () => {
    const { body } = await insights(bearer.scoped);
    expect(body.costsVisible).toBe(false);
    expect(body.shops).toEqual([keyOf(T)]);
    expect(body.products.map((p) => p.productId).sort()).toEqual(["outer:CUP-1", "p-mug"]);
    for (const p of body.products) {
      expect(p.marginRate).toBeNull();
      expect(p.platforms.map((x) => x.platform)).toEqual(["taobao"]);
      expect(p.skus.every(([platform]) => platform === "taobao")).toBe(true);
    }
    expect(byId(body).get("p-mug")).toMatchObject({ stock: 40, units7: 7, units30: 9 });
    expect(body.live.platforms.map((p) => p.platform)).toEqual(["taobao"]);
    expect(body.live.total.today).toEqual({ paidFen: 1000, orders: 1 });
    expect(body.alertCount).toBe(22);
    expect(body.alerts.every((a) => a.platform === "taobao")).toBe(true);
    const text = JSON.stringify(body);
    for (const other of [J, P]) expect(text).not.toContain(`"${other.shopId}"`);
    // The same figures the scoped member's own dashboard shows.
    const inventory = await getReport<InventoryReport>("/api/v1/reports/inventory", scopedCookie);
    expect(body.products.map((p) => [p.productId, p.stock, p.units30, p.daysOfCover])).toEqual(
      inventory.products.map((p) => [p.productId, p.stock, p.units30, p.daysOfCover]),
    );
    const live = await getReport<LiveReport>("/api/v1/reports/live", scopedCookie);
    expect(body.live.total).toEqual(live.total);
  });

  it("shows margin to an analyst granted costs", async () => {
    const { body } = await insights(bearer.costs);
    expect(body.costsVisible).toBe(true);
    expect(byId(body).get("p-mug")?.marginRate).toBe(0.4);
  });
});

describe("GET /api/v1/devices/insights: who may call", () => {
  it("refuses a device whose member was removed or disabled (403: pair again)", async () => {
    const gone = await addMember(workspaceId, "analyst");
    const goneDevice = await addDevice(workspaceId, gone.id);
    await insights(goneDevice.bearer);
    const removed = await call(`/api/v1/members/${gone.id}`, {
      method: "DELETE",
      headers: { cookie: ownerCookie },
    });
    expect(removed.status).toBe(204);
    const res = await call(PATH, { headers: { authorization: goneDevice.bearer } });
    expect(res.status).toBe(403);
    const error = (await res.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe("forbidden");
    expect(error.error.message).toMatch(/pair it again/i);

    const off = await addMember(workspaceId, "admin");
    const offDevice = await addDevice(workspaceId, off.id);
    await env.DB.prepare("UPDATE members SET disabled_at = ? WHERE workspace_id = ? AND id = ?")
      .bind(Date.now(), workspaceId, off.id)
      .run();
    expect((await call(PATH, { headers: { authorization: offDevice.bearer } })).status).toBe(403);
  });

  it("takes no member cookie instead of a device token, nor a revoked device", async () => {
    expect((await call(PATH, { headers: { cookie: ownerCookie } })).status).toBe(401);
    expect((await call(PATH)).status).toBe(401);
    const device = await addDevice(workspaceId, ownerId);
    await insights(device.bearer);
    const revoked = await call(`/api/v1/devices/${device.id}`, {
      method: "DELETE",
      headers: { cookie: ownerCookie },
    });
    expect(revoked.status).toBe(204);
    expect((await call(PATH, { headers: { authorization: device.bearer } })).status).toBe(401);
  });

  it("keeps each workspace's figures to its own devices", async () => {
    const { res: bRes, body: bBody } = await insights(bearer.b);
    expect(bBody.products.map((p) => p.outerCode)).toEqual(["B-ONLY-CODE"]);
    expect(bBody.alerts).toEqual([]);
    const bText = JSON.stringify(bBody);
    for (const secret of [workspaceId, "p-mug", "MUG-1", `"${T.shopId}"`, "taobao 57300001"])
      expect(bText).not.toContain(secret);
    expect(bRes.headers.get("cache-control")).toBe("private, max-age=60");
    const { body: aBody } = await insights(bearer.owner);
    expect(JSON.stringify(aBody)).not.toMatch(/B-ONLY/);
  });
});

describe("GET /api/v1/devices/insights: HTTP", () => {
  it("may be cached privately for a minute, per device", async () => {
    const { res } = await insights(bearer.owner);
    expect(res.headers.get("cache-control")).toBe("private, max-age=60");
    expect(res.headers.get("vary")).toMatch(/Authorization/);
  });

  it("answers the extension's CORS preflight for GET and labels the response", async () => {
    const preflight = await call(PATH, {
      method: "OPTIONS",
      headers: {
        origin: EXTENSION,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(EXTENSION);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const { res } = await insights(bearer.owner, { origin: EXTENSION });
    expect(res.headers.get("access-control-allow-origin")).toBe(EXTENSION);
    const web = await call(PATH, {
      headers: { authorization: bearer.owner, origin: "https://evil.example" },
    });
    expect(web.headers.get("access-control-allow-origin")).toBeNull();
  });
});
