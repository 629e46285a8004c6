import type { ProductListResponse, ProductResponse } from "@tongshu/shared";
import { ProductListResponseSchema } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../src/app.ts";
import { SHOPS } from "./setup/report-fixture.ts";
import { auditRows, type SettingsTeam, send, settingsTeam } from "./setup/settings-fixtures.ts";

const list = async (t: SettingsTeam, caller: keyof SettingsTeam["cookies"] = "owner") => {
  const res = await send<ProductListResponse>("GET", "/products", t.cookies[caller]);
  expect(res.status).toBe(200);
  return ProductListResponseSchema.parse(res.body);
};
const skuKeys = (p: ProductListResponse["products"][number] | undefined) =>
  p?.skus.map((s) => `${s.platform}:${s.itemId}:${s.linkedBy}`);
const path = (id: string) => `/products/${encodeURIComponent(id)}`;

describe("GET /api/v1/settings/products (report fixture, no product rows yet)", () => {
  let t: SettingsTeam;
  beforeAll(async () => {
    t = await settingsTeam();
  });

  it("groups SKUs by outer code as virtual products, the SKU without one as unlinked", async () => {
    const r = await list(t);
    // Names: the shortest of equally common titles; sorted by code point (北 < 玻 < 陶).
    expect(r.products.map((p) => [p.id, p.name, p.virtual, p.outerCode])).toEqual([
      ["outer:MUG-1", "北欧陶瓷马克杯", true, "MUG-1"],
      ["outer:CUP-1", "玻璃杯", true, "CUP-1"],
      ["outer:BOWL-1", "陶瓷碗", true, "BOWL-1"],
    ]);
    const mug = r.products[0];
    expect(mug?.skus).toEqual([
      {
        platform: "taobao",
        shopId: SHOPS.T1.shopId,
        shopName: SHOPS.T1.shopName,
        itemId: "T-100",
        skuId: "T-100-1",
        title: "北欧陶瓷马克杯",
        skuText: null,
        outerCode: "MUG-1",
        stock: 40,
        listed: true,
        linkedBy: "outerCode",
      },
      expect.objectContaining({ platform: "jd", itemId: "J-100", stock: 10 }),
      expect.objectContaining({ platform: "pdd", itemId: "P-100", stock: 5 }),
    ]);
    expect(mug).toMatchObject({ leadTimeDays: null, safetyStockDays: null, cost: null });
    expect(r.unlinked).toEqual([
      {
        platform: "jd",
        shopId: SHOPS.J1.shopId,
        shopName: SHOPS.J1.shopName,
        itemId: "J-300",
        skuId: "J-300-1",
        title: '=HYPERLINK("x") 勺子',
        skuText: null,
        outerCode: null,
        stock: 500,
        listed: true,
        suggestions: [],
      },
    ]);
    expect(r.defaults).toEqual({ leadTimeDays: 15, safetyStockDays: 7 });
  });

  it("leaves the cost field out for members who may not see costs", async () => {
    for (const caller of ["analyst", "viewer"] as const)
      for (const p of (await list(t, caller)).products) expect("cost" in p).toBe(false);
    for (const p of (await list(t, "analystCosts")).products) expect(p.cost).toBeNull();
  });

  it("shows a member limited to some shops only their SKUs and products", async () => {
    const r = await list(t, "scopedCosts");
    expect(r.products.map((p) => [p.id, skuKeys(p)])).toEqual([
      ["outer:MUG-1", ["taobao:T-100:outerCode"]],
      ["outer:CUP-1", ["taobao:T-200:outerCode"]],
    ]);
    expect(r.unlinked).toEqual([]);
  });
});

