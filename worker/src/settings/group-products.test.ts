import type { Product } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { bestTitle, type CatalogueSku, groupProducts } from "./group-products.ts";

function sku(
  over: Partial<CatalogueSku> & Pick<CatalogueSku, "itemId" | "productKey">,
): CatalogueSku {
  return {
    platform: "taobao",
    shopId: "T1",
    shopName: "甜橙",
    skuId: `${over.itemId}-1`,
    title: "北欧陶瓷马克杯",
    skuText: null,
    outerCode: null,
    stock: 10,
    listed: true,
    listingCode: null,
    orderCode: null,
    linkedTo: null,
    ...over,
  };
}

const product = (over: Partial<Product> & Pick<Product, "id" | "name">): Product => ({
  outerCode: null,
  leadTimeDays: null,
  safetyStockDays: null,
  createdAt: 1,
  ...over,
});

describe("bestTitle", () => {
  it("takes the most common title, ties to the shorter, then code-point order", () => {
    expect(bestTitle([{ title: "b" }, { title: "a" }, { title: "b" }])).toBe("b");
    expect(bestTitle([{ title: "abc" }, { title: "ab" }])).toBe("ab");
    expect(bestTitle([{ title: "b" }, { title: "a" }])).toBe("a");
    expect(bestTitle([])).toBeNull();
  });
});

// T-100 (MUG-1) is linked by hand to 杯子套装; J-100 and P-100 carry MUG-1, which has a product
// row; T-200 and J-200 carry CUP-1 (virtual); J-300 has no code (alone).
const SKUS: CatalogueSku[] = [
  sku({
    platform: "pdd",
    shopId: "P1",
    itemId: "P-100",
    outerCode: "MUG-1",
    productKey: "pd_mug",
    title: "马克杯 拼多多",
  }),
  sku({ itemId: "T-100", outerCode: "MUG-1", productKey: "pd_set", linkedTo: "pd_set" }),
  sku({
    platform: "jd",
    shopId: "J1",
    itemId: "J-100",
    outerCode: "MUG-1",
    productKey: "pd_mug",
    stock: null,
    listed: false,
  }),
  sku({ itemId: "T-200", outerCode: "CUP-1", productKey: "outer:CUP-1", title: "玻璃杯 加厚" }),
  sku({
    platform: "jd",
    shopId: "J1",
    itemId: "J-200",
    outerCode: "CUP-1",
    productKey: "outer:CUP-1",
    title: "玻璃杯",
  }),
  sku({
    platform: "jd",
    shopId: "J1",
    itemId: "J-300",
    productKey: "sku:jd:J1:J-300:J-300-1",
    title: "马克杯 拼多多款",
    orderCode: "mug_1",
  }),
];
const PRODUCTS = [
  product({ id: "pd_mug", name: "马克杯", outerCode: "MUG-1", leadTimeDays: 20 }),
  product({ id: "pd_set", name: "杯子套装" }),
  product({ id: "pd_empty", name: "新品" }),
];
const COSTS = new Map([
  ["pd_mug", { effectiveFrom: "2026-10-01", unitCostFen: 1200, packagingFen: 50 }],
]);

describe("groupProducts", () => {
  const all = groupProducts({ skus: SKUS, products: PRODUCTS, costs: COSTS, scoped: false });
  const byId = new Map(all.products.map((p) => [p.id, p]));

  it("lists product rows and virtual outer-code groups, sorted by name then id", () => {
    // Code-point order: 新 U+65B0 < 杯 U+676F < 玻 U+73BB < 马 U+9A6C.
    expect(all.products.map((p) => [p.id, p.name, p.virtual])).toEqual([
      ["pd_empty", "新品", false],
      ["pd_set", "杯子套装", false],
      ["outer:CUP-1", "玻璃杯", true],
      ["pd_mug", "马克杯", false],
    ]);
  });

  it("puts each SKU where the report rules put it, saying how it got there", () => {
    expect(byId.get("pd_set")?.skus.map((s) => [s.itemId, s.linkedBy])).toEqual([
      ["T-100", "manual"],
    ]);
    // Platform order (taobao, tmall, jd, pdd), then shop, item and SKU.
    expect(byId.get("pd_mug")?.skus.map((s) => [s.itemId, s.linkedBy, s.stock, s.listed])).toEqual([
      ["J-100", "outerCode", null, false],
      ["P-100", "outerCode", 10, true],
    ]);
    expect(byId.get("pd_empty")?.skus).toEqual([]);
    const cup = byId.get("outer:CUP-1");
    expect(cup).toMatchObject({ outerCode: "CUP-1", leadTimeDays: null, safetyStockDays: null });
    expect(cup?.skus.map((s) => s.itemId)).toEqual(["T-200", "J-200"]);
    expect(byId.get("pd_mug")).toMatchObject({ outerCode: "MUG-1", leadTimeDays: 20 });
  });

  it("gives today's cost to cost seers (null without one), and no cost field otherwise", () => {
    expect(byId.get("pd_mug")?.cost).toEqual({
      effectiveFrom: "2026-10-01",
      unitCostFen: 1200,
      packagingFen: 50,
    });
    expect(byId.get("pd_set")?.cost).toBeNull();
    expect(byId.get("outer:CUP-1")?.cost).toBeNull();
    const blind = groupProducts({ skus: SKUS, products: PRODUCTS, costs: null, scoped: false });
    for (const p of blind.products) expect("cost" in p).toBe(false);
  });

  it("lists SKUs with no code and no link as unlinked, with suggestions", () => {
    expect(all.unlinked).toHaveLength(1);
    const [lone] = all.unlinked;
    expect(lone).toMatchObject({ platform: "jd", itemId: "J-300", outerCode: null });
    expect(lone && "productKey" in lone).toBe(false);
    // The order lines' code "mug_1" matches MUG-1 once normalised; the title 马克杯 拼多多款
    // reads like P-100's 马克杯 拼多多 (5 of 6 characters): pd_mug is already suggested.
    expect(lone?.suggestions).toEqual([
      { productId: "pd_mug", name: "马克杯", reason: "outerCode", score: 1 },
    ]);
  });

  it("hides products without a SKU in the shops of a scoped member", () => {
    const scoped = groupProducts({
      skus: SKUS.filter((s) => s.platform === "taobao"),
      products: PRODUCTS,
      costs: null,
      scoped: true,
    });
    expect(scoped.products.map((p) => p.id)).toEqual(["pd_set", "outer:CUP-1"]);
    expect(scoped.unlinked).toEqual([]);
  });

  it("gives an empty page for an empty workspace", () => {
    expect(groupProducts({ skus: [], products: [], costs: null, scoped: false })).toEqual({
      products: [],
      unlinked: [],
    });
  });
});
