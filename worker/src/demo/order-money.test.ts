import { describe, expect, it } from "vitest";
import { allocateFen } from "@tongshu/shared";
import { planDiscount } from "./order-money.ts";
import { createRng } from "./random.ts";

describe("allocateFen", () => {
  it("splits a total over lines in proportion, to the fen", () => {
    expect(allocateFen([1000, 2000], 2700)).toEqual([900, 1800]);
    expect(allocateFen([333, 333, 334], 100)).toEqual([33, 33, 34]);
    expect(allocateFen([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(allocateFen([5000], 4321)).toEqual([4321]);
  });
});

describe("planDiscount", () => {
  it("never takes more than 40% off and gives more on sale days", () => {
    const rng = createRng("discount");
    let normal = 0;
    let sale = 0;
    for (let i = 0; i < 2000; i++) {
      const goods = rng.int(500, 80_000);
      const onNormalDay = planDiscount(rng, 0.4, goods, 0);
      const onSaleDay = planDiscount(rng, 0.4, goods, 2);
      expect(onNormalDay).toBeLessThanOrEqual(goods * 0.4);
      expect(onSaleDay).toBeLessThanOrEqual(goods * 0.4);
      normal += onNormalDay;
      sale += onSaleDay;
    }
    expect(sale).toBeGreaterThan(normal * 1.5);
  });
});
