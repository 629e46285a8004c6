import { describe, expect, it } from "vitest";
import { abcClasses } from "./abc.ts";

describe("abcClasses", () => {
  it("gives nothing for no products and A to a single selling product", () => {
    expect(abcClasses([])).toEqual([]);
    expect(abcClasses([1])).toEqual(["A"]);
    expect(abcClasses([12345])).toEqual(["A"]);
  });

  it("makes zero sales C, even when nothing sells", () => {
    expect(abcClasses([0])).toEqual(["C"]);
    expect(abcClasses([0, 0])).toEqual(["C", "C"]);
    expect(abcClasses([100, 0])).toEqual(["A", "C"]);
  });

  it("splits a typical catalogue at 80% and 95%, keeping input order", () => {
    // Total 100: 50 (0% ahead) A, 30 (50%) A, 10 (80%) B, 6 (90%) B, 4 (96%) C.
    expect(abcClasses([10, 50, 4, 30, 6])).toEqual(["B", "A", "C", "A", "B"]);
  });

  it("keeps the product straddling 80% in A and the one straddling 95% in B", () => {
    // 70 (0%) A, 20 (70% ahead, 90% after) A, 6 (90% ahead, 96% after) B, 4 (96%) C.
    expect(abcClasses([70, 20, 6, 4])).toEqual(["A", "A", "B", "C"]);
  });

  it("starts B exactly at 80% ahead and C exactly at 95% ahead", () => {
    // 80 (0%) A, 15 (80% ahead) B, 5 (95% ahead) C.
    expect(abcClasses([80, 15, 5])).toEqual(["A", "B", "C"]);
    // 15 has 79% ahead (A, though it ends at 94%); 5 has 94% (B); 1 has 99% (C).
    expect(abcClasses([79, 15, 5, 1])).toEqual(["A", "A", "B", "C"]);
  });

  it("gives tied products one class, that of the first of them", () => {
    // 40 (0%) A; the two 25s have 40% ahead → A; 10 has 90% ahead → B.
    expect(abcClasses([25, 40, 25, 10])).toEqual(["A", "A", "A", "B"]);
    // 5 × 20: every product has 0% strictly ahead → all A.
    expect(abcClasses([20, 20, 20, 20, 20])).toEqual(["A", "A", "A", "A", "A"]);
    // 90 ahead of the tied 5s (90%) → both B, though the second would start at 95%.
    expect(abcClasses([90, 5, 5])).toEqual(["A", "B", "B"]);
  });

  it("counts a negative figure as zero sales (C) and leaves it out of the total", () => {
    expect(abcClasses([100, -50])).toEqual(["A", "C"]);
  });
});
