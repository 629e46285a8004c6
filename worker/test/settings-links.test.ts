import type {
  CanonicalRecord,
  ProductLinkResponse,
  ProductListResponse,
  ProductResponse,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_RECORDS, bj, SHOPS } from "./setup/report-fixture.ts";
import {
  auditRows,
  LONE_SKU,
  type SettingsTeam,
  send,
  settingsTeam,
} from "./setup/settings-fixtures.ts";

const CAPTURED = Date.UTC(2026, 10, 20, 2, 0, 0);
const source = { url: "https://example.invalid/links", parser: "fixture@1" };

/**
 * Beyond the report fixture: a JD listing J-500 with no outer code whose title reads like the
 * mug; a Pinduoduo listing P-500 whose listing code is blank while its order lines say
 * "mug-1"; and a Taobao item T-900 without SKUs seen only in a paid order.
 */
const EXTRA: CanonicalRecord[] = [
  {
    kind: "sku",
    platform: "jd",
    shopId: SHOPS.J1.shopId,
    capturedAt: CAPTURED,
    source,
    itemId: "J-500",
    skuId: "J-500-1",
    outerSkuId: null,
    title: "北欧陶瓷马克杯 京东 大号",
    skuText: null,
    priceFen: 6000,
    stock: 3,
    status: "onsale",
  },
  {
    kind: "sku",
    platform: "pdd",
    shopId: SHOPS.P1.shopId,
    capturedAt: CAPTURED,
    source,
    itemId: "P-500",
    skuId: "P-500-1",
    outerSkuId: "",
    title: "杯",
    skuText: null,
    priceFen: 3000,
    stock: 8,
    status: "onsale",
  },
  {
    kind: "order",
    platform: "pdd",
    shopId: SHOPS.P1.shopId,
    capturedAt: CAPTURED,
    source,
    orderId: "P-o9",
    status: "paid",
    createdAt: bj("2026-11-05", "09:00"),
    paidAt: bj("2026-11-05", "09:01"),
    shippedAt: null,
    completedAt: null,
    goodsFen: 3000,
    shippingFen: 0,
    discountFen: 0,
    paidFen: 3000,
    refundFen: 0,
    province: null,
    city: null,
    buyerKey: null,
    lines: [line("P-500", "P-500-1", "mug-1", "杯"), line("P-900", null, null, "只在订单里的碗")],
  },
];

function line(itemId: string, skuId: string | null, outer: string | null, title: string) {
  return {
    lineId: `${itemId}-line`,
    itemId,
    skuId,
    outerSkuId: outer,
    title,
    skuText: null,
    quantity: 1,
    unitPriceFen: 1500,
    paidFen: 1500,
    refundStatus: "none" as const,
  };
}

const list = async (t: SettingsTeam) =>
  (await send<ProductListResponse>("GET", "/products", t.cookies.owner)).body;
const productOf = (r: ProductListResponse, itemId: string) =>
  r.products.find((p) => p.skus.some((s) => s.itemId === itemId));

let t: SettingsTeam;
beforeAll(async () => {
  t = await settingsTeam([...ALL_RECORDS, ...EXTRA]);
});

describe("unlinked SKUs and their suggestions", () => {
  it("lists SKUs without a usable code, with code and title suggestions", async () => {
    const r = await list(t);
    expect(r.unlinked.map((s) => [s.platform, s.itemId, s.skuId, s.listed, s.suggestions])).toEqual(
      [
        ["jd", "J-300", "J-300-1", true, []],
        // 9 of its 11 characters are the JD mug's title (北欧陶瓷马克杯京东).
        [
          "jd",
          "J-500",
          "J-500-1",
          true,
          [{ productId: "outer:MUG-1", name: "北欧陶瓷马克杯", reason: "title", score: 0.818 }],
        ],
        // The blank listing code keeps it alone (as in the reports); its order lines' "mug-1"
        // matches MUG-1 once normalised.
        [
          "pdd",
          "P-500",
          "P-500-1",
          true,
          [{ productId: "outer:MUG-1", name: "北欧陶瓷马克杯", reason: "outerCode", score: 1 }],
        ],
        // Known only from an order line, keyed "0" for an item without SKUs (as listings are).
        ["pdd", "P-900", "0", false, []],
      ],
    );
  });
});

