import { describe, expect, it } from "vitest";
import { productMargin } from "./margin.ts";

describe("productMargin", () => {
  it("is paid − refunds − cost, as a rate of net sales", () => {
    // ¥250 paid, no refund, ¥135 cost → ¥115 margin, 46%.
    expect(productMargin(25000, 0, 13500)).toEqual({ marginFen: 11500, marginRate: 0.46 });
    // ¥100 paid, ¥20 refunded, ¥60 cost → ¥20 on ¥80 net = 25%.
    expect(productMargin(10000, 2000, 6000)).toEqual({ marginFen: 2000, marginRate: 0.25 });
  });

  it("is unknown when the cost is unknown, not the whole revenue", () => {
    expect(productMargin(10000, 0, null)).toEqual({ marginFen: null, marginRate: null });
  });

  it("can be negative, and has no rate when net sales are zero", () => {
    expect(productMargin(5000, 0, 6000)).toEqual({ marginFen: -1000, marginRate: -0.2 });
    expect(productMargin(5000, 5000, 3000)).toEqual({ marginFen: -3000, marginRate: null });
    expect(productMargin(0, 0, 0)).toEqual({ marginFen: 0, marginRate: null });
  });
});
