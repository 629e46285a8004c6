import { describe, expect, it } from "vitest";
import { parseAbcParam, summariseAbc } from "./abc-summary.ts";

describe("summariseAbc", () => {
  it("counts and sums each class with its shares", () => {
    const rows = [
      { abc: "A" as const, units: 10, paidFen: 60_000 },
      { abc: "A" as const, units: 5, paidFen: 20_000 },
      { abc: "B" as const, units: 4, paidFen: 15_000 },
      { abc: "C" as const, units: 2, paidFen: 3_000 },
      { abc: "C" as const, units: 1, paidFen: 2_000 },
    ];
    // Paid in all: 100,000 fen over 5 products.
    expect(summariseAbc(rows)).toEqual([
      { abc: "A", products: 2, units: 15, paidFen: 80_000, paidShare: 0.8, productShare: 0.4 },
      { abc: "B", products: 1, units: 4, paidFen: 15_000, paidShare: 0.15, productShare: 0.2 },
      { abc: "C", products: 2, units: 3, paidFen: 5_000, paidShare: 0.05, productShare: 0.4 },
    ]);
  });

  it("keeps empty classes and leaves shares unknown when nothing sold", () => {
    expect(summariseAbc([])).toEqual([
      { abc: "A", products: 0, units: 0, paidFen: 0, paidShare: null, productShare: null },
      { abc: "B", products: 0, units: 0, paidFen: 0, paidShare: null, productShare: null },
      { abc: "C", products: 0, units: 0, paidFen: 0, paidShare: null, productShare: null },
    ]);
    const free = summariseAbc([{ abc: "C", units: 3, paidFen: 0 }]);
    expect(free[2]).toEqual({
      abc: "C",
      products: 1,
      units: 3,
      paidFen: 0,
      paidShare: null,
      productShare: 1,
    });
  });
});

describe("parseAbcParam", () => {
  it("reads A, B or C in either case and ignores anything else", () => {
    expect(parseAbcParam("A")).toBe("A");
    expect(parseAbcParam("b")).toBe("B");
    expect(parseAbcParam(" c ")).toBe("C");
    expect(parseAbcParam("")).toBeNull();
    expect(parseAbcParam("D")).toBeNull();
    expect(parseAbcParam("AB")).toBeNull();
  });
});
