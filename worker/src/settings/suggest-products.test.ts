import { describe, expect, it } from "vitest";
import {
  characterSet,
  jaccard,
  MAX_SUGGESTIONS,
  normaliseOuterCode,
  type SuggestionCandidate,
  suggestProducts,
  titleSimilarity,
  type UnlinkedInput,
} from "./suggest-products.ts";

const listed = (itemId: string, title: string, skuText: string | null = null) => ({
  platform: "taobao",
  shopId: "T1",
  itemId,
  title,
  skuText,
});
const unlinked = (over: Partial<UnlinkedInput> = {}): UnlinkedInput => ({
  platform: "jd",
  shopId: "J1",
  itemId: "J-300",
  title: "北欧陶瓷马克杯京东",
  skuText: null,
  codes: [],
  ...over,
});

describe("normaliseOuterCode", () => {
  it("folds full-width forms and case, and drops spaces and separators", () => {
    expect(normaliseOuterCode("ｔｓ－００１ ")).toBe("TS001");
    expect(normaliseOuterCode("ab_c.d/e f-1")).toBe("ABCDEF1");
    expect(normaliseOuterCode("MUG-1")).toBe(normaliseOuterCode("mug 1"));
    expect(normaliseOuterCode(" -_ ")).toBe("");
  });
});

describe("characterSet and jaccard", () => {
  it("keeps distinct letters and digits only, case folded", () => {
    expect([...characterSet("Ab 1，b")]).toEqual(["a", "b", "1"]);
    expect(characterSet(null).size).toBe(0);
    expect([...characterSet("【红色】")]).toEqual(["红", "色"]);
  });

  it("is shared ÷ union, 0 for two empty sets", () => {
    expect(jaccard(new Set("abc"), new Set("bcd"))).toBe(0.5);
    expect(jaccard(new Set("abc"), new Set("abc"))).toBe(1);
    expect(jaccard(new Set("ab"), new Set("cd"))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("titleSimilarity", () => {
  it("averages title and SKU-text similarity when both have SKU text", () => {
    // titles: {a,b,c,d} vs {a,b,c,e} → 3/5; texts equal → 1; mean 0.8
    const a = { title: "abcd", skuText: "红色" };
    expect(titleSimilarity(a, { title: "abce", skuText: "红色" })).toBeCloseTo(0.8, 12);
    // texts {红,色,5} vs {红,色,1,0} → 2/5; mean (3/5 + 2/5) / 2 = 0.5
    expect(
      titleSimilarity({ title: "abcd", skuText: "红色5" }, { title: "abce", skuText: "红色10" }),
    ).toBeCloseTo(0.5, 12);
  });

  it("uses the title alone when either side has no SKU text", () => {
    expect(
      titleSimilarity({ title: "abcd", skuText: null }, { title: "abce", skuText: "红色" }),
    ).toBeCloseTo(0.6, 12);
    expect(
      titleSimilarity({ title: "abcd", skuText: " ; " }, { title: "abcd", skuText: "红色" }),
    ).toBe(1);
  });
});

describe("suggestProducts", () => {
  const mug: SuggestionCandidate = {
    id: "pd_mug",
    name: "马克杯",
    outerCode: "MUG-1",
    skus: [listed("T-100", "北欧陶瓷马克杯")],
  };
  const cup: SuggestionCandidate = {
    id: "outer:CUP-1",
    name: "玻璃杯",
    outerCode: "CUP-1",
    skus: [listed("T-200", "玻璃杯")],
  };

  it("suggests the product whose outer code matches once normalised, with score 1", () => {
    expect(
      suggestProducts(unlinked({ title: "无关", codes: [null, "mug 1"] }), [cup, mug]),
    ).toEqual([{ productId: "pd_mug", name: "马克杯", reason: "outerCode", score: 1 }]);
  });

  it("suggests products whose SKUs read alike, above the threshold only", () => {
    // {北,欧,陶,瓷,马,克,杯} vs the same plus {京,东}: 7/9; 玻璃杯 shares only 杯: 1/11
    expect(suggestProducts(unlinked(), [cup, mug])).toEqual([
      { productId: "pd_mug", name: "马克杯", reason: "title", score: 0.778 },
    ]);
  });

  it("compares with the name of a product that has no SKUs yet", () => {
    const named = { id: "pd_new", name: "北欧陶瓷马克杯", outerCode: null, skus: [] };
    expect(suggestProducts(unlinked(), [named])).toEqual([
      { productId: "pd_new", name: "北欧陶瓷马克杯", reason: "title", score: 0.778 },
    ]);
  });

  it("skips products already holding a SKU of the same listing (other variants)", () => {
    const sibling = {
      ...mug,
      skus: [{ ...listed("J-300", "北欧陶瓷马克杯京东"), platform: "jd", shopId: "J1" }],
    };
    expect(suggestProducts(unlinked(), [sibling])).toEqual([]);
  });

  it("puts code matches first, then titles by score, name and id, at most three", () => {
    const alike = (id: string, name: string, title = "北欧陶瓷马克杯") => ({
      id,
      name,
      outerCode: null,
      skus: [listed(`I-${id}`, title)],
    });
    const ties = [alike("pd_b", "B"), alike("pd_a", "B"), alike("pd_c", "A")];
    expect(suggestProducts(unlinked(), ties).map((s) => s.productId)).toEqual([
      "pd_c",
      "pd_a",
      "pd_b",
    ]);
    const exact = alike("pd_top", "Z", "北欧陶瓷马克杯京东");
    const found = suggestProducts(unlinked({ codes: ["CUP-1"] }), [...ties, exact, cup]);
    expect(found.map((s) => [s.productId, s.score])).toEqual([
      ["outer:CUP-1", 1],
      ["pd_top", 1],
      ["pd_c", 0.778],
    ]);
    expect(found).toHaveLength(MAX_SUGGESTIONS);
  });

  it("gives nothing for a SKU with no codes and nothing alike", () => {
    expect(suggestProducts(unlinked({ title: "电动牙刷" }), [cup, mug])).toEqual([]);
  });
});
