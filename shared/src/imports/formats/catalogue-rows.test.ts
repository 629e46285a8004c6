import { describe, expect, it } from "vitest";
import { listingOfText, withStock } from "./catalogue-rows.ts";

describe("listingOfText", () => {
  it("reads the three back offices' listing words, off-shelf words before 上架", () => {
    const cases: Array<[string, string | null]> = [
      ["出售中", "onsale"],
      ["上架", "onsale"],
      ["在售", "onsale"],
      ["上柜", "onsale"],
      ["仓库中", "offshelf"],
      ["下架", "offshelf"],
      ["已下架", "offshelf"],
      ["待上架", "offshelf"],
      ["从未上架", "offshelf"],
      ["上架待审核", "offshelf"],
      ["下柜", "offshelf"],
      ["已售罄", "soldout"],
      ["不知道", null],
    ];
    expect(cases.map(([text]) => [text, listingOfText(text)])).toEqual(cases);
  });

  it("turns a listed SKU without stock into sold out, as capture does", () => {
    expect(withStock("onsale", 0)).toBe("soldout");
    expect(withStock("onsale", null)).toBe("onsale");
    expect(withStock("offshelf", 0)).toBe("offshelf");
  });
});
