import { describe, expect, it } from "vitest";
import { product, report } from "./inventory-fixture.ts";
import { inventorySummary } from "./inventory-summary.ts";

describe("inventorySummary", () => {
  it("counts products, known stock and this week's stock-outs from the rows", () => {
    const r = report(
      [
        product("a", { stock: 0, daysOfCover: 0, stockOutDate: "2026-11-10" }),
        product("b", { stock: 3, daysOfCover: 3, stockOutDate: "2026-11-13" }),
        product("c", { stock: 40, daysOfCover: 40, stockOutDate: "2026-12-20" }),
        product("d", { stock: null, daysOfCover: null, stockOutDate: null, unknownStockSkus: 2 }),
        product("e", { stock: 500, daysOfCover: null, stockOutDate: null, unknownStockSkus: 1 }),
      ],
      { reorder: ["a", "b"], overstock: [], slowMoving: ["e"] },
    );
    expect(inventorySummary(r)).toEqual({
      products: 5,
      // 0 + 3 + 40 + 500; d's unknown stock is not counted as zero, only as unknown SKUs.
      totalStock: 543,
      unknownStockSkus: 3,
      stockOutSoon: 2,
      outOfStock: 1,
      reorder: 2,
      overstock: 0,
      slowMoving: 1,
    });
  });

  it("has no total stock when none is known", () => {
    const r = report([product("a", { stock: null, daysOfCover: null, stockOutDate: null })]);
    expect(inventorySummary(r).totalStock).toBeNull();
    expect(inventorySummary(report([])).products).toBe(0);
  });
});
