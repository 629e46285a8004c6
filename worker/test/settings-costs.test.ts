import { env } from "cloudflare:workers";
import type { CostHistoryResponse, CostResponse, ProductListResponse } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { unitCostOn } from "../src/reports/products/product-key.ts";
import { auditRows, type SettingsTeam, send, settingsTeam } from "./setup/settings-fixtures.ts";

let t: SettingsTeam;
let mugId: string;
const post = (body: unknown, caller: keyof SettingsTeam["cookies"] = "owner") =>
  send<CostResponse>("POST", "/costs", t.cookies[caller], body);
const history = async (productId: string, caller: keyof SettingsTeam["cookies"] = "owner") =>
  send<CostHistoryResponse>(
    "GET",
    `/costs?productId=${encodeURIComponent(productId)}`,
    t.cookies[caller],
  );

/** What the reports' dated lookup gives for MUG on `date` (goods + packaging). */
async function reportCostOn(date: string): Promise<number | null> {
  const row = await env.DB.prepare(`SELECT ${unitCostOn("?1", "?2", "?3")} AS cost`)
    .bind(t.workspaceId, mugId, date)
    .first<{ cost: number | null }>();
  return row?.cost ?? null;
}

beforeAll(async () => {
  t = await settingsTeam();
  // Dates far from any real clock: 2020 and 2021 are history, 2099 has not started.
  const first = await post({
    productId: "outer:MUG-1",
    effectiveFrom: "2020-01-01",
    unitCostFen: 1200,
    packagingFen: 50,
  });
  expect(first.status).toBe(201);
  mugId = first.body.cost.productId;
  expect(
    (await post({ productId: mugId, effectiveFrom: "2021-06-01", unitCostFen: 1300 })).status,
  ).toBe(201);
  expect(
    (await post({ productId: mugId, effectiveFrom: "2099-01-01", unitCostFen: 9900 })).status,
  ).toBe(201);
});

describe("POST and GET /api/v1/settings/costs", () => {
  it("keeps the effective-dated history, oldest first, and materialised the virtual product", async () => {
    expect(mugId).toMatch(/^pd_/);
    const res = await history(mugId);
    expect(res.status).toBe(200);
    expect(
      res.body.costs.map((c) => [c.effectiveFrom, c.unitCostFen, c.packagingFen, c.createdBy]),
    ).toEqual([
      ["2020-01-01", 1200, 50, t.ids.owner],
      ["2021-06-01", 1300, 0, t.ids.owner],
      ["2099-01-01", 9900, 0, t.ids.owner],
    ]);
    // "outer:MUG-1" names the same product now.
    expect((await history("outer:MUG-1")).body.costs).toHaveLength(3);
  });

  it("gives each day the cost in effect that day, as the profit report reads it", async () => {
    expect(await reportCostOn("2019-12-31")).toBeNull();
    expect(await reportCostOn("2020-01-01")).toBe(1250);
    expect(await reportCostOn("2021-05-31")).toBe(1250);
    expect(await reportCostOn("2021-06-01")).toBe(1300);
    expect(await reportCostOn("2098-12-31")).toBe(1300);
    expect(await reportCostOn("2099-01-01")).toBe(9900);
  });

  it("shows today's cost in the products list to cost seers only", async () => {
    const products = await send<ProductListResponse>("GET", "/products", t.cookies.analystCosts);
    const mug = products.body.products.find((p) => p.id === mugId);
    expect(mug?.cost).toEqual({ effectiveFrom: "2021-06-01", unitCostFen: 1300, packagingFen: 0 });
    const blind = await send<ProductListResponse>("GET", "/products", t.cookies.viewer);
    const text = JSON.stringify(blind.body);
    expect(text).not.toContain("unitCostFen");
    expect(text).not.toContain("1300");
  });

  it("replaces the row of the same date (200), auditing what it was", async () => {
    const res = await post(
      { productId: mugId, effectiveFrom: "2021-06-01", unitCostFen: 1350, packagingFen: 30 },
      "admin",
    );
    expect(res.status).toBe(200);
    expect(res.body.cost).toMatchObject({
      productId: mugId,
      unitCostFen: 1350,
      packagingFen: 30,
      createdBy: t.ids.admin,
    });
    expect((await history(mugId)).body.costs.map((c) => c.unitCostFen)).toEqual([1200, 1350, 9900]);
    expect(await reportCostOn("2021-06-01")).toBe(1380);
    const audit = await auditRows(t.workspaceId, "product_cost.");
    expect(audit.map((a) => a.details)).toEqual([
      { effectiveFrom: "2020-01-01", unitCostFen: 1200, packagingFen: 50, before: null },
      { effectiveFrom: "2021-06-01", unitCostFen: 1300, packagingFen: 0, before: null },
      { effectiveFrom: "2099-01-01", unitCostFen: 9900, packagingFen: 0, before: null },
      {
        effectiveFrom: "2021-06-01",
        unitCostFen: 1350,
        packagingFen: 30,
        before: { unitCostFen: 1300, packagingFen: 0 },
      },
    ]);
    expect(audit.every((a) => a.target === `product:${mugId}`)).toBe(true);
  });

  it("deletes one dated row (audited), and 404s a date without one", async () => {
    const res = await send("DELETE", "/costs", t.cookies.owner, {
      productId: mugId,
      effectiveFrom: "2099-01-01",
    });
    expect(res.status).toBe(204);
    expect((await history(mugId)).body.costs.map((c) => c.effectiveFrom)).toEqual([
      "2020-01-01",
      "2021-06-01",
    ]);
    expect(await reportCostOn("2099-06-01")).toBe(1380);
    expect(
      (await auditRows(t.workspaceId, "product_cost.delete")).map((a) => [a.actorId, a.details]),
    ).toEqual([[t.ids.owner, { effectiveFrom: "2099-01-01", unitCostFen: 9900, packagingFen: 0 }]]);
    const again = await send("DELETE", "/costs", t.cookies.owner, {
      productId: mugId,
      effectiveFrom: "2099-01-01",
    });
    expect(again.status).toBe(404);
    expect((await auditRows(t.workspaceId, "product_cost.delete")).length).toBe(1);
  });

  it("lists every product's costs without productId; a virtual product has none yet", async () => {
    const all = await send<CostHistoryResponse>("GET", "/costs", t.cookies.owner);
    expect(all.body.costs.map((c) => [c.productId, c.effectiveFrom])).toEqual([
      [mugId, "2020-01-01"],
      [mugId, "2021-06-01"],
    ]);
    expect((await history("outer:CUP-1")).body).toEqual({ costs: [] });
    expect((await history("pd_missing")).status).toBe(404);
  });
});

