import { describe, expect, it } from "vitest";
import { filterProducts, matchesProduct, searchTerms } from "./product-search.ts";

const cup = {
  name: "316不锈钢保温杯",
  outerCode: "CUP-316",
  abc: "A" as const,
  skus: [
    { title: "【旗舰店】保温杯 500ml 黑色", outerCode: "CUP-316-BK" },
    { title: "保温杯 500ml 白色", outerCode: null },
  ],
};
const towel = {
  name: "纯棉毛巾 三条装",
  outerCode: null,
  abc: "C" as const,
  skus: [{ title: "纯棉毛巾", outerCode: null }],
};

describe("searchTerms", () => {
  it("folds full-width characters and case, and splits on spaces", () => {
    expect(searchTerms("  ＣＵＰ－３１６　黑色 ")).toEqual(["cup-316", "黑色"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("matchesProduct", () => {
  it("finds by name, outer code or a SKU's title and code; every word must match", () => {
    expect(matchesProduct(cup, searchTerms("保温"))).toBe(true);
    expect(matchesProduct(cup, searchTerms("cup-316"))).toBe(true);
    expect(matchesProduct(cup, searchTerms("bk"))).toBe(true);
    expect(matchesProduct(cup, searchTerms("旗舰店 白色"))).toBe(true);
    expect(matchesProduct(cup, searchTerms("保温 毛巾"))).toBe(false);
    expect(matchesProduct(towel, [])).toBe(true);
  });
});

describe("filterProducts", () => {
  it("applies the search and the ABC class together", () => {
    expect(filterProducts([cup, towel], "", null)).toEqual([cup, towel]);
    expect(filterProducts([cup, towel], "", "C")).toEqual([towel]);
    expect(filterProducts([cup, towel], "毛巾", "A")).toEqual([]);
    expect(filterProducts([cup, towel], "Cup", "A")).toEqual([cup]);
  });
});