describe("product writes", () => {
  let t: SettingsTeam;
  beforeAll(async () => {
    t = await settingsTeam();
  });

  it("makes a virtual product a row on its first change, keeping its SKUs", async () => {
    const res = await send<ProductResponse>("PATCH", path("outer:MUG-1"), t.cookies.owner, {
      leadTimeDays: 20,
    });
    expect(res.status).toBe(200);
    const product = res.body.product;
    expect(product).toMatchObject({
      name: "北欧陶瓷马克杯",
      outerCode: "MUG-1",
      leadTimeDays: 20,
      safetyStockDays: null,
    });
    expect(product.id).toMatch(/^pd_/);
    const mug = (await list(t)).products.find((p) => p.outerCode === "MUG-1");
    expect(mug).toMatchObject({ id: product.id, virtual: false, leadTimeDays: 20 });
    expect(skuKeys(mug)).toEqual([
      "taobao:T-100:outerCode",
      "jd:J-100:outerCode",
      "pdd:P-100:outerCode",
    ]);
    // "outer:MUG-1" now names the row: no second product, only the update is audited.
    const again = await send<ProductResponse>("PATCH", path("outer:MUG-1"), t.cookies.admin, {
      safetyStockDays: 5,
      leadTimeDays: null,
    });
    expect(again.body.product).toMatchObject({
      id: product.id,
      leadTimeDays: null,
      safetyStockDays: 5,
    });
    expect(await auditRows(t.workspaceId, "product.")).toEqual([
      {
        action: "product.create",
        actorId: t.ids.owner,
        target: `product:${product.id}`,
        details: { name: "北欧陶瓷马克杯", outerCode: "MUG-1", from: "outer:MUG-1" },
      },
      {
        action: "product.update",
        actorId: t.ids.owner,
        target: `product:${product.id}`,
        details: {
          before: { name: "北欧陶瓷马克杯", leadTimeDays: null, safetyStockDays: null },
          change: { leadTimeDays: 20 },
        },
      },
      {
        action: "product.update",
        actorId: t.ids.admin,
        target: `product:${product.id}`,
        details: {
          before: { name: "北欧陶瓷马克杯", leadTimeDays: 20, safetyStockDays: null },
          change: { safetyStockDays: 5, leadTimeDays: null },
        },
      },
    ]);
  });

  it("creates named products; an outer code already taken is a 409", async () => {
    const bowl = await send<ProductResponse>("POST", "/products", t.cookies.admin, {
      name: "  陶瓷碗 大号 ",
      outerCode: "BOWL-1",
    });
    expect(bowl.status).toBe(201);
    expect(bowl.body.product).toMatchObject({ name: "陶瓷碗 大号", outerCode: "BOWL-1" });
    const taken = await send("POST", "/products", t.cookies.owner, {
      name: "重复",
      outerCode: "MUG-1",
    });
    expect(taken.status).toBe(409);
    const set = await send<ProductResponse>("POST", "/products", t.cookies.owner, {
      name: "杯子套装",
    });
    expect(set.status).toBe(201);
    expect(set.body.product.outerCode).toBeNull();
    const r = await list(t);
    expect(
      r.products.find((p) => p.id === bowl.body.product.id)?.skus.map((s) => s.itemId),
    ).toEqual(["P-400"]);
    expect(r.products.find((p) => p.id === set.body.product.id)?.skus).toEqual([]);
    const actions = (await auditRows(t.workspaceId, "product.create")).map((a) => a.details);
    expect(actions.slice(-2)).toEqual([
      { name: "陶瓷碗 大号", outerCode: "BOWL-1" },
      { name: "杯子套装", outerCode: null },
    ]);
  });

  it("rejects bad input with 422 and the failing fields", async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ["POST", "/products", {}, "name"],
      ["POST", "/products", { name: "   " }, "name"],
      ["POST", "/products", { name: "x", outerCode: "" }, "outerCode"],
      ["POST", "/products", { name: "x", price: 1 }, ""],
      ["PATCH", path("outer:CUP-1"), {}, ""],
      ["PATCH", path("outer:CUP-1"), { leadTimeDays: 400 }, "leadTimeDays"],
      ["PATCH", path("outer:CUP-1"), { safetyStockDays: 1.5 }, "safetyStockDays"],
      ["PATCH", path("outer:CUP-1"), { name: "a".repeat(101) }, "name"],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await send<{ error: { code: string; details: { issues: { path: string }[] } } }>(
        method,
        url,
        t.cookies.owner,
        body,
      );
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details.issues.map((i) => i.path)).toContain(field);
    }
    // Nothing was made by the failed PATCHes of the virtual CUP-1.
    expect((await list(t)).products.find((p) => p.outerCode === "CUP-1")?.virtual).toBe(true);
  });

  it("lets only owners and admins write", async () => {
    for (const caller of ["analyst", "analystCosts", "viewer"] as const) {
      expect((await send("POST", "/products", t.cookies[caller], { name: "x" })).status).toBe(403);
      expect(
        (await send("PATCH", path("outer:CUP-1"), t.cookies[caller], { name: "x" })).status,
      ).toBe(403);
      expect((await send("DELETE", path("outer:MUG-1"), t.cookies[caller])).status).toBe(403);
    }
  });

  it("answers 404 for ids that name nothing", async () => {
    for (const id of ["pd_missing", "outer:NO-SUCH-CODE", "outer:", "sku:jd:1000001:J-300:J-300-1"])
      expect((await send("PATCH", path(id), t.cookies.owner, { name: "x" })).status).toBe(404);
    // A virtual product has no row to delete.
    expect((await send("DELETE", path("outer:CUP-1"), t.cookies.owner)).status).toBe(404);
  });

  it("deletes a product with its links and costs, audited; its SKUs fall back to the code", async () => {
    const mug = (await list(t)).products.find((p) => p.outerCode === "MUG-1");
    const id = mug?.id ?? "";
    const link = { platform: "jd", shopId: SHOPS.J1.shopId, itemId: "J-300", skuId: "J-300-1" };
    expect(
      (await send("PUT", "/product-links", t.cookies.owner, { ...link, productId: id })).status,
    ).toBe(200);
    const cost = {
      productId: id,
      effectiveFrom: "2026-01-01",
      unitCostFen: 1500,
      packagingFen: 20,
    };
    expect((await send("POST", "/costs", t.cookies.owner, cost)).status).toBe(201);
    expect((await send("DELETE", path(id), t.cookies.admin)).status).toBe(204);
    const after = await list(t);
    expect(after.products.find((p) => p.id === id)).toBeUndefined();
    expect(after.products.find((p) => p.id === "outer:MUG-1")?.virtual).toBe(true);
    expect(after.unlinked.map((s) => s.itemId)).toEqual(["J-300"]);
    const costs = await send<{ costs: unknown[] }>(
      "GET",
      `/costs?productId=${id}`,
      t.cookies.owner,
    );
    expect(costs.status).toBe(404);
    const [deleted] = await auditRows(t.workspaceId, "product.delete");
    expect(deleted).toEqual({
      action: "product.delete",
      actorId: t.ids.admin,
      target: `product:${id}`,
      details: {
        name: "北欧陶瓷马克杯",
        outerCode: "MUG-1",
        links: [link],
        costs: [{ effectiveFrom: "2026-01-01", unitCostFen: 1500, packagingFen: 20 }],
      },
    });
    expect((await send("DELETE", path(id), t.cookies.admin)).status).toBe(404);
  });
});

