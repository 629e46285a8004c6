import type { ProductSettings, SettingsSku, UnlinkedSku } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  dismissalKey,
  groupSuggestions,
  linkableSkus,
  matchesProduct,
  parseDismissed,
  platformCounts,
  skuKey,
} from "./product-suggestions.ts";

const sku = (
  over: Partial<SettingsSku> & Pick<SettingsSku, "platform" | "skuId">,
): SettingsSku => ({
  shopId: "s1",
  shopName: "禾屿家居生活馆",
  itemId: "i1",
  title: "禾屿不粘炒锅",
  skuText: null,
  outerCode: null,
  stock: 1,
  listed: true,
  ...over,
});

const unlinked = (
  skuId: string,
  suggestions: UnlinkedSku["suggestions"],
  over: Partial<SettingsSku> = {},
): UnlinkedSku => ({ ...sku({ platform: "taobao", skuId, ...over }), suggestions });

const product = (id: string, name: string, skus: SettingsSku[]): ProductSettings => ({
  id,
  virtual: false,
  name,
  outerCode: `CODE-${id}`,
  leadTimeDays: null,
  safetyStockDays: null,
  skus: skus.map((s) => ({ ...s, linkedBy: "outerCode" as const })),
});

describe("groupSuggestions", () => {
  const a = unlinked("a", [
    { productId: "p_cup", name: "保温杯", reason: "title", score: 0.6 },
    { productId: "p_pan", name: "炒锅", reason: "title", score: 0.8 },
  ]);
  const b = unlinked("b", [{ productId: "p_pan", name: "炒锅", reason: "title", score: 0.7 }]);
  const c = unlinked("c", [{ productId: "p_box", name: "收纳盒", reason: "outerCode", score: 1 }]);
  const d = unlinked("d", []);

  it("puts each SKU under its best suggestion, code matches first", () => {
    const { groups, lone } = groupSuggestions([a, b, c, d], new Set());
    expect(
      groups.map((g) => [g.productId, g.reason, g.bestScore, g.skus.map((s) => s.sku.skuId)]),
    ).toEqual([
      ["p_box", "outerCode", 1, ["c"]],
      ["p_pan", "title", 0.8, ["a", "b"]],
    ]);
    expect(lone.map((s) => s.skuId)).toEqual(["d"]);
  });

  it("moves a SKU to its next suggestion once the best is dismissed, then to lone", () => {
    const once = groupSuggestions([a, b], new Set([dismissalKey(a, "p_pan")]));
    expect(once.groups.map((g) => [g.productId, g.skus.map((s) => s.sku.skuId)])).toEqual([
      ["p_pan", ["b"]],
      ["p_cup", ["a"]],
    ]);
    const twice = groupSuggestions(
      [a],
      new Set([dismissalKey(a, "p_pan"), dismissalKey(a, "p_cup")]),
    );
    expect(twice.groups).toEqual([]);
    expect(twice.lone.map((s) => s.skuId)).toEqual(["a"]);
  });
});

describe("keys and stored dismissals", () => {
  it("names a SKU by platform, shop, item and SKU", () => {
    expect(skuKey({ platform: "jd", shopId: "10", itemId: "20", skuId: "0" })).toBe("jd:10:20:0");
    expect(dismissalKey({ platform: "jd", shopId: "10", itemId: "20", skuId: "0" }, "p1")).toBe(
      "jd:10:20:0>p1",
    );
  });

  it("reads back only string keys; anything else is none", () => {
    expect([...parseDismissed('["a>p", 3, null, "b>q"]')]).toEqual(["a>p", "b>q"]);
    expect(parseDismissed("{oops").size).toBe(0);
    expect(parseDismissed('{"a":1}').size).toBe(0);
    expect(parseDismissed(null).size).toBe(0);
  });
});

describe("matchesProduct and platformCounts", () => {
  const pan = product("pan", "不粘炒锅 30cm", [
    sku({ platform: "tmall", skuId: "5447057269794", skuText: "尺寸:30cm" }),
    sku({ platform: "pdd", skuId: "13009364437", shopName: "禾屿官方旗舰店" }),
    sku({ platform: "pdd", skuId: "13009364438" }),
  ]);

  it("finds a product by name, code, SKU id or shop, ignoring case and spaces", () => {
    expect(matchesProduct(pan, "")).toBe(true);
    expect(matchesProduct(pan, "炒锅30")).toBe(true);
    expect(matchesProduct(pan, "code-pan")).toBe(true);
    expect(matchesProduct(pan, "13009364437")).toBe(true);
    expect(matchesProduct(pan, "官方旗舰")).toBe(true);
    expect(matchesProduct(pan, "保温杯")).toBe(false);
  });

  it("counts SKUs per platform in platform order", () => {
    expect(platformCounts(pan)).toEqual([
      ["tmall", 1],
      ["pdd", 2],
    ]);
  });
});

describe("linkableSkus", () => {
  const pan = product("pan", "炒锅", [sku({ platform: "tmall", skuId: "t1" })]);
  const cup = product("cup", "保温杯", [
    sku({ platform: "tmall", skuId: "t2", title: "保温杯" }),
    sku({ platform: "jd", skuId: "j1", title: "保温杯" }),
  ]);
  const lone = unlinked("u1", [], { title: "保温杯 无编码" });

  it("offers unlinked SKUs first, then other products' SKUs on platforms the product lacks", () => {
    const found = linkableSkus([pan, cup], [lone], "pan", "保温杯");
    expect(found.map((f) => [f.sku.skuId, f.from?.id ?? null])).toEqual([
      ["u1", null],
      ["j1", "cup"],
      ["t2", "cup"],
    ]);
  });

  it("never offers the product's own SKUs and honours the limit", () => {
    expect(linkableSkus([pan, cup], [lone], "cup", "").map((f) => f.sku.skuId)).toEqual([
      "u1",
      "t1",
    ]);
    expect(linkableSkus([pan, cup], [lone], "pan", "", 1)).toHaveLength(1);
  });
});