describe("PUT and DELETE /api/v1/settings/product-links", () => {
  it("links a SKU to a virtual product, making it a row first", async () => {
    const res = await send<ProductLinkResponse>("PUT", "/product-links", t.cookies.owner, {
      ...LONE_SKU,
      productId: "outer:MUG-1",
    });
    expect(res.status).toBe(200);
    const id = res.body.link.productId;
    expect(id).toMatch(/^pd_/);
    expect(res.body.link).toMatchObject(LONE_SKU);
    const r = await list(t);
    expect(productOf(r, "J-300")).toMatchObject({ id, outerCode: "MUG-1", virtual: false });
    expect(productOf(r, "J-300")?.skus.map((s) => [s.itemId, s.linkedBy])).toEqual([
      ["T-100", "outerCode"],
      ["J-100", "outerCode"],
      ["J-300", "manual"],
      ["P-100", "outerCode"],
    ]);
    expect(r.unlinked.map((s) => s.itemId)).not.toContain("J-300");
    expect((await auditRows(t.workspaceId)).map((a) => a.action)).toEqual([
      "product.create",
      "product_link.set",
    ]);
  });

  it("puts a manual link before the outer code, and unlinking restores the code's product", async () => {
    const set = await send<ProductResponse>("POST", "/products", t.cookies.admin, {
      name: "杯子套装",
    });
    const setId = set.body.product.id;
    const taobaoMug = {
      platform: "taobao",
      shopId: SHOPS.T1.shopId,
      itemId: "T-100",
      skuId: "T-100-1",
    };
    const linked = await send("PUT", "/product-links", t.cookies.admin, {
      ...taobaoMug,
      productId: setId,
    });
    expect(linked.status).toBe(200);
    let r = await list(t);
    expect(productOf(r, "T-100")?.id).toBe(setId);
    expect(
      r.products.find((p) => p.id === setId)?.skus.map((s) => [s.itemId, s.outerCode, s.linkedBy]),
    ).toEqual([["T-100", "MUG-1", "manual"]]);
    expect(productOf(r, "J-100")?.skus.map((s) => s.itemId)).toEqual(["J-100", "J-300", "P-100"]);

    expect((await send("DELETE", "/product-links", t.cookies.owner, taobaoMug)).status).toBe(204);
    r = await list(t);
    expect(productOf(r, "T-100")?.outerCode).toBe("MUG-1");
    expect((await send("DELETE", "/product-links", t.cookies.owner, taobaoMug)).status).toBe(404);
    const audit = await auditRows(t.workspaceId, "product_link.");
    expect(audit.slice(-2)).toEqual([
      {
        action: "product_link.set",
        actorId: t.ids.admin,
        target: `sku:taobao:${SHOPS.T1.shopId}:T-100:T-100-1`,
        details: { productId: setId, before: null },
      },
      {
        action: "product_link.delete",
        actorId: t.ids.owner,
        target: `sku:taobao:${SHOPS.T1.shopId}:T-100:T-100-1`,
        details: { productId: setId },
      },
    ]);
  });

  it("re-links a linked SKU, auditing the product it left", async () => {
    const bowl = "outer:BOWL-1";
    const before = (await list(t)).products.find((p) => p.skus.some((s) => s.itemId === "J-300"));
    const res = await send<ProductLinkResponse>("PUT", "/product-links", t.cookies.owner, {
      ...LONE_SKU,
      productId: bowl,
    });
    const bowlId = res.body.link.productId;
    expect(productOf(await list(t), "J-300")?.id).toBe(bowlId);
    const last = (await auditRows(t.workspaceId, "product_link.set")).at(-1);
    expect(last?.details).toEqual({ productId: bowlId, before: before?.id });
  });

  it("links a SKU known only from order lines, by the '0' key of an item without SKUs", async () => {
    const onlyOrdered = { platform: "pdd", shopId: SHOPS.P1.shopId, itemId: "P-900", skuId: "0" };
    const res = await send("PUT", "/product-links", t.cookies.owner, {
      ...onlyOrdered,
      productId: "outer:CUP-1",
    });
    expect(res.status).toBe(200);
    const cup = productOf(await list(t), "P-900");
    expect(cup?.outerCode).toBe("CUP-1");
    expect(cup?.skus.find((s) => s.itemId === "P-900")).toMatchObject({
      skuId: "0",
      listed: false,
      linkedBy: "manual",
    });
  });

  it("answers 404 for a SKU or product the workspace does not have, and links nothing", async () => {
    const ghost = { platform: "jd", shopId: SHOPS.J1.shopId, itemId: "J-404", skuId: "J-404-1" };
    expect(
      (await send("PUT", "/product-links", t.cookies.owner, { ...ghost, productId: "outer:CUP-1" }))
        .status,
    ).toBe(404);
    expect(
      (await send("PUT", "/product-links", t.cookies.owner, { ...LONE_SKU, productId: "pd_nope" }))
        .status,
    ).toBe(404);
    expect((await send("DELETE", "/product-links", t.cookies.owner, ghost)).status).toBe(404);
    // A member limited to Taobao cannot touch a JD SKU.
    expect(
      (
        await send("PUT", "/product-links", t.cookies.scopedAdmin, {
          ...LONE_SKU,
          productId: "outer:CUP-1",
        })
      ).status,
    ).toBe(404);
    const r = await list(t);
    expect(productOf(r, "J-300")?.outerCode).toBe("BOWL-1");
  });

  it("keeps workspaces apart: B cannot link A's SKU, nor link to A's product", async () => {
    const b = await settingsTeam();
    const aProduct = productOf(await list(t), "J-300")?.id ?? "";
    const bProduct = (
      await send<ProductResponse>("POST", "/products", b.cookies.owner, { name: "B 的商品" })
    ).body.product.id;
    expect(
      (await send("PUT", "/product-links", b.cookies.owner, { ...EXTRA_SKU, productId: bProduct }))
        .status,
    ).toBe(404);
    expect(
      (await send("PUT", "/product-links", b.cookies.owner, { ...LONE_SKU, productId: aProduct }))
        .status,
    ).toBe(404);
    expect((await send("DELETE", "/product-links", b.cookies.owner, LONE_SKU)).status).toBe(404);
    expect(productOf(await list(t), "J-300")?.id).toBe(aProduct);
  });

  it("validates the body and lets only owners and admins link", async () => {
    const bad: unknown[] = [
      { ...LONE_SKU },
      { ...LONE_SKU, platform: "amazon", productId: "outer:CUP-1" },
      { ...LONE_SKU, skuId: undefined, productId: "outer:CUP-1" },
      { ...LONE_SKU, itemId: "J 300", productId: "outer:CUP-1" },
      { ...LONE_SKU, productId: "" },
    ];
    for (const body of bad)
      expect(
        (await send("PUT", "/product-links", t.cookies.owner, body)).status,
        JSON.stringify(body),
      ).toBe(422);
    for (const caller of ["analyst", "analystCosts", "viewer"] as const) {
      expect(
        (
          await send("PUT", "/product-links", t.cookies[caller], {
            ...LONE_SKU,
            productId: "outer:CUP-1",
          })
        ).status,
      ).toBe(403);
      expect((await send("DELETE", "/product-links", t.cookies[caller], LONE_SKU)).status).toBe(
        403,
      );
    }
  });
});

/** A SKU that only exists in workspace A (J-500 of EXTRA). */
const EXTRA_SKU = { platform: "jd", shopId: SHOPS.J1.shopId, itemId: "J-500", skuId: "J-500-1" };
