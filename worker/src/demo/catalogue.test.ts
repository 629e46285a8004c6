import type { Platform } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { generate } from "./test-fixture.ts";

const ITEM_ID: Record<Platform, RegExp> = {
  taobao: /^\d{12}$/,
  tmall: /^\d{12}$/,
  jd: /^100\d{8}$/,
  pdd: /^\d{9,12}$/,
};
const SKU_ID: Record<Platform, RegExp> = {
  taobao: /^\d{13}$/,
  tmall: /^\d{13}$/,
  jd: /^100\d{9,11}$/,
  pdd: /^\d{11}$/,
};

describe("demo catalogue", { timeout: 60_000 }, () => {
  it("lists one product on several platforms under each platform's ids and titles", () => {
    const { workspace } = generate();
    const multiPlatform = workspace.products.filter(
      (p) => new Set(p.listings.map((l) => l.platform)).size >= 2,
    );
    expect(multiPlatform.length / workspace.products.length).toBeGreaterThan(0.7);
    for (const listing of workspace.products.flatMap((p) => p.listings)) {
      expect(listing.itemId).toMatch(ITEM_ID[listing.platform]);
      for (const sku of listing.skus) expect(sku.skuId).toMatch(SKU_ID[listing.platform]);
    }
    const product = multiPlatform[0];
    expect(new Set(product?.listings.map((l) => l.title)).size).toBe(product?.listings.length);
  });

  it("shares outer codes across platforms, with a few missing and one reused on another product", () => {
    const { workspace } = generate();
    const codes = workspace.products.flatMap((p) => p.skus.map((s) => s.outerSkuId));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^TS-[A-Z]{2}-\d{3}(-[A-Z0-9]+)+$/);

    const listed = workspace.products.flatMap((p) =>
      p.listings.flatMap((l) => l.skus.map((s) => ({ p, s }))),
    );
    const missing = listed.filter(({ s }) => s.outerSkuId === null);
    expect(missing.length).toBeGreaterThanOrEqual(3);
    expect(missing.length).toBe(workspace.dataQuality.missingOuterCode.length);

    const productsByCode = new Map<string, Set<string>>();
    for (const { p, s } of listed) {
      if (s.outerSkuId)
        productsByCode.set(
          s.outerSkuId,
          (productsByCode.get(s.outerSkuId) ?? new Set()).add(p.productId),
        );
    }
    const reused = [...productsByCode].filter(([, products]) => products.size > 1);
    expect(
      reused.map(([code, products]) => ({ outerSkuId: code, productIds: [...products].sort() })),
    ).toEqual(
      workspace.dataQuality.reusedOuterCode.map((r) => ({
        ...r,
        productIds: [...r.productIds].sort(),
      })),
    );
    expect(reused.length).toBe(1);
  });

  it("has a unit cost for every outer code and a mid-window change for a few products", () => {
    const { workspace } = generate();
    const codes = workspace.products.flatMap((p) => p.skus.map((s) => s.outerSkuId));
    const costed = new Set(workspace.costs.map((c) => c.outerSkuId));
    expect(codes.every((c) => costed.has(c))).toBe(true);
    const changes = workspace.costs.filter((c) => c.effectiveFrom > workspace.range.from);
    expect(changes.length).toBeGreaterThan(3);
    for (const c of workspace.costs) {
      expect(Number.isInteger(c.unitCostFen) && c.unitCostFen > 0).toBe(true);
    }
    const list = new Map(
      workspace.products.flatMap((p) => p.skus.map((s) => [s.outerSkuId, s.listPriceFen])),
    );
    for (const c of workspace.costs)
      expect(c.unitCostFen).toBeLessThan(list.get(c.outerSkuId) ?? 0);
  });

  it("shows SKUs on sale, running low, sold out and off the shelf; none of them sell after they stop", () => {
    const { of, workspace } = generate();
    const skus = of("sku");
    const statuses = new Set(skus.map((s) => s.status));
    expect(statuses).toEqual(new Set(["onsale", "soldout", "offshelf"]));
    expect(skus.filter((s) => s.status === "soldout").every((s) => s.stock === 0)).toBe(true);
    expect(skus.filter((s) => s.status === "onsale" && (s.stock ?? 0) < 20).length).toBeGreaterThan(
      10,
    );
    expect(skus.every((s) => s.capturedAt === workspace.now)).toBe(true);
    const stopped = new Set(
      skus.filter((s) => s.status !== "onsale").map((s) => `${s.shopId}|${s.skuId}`),
    );
    const lastDays = of("order").filter((o) => o.createdAt > workspace.now - 86_400_000);
    for (const o of lastDays)
      for (const l of o.lines) expect(stopped.has(`${o.shopId}|${l.skuId}`)).toBe(false);
  });
});