describe("POST /api/v1/settings/costs/import", () => {
  it("sets many dated costs at once (virtual ids made rows), one audit row with what changed", async () => {
    const res = await send<{
      costs: Array<{ productId: string; effectiveFrom: string; unitCostFen: number }>;
    }>("POST", "/costs/import", t.cookies.admin, {
      costs: [
        { productId: mugId, effectiveFrom: "2020-01-01", unitCostFen: 1100, packagingFen: 50 },
        { productId: mugId, effectiveFrom: "2023-01-01", unitCostFen: 1400 },
        { productId: "outer:CUP-1", effectiveFrom: "2020-01-01", unitCostFen: 800 },
      ],
    });
    expect(res.status).toBe(200);
    const cupId = res.body.costs[2]?.productId ?? "";
    expect(cupId).toMatch(/^pd_/);
    expect((await history(mugId)).body.costs.map((c) => [c.effectiveFrom, c.unitCostFen])).toEqual([
      ["2020-01-01", 1100],
      ["2021-06-01", 1350],
      ["2023-01-01", 1400],
    ]);
    expect((await history("outer:CUP-1")).body.costs.map((c) => c.unitCostFen)).toEqual([800]);
    const [audit] = await auditRows(t.workspaceId, "product_cost.import");
    expect(audit?.details).toEqual({
      costs: [
        {
          productId: mugId,
          effectiveFrom: "2020-01-01",
          unitCostFen: 1100,
          packagingFen: 50,
          before: { unitCostFen: 1200, packagingFen: 50 },
        },
        {
          productId: mugId,
          effectiveFrom: "2023-01-01",
          unitCostFen: 1400,
          packagingFen: 0,
          before: null,
        },
        {
          productId: cupId,
          effectiveFrom: "2020-01-01",
          unitCostFen: 800,
          packagingFen: 0,
          before: null,
        },
      ],
    });
  });

  it("is all or nothing: an unknown product or a repeated row changes nothing", async () => {
    const unknown = await send<{ error: { details: unknown } }>(
      "POST",
      "/costs/import",
      t.cookies.owner,
      {
        costs: [
          { productId: mugId, effectiveFrom: "2024-01-01", unitCostFen: 1 },
          { productId: "pd_missing", effectiveFrom: "2024-01-01", unitCostFen: 1 },
        ],
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details).toEqual({ productIds: ["pd_missing"] });
    const twice = { productId: mugId, effectiveFrom: "2024-01-01", unitCostFen: 1 };
    expect(
      (await send("POST", "/costs/import", t.cookies.owner, { costs: [twice, twice] })).status,
    ).toBe(422);
    // The same product by its row id and its "outer:" alias is still the same row.
    const aliased = { ...twice, productId: "outer:MUG-1" };
    expect(
      (await send("POST", "/costs/import", t.cookies.owner, { costs: [twice, aliased] })).status,
    ).toBe(422);
    expect((await history(mugId)).body.costs.map((c) => c.effectiveFrom)).not.toContain(
      "2024-01-01",
    );
    for (const caller of ["analyst", "analystCosts", "viewer"] as const)
      expect(
        (await send("POST", "/costs/import", t.cookies[caller], { costs: [twice] })).status,
      ).toBe(403);
  });
});

describe("cost access", () => {
  it("hides costs from members who may not see them, and lets only owners and admins edit", async () => {
    for (const caller of ["analyst", "viewer"] as const) {
      expect((await history(mugId, caller)).status).toBe(403);
      expect((await send("GET", "/costs", t.cookies[caller])).status).toBe(403);
    }
    expect((await history(mugId, "analystCosts")).status).toBe(200);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const) {
      expect(
        (await post({ productId: mugId, effectiveFrom: "2022-01-01", unitCostFen: 1 }, caller))
          .status,
      ).toBe(403);
      const del = await send("DELETE", "/costs", t.cookies[caller], {
        productId: mugId,
        effectiveFrom: "2020-01-01",
      });
      expect(del.status).toBe(403);
    }
    expect((await history(mugId)).body.costs).toHaveLength(3);
  });

  it("rejects bad input with 422", async () => {
    const bad: unknown[] = [
      { productId: mugId, effectiveFrom: "2026-02-30", unitCostFen: 100 },
      { productId: mugId, effectiveFrom: "2026/01/01", unitCostFen: 100 },
      { productId: mugId, effectiveFrom: "2026-01-01", unitCostFen: -1 },
      { productId: mugId, effectiveFrom: "2026-01-01", unitCostFen: 12.5 },
      { productId: mugId, effectiveFrom: "2026-01-01", unitCostFen: "100" },
      { productId: mugId, effectiveFrom: "2026-01-01", unitCostFen: 100, packagingFen: -5 },
      { effectiveFrom: "2026-01-01", unitCostFen: 100 },
      { productId: mugId, effectiveFrom: "2026-01-01", unitCostFen: 100, currency: "CNY" },
    ];
    for (const body of bad) expect((await post(body)).status, JSON.stringify(body)).toBe(422);
    expect((await send("DELETE", "/costs", t.cookies.owner, { productId: mugId })).status).toBe(
      422,
    );
    expect((await history(mugId)).body.costs).toHaveLength(3);
  });

  it("keeps workspaces apart: B can neither read nor write A's costs", async () => {
    const b = await settingsTeam();
    expect((await send("GET", `/costs?productId=${mugId}`, b.cookies.owner)).status).toBe(404);
    expect((await send<CostHistoryResponse>("GET", "/costs", b.cookies.owner)).body).toEqual({
      costs: [],
    });
    const write = await send("POST", "/costs", b.cookies.owner, {
      productId: mugId,
      effectiveFrom: "2022-01-01",
      unitCostFen: 1,
    });
    expect(write.status).toBe(404);
    const del = await send("DELETE", "/costs", b.cookies.owner, {
      productId: mugId,
      effectiveFrom: "2020-01-01",
    });
    expect(del.status).toBe(404);
    // B's own "outer:MUG-1" (same fixture codes) is B's product, not A's.
    const own = await send<CostResponse>("POST", "/costs", b.cookies.owner, {
      productId: "outer:MUG-1",
      effectiveFrom: "2022-01-01",
      unitCostFen: 1,
    });
    expect(own.status).toBe(201);
    expect(own.body.cost.productId).not.toBe(mugId);
    expect((await history(mugId)).body.costs).toHaveLength(3);
  });
});
