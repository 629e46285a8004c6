import { describe, expect, it } from "vitest";
import { createRng, hash128, hex256 } from "./random.ts";

describe("seeded randomness", () => {
  it("repeats a stream for the same labels and differs for others", () => {
    const draw = (...labels: Array<string | number>) => {
      const rng = createRng(...labels);
      return Array.from({ length: 5 }, () => rng.uint32());
    };
    expect(draw(1, "orders", "tb", "2026-11-11")).toEqual(draw(1, "orders", "tb", "2026-11-11"));
    expect(draw(1, "orders", "tb", "2026-11-11")).not.toEqual(
      draw(2, "orders", "tb", "2026-11-11"),
    );
    expect(hash128("a")).not.toEqual(hash128("b"));
  });

  it("keeps helpers in range", () => {
    const rng = createRng("range");
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(3, 7);
      expect(Number.isInteger(n) && n >= 3 && n <= 7).toBe(true);
      expect(rng.digits(11)).toMatch(/^[1-9]\d{10}$/);
    }
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it("draws weighted indexes in proportion", () => {
    const rng = createRng("weights");
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) {
      const index = rng.weighted([1, 0, 3]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.6);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.4);
  });

  it("derives 64-hex keys, distinct per label", () => {
    const keys = new Set(
      Array.from({ length: 5000 }, (_, i) => hex256(9, "buyer", "tm", "once", i)),
    );
    expect(keys.size).toBe(5000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