describe("POST /api/v1/settings/products/import", () => {
  let t: SettingsTeam;
  beforeAll(async () => {
    t = await settingsTeam();
  });
  type Imported = {
    products: Array<{
      id: string;
      name: string;
      outerCode: string | null;
      leadTimeDays: number | null;
    }>;
  };

  it("creates many products in request order, with their days, in one audited change", async () => {
    const products = [
      { name: "马克杯 黑色", outerCode: "MUG-1", leadTimeDays: 30, safetyStockDays: 10 },
      { name: "玻璃杯", outerCode: "CUP-1" },
      { name: "礼盒", leadTimeDays: null },
    ];
    const res = await send<Imported>("POST", "/products/import", t.cookies.admin, { products });
    expect(res.status).toBe(201);
    expect(res.body.products.map((p) => [p.name, p.outerCode, p.leadTimeDays])).toEqual([
      ["马克杯 黑色", "MUG-1", 30],
      ["玻璃杯", "CUP-1", null],
      ["礼盒", null, null],
    ]);
    const r = await list(t);
    expect(r.products.map((p) => [p.name, p.virtual, p.skus.length])).toEqual([
      ["玻璃杯", false, 1],
      ["礼盒", false, 0],
      ["陶瓷碗", true, 1],
      ["马克杯 黑色", false, 3],
    ]);
    const audit = await auditRows(t.workspaceId, "product.import");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: t.ids.admin, target: "products" });
    expect(audit[0]?.details).toMatchObject({
      products: [
        { name: "马克杯 黑色", outerCode: "MUG-1", leadTimeDays: 30, safetyStockDays: 10 },
        { name: "玻璃杯", outerCode: "CUP-1", leadTimeDays: null, safetyStockDays: null },
        { name: "礼盒", outerCode: null, leadTimeDays: null, safetyStockDays: null },
      ],
    });
  });

  it("is all or nothing: a taken or repeated outer code makes nothing", async () => {
    const taken = await send<{ error: { details: unknown } }>(
      "POST",
      "/products/import",
      t.cookies.owner,
      {
        products: [
          { name: "碗", outerCode: "BOWL-1" },
          { name: "又一个", outerCode: "CUP-1" },
        ],
      },
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toEqual({ outerCodes: ["CUP-1"] });
    const repeated = await send("POST", "/products/import", t.cookies.owner, {
      products: [
        { name: "碗", outerCode: "BOWL-1" },
        { name: "碗 2", outerCode: "BOWL-1" },
      ],
    });
    expect(repeated.status).toBe(422);
    expect((await list(t)).products.find((p) => p.outerCode === "BOWL-1")?.virtual).toBe(true);
    expect(await auditRows(t.workspaceId, "product.import")).toHaveLength(1);
  });

  it("validates every row and the row count, and lets only owners and admins import", async () => {
    for (const body of [
      { products: [] },
      { products: [{ name: "" }] },
      { products: [{ name: "x", leadTimeDays: -1 }] },
      { products: Array.from({ length: 1001 }, (_, i) => ({ name: `p${i}` })) },
      [{ name: "x" }],
    ])
      expect((await send("POST", "/products/import", t.cookies.owner, body)).status).toBe(422);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const)
      expect(
        (await send("POST", "/products/import", t.cookies[caller], { products: [{ name: "x" }] }))
          .status,
      ).toBe(403);
  });
});

describe("settings routing", () => {
  it("mounts each settings resource on its own path, with no catch-all over /settings", () => {
    const paths = app.routes.map((r) => r.path).filter((p) => p.startsWith("/api/v1/settings"));
    expect(paths).not.toContain("/api/v1/settings/*");
    expect(paths).not.toContain("/api/v1/settings");
    expect(paths).toContain("/api/v1/settings/products");
  });
});
