import { describe, expect, it } from "vitest";
import { detectAnomaly, median, medianAbsoluteDeviation, robustZScore } from "./anomaly.ts";

// 14 days: 10 ×3, 11 ×4, 12 ×5, 13 ×2. Sorted, the 7th and 8th values are 11 and 12.
const SERIES = [10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11, 10, 12];

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median(SERIES)).toBe(11.5);
  });
});

describe("medianAbsoluteDeviation", () => {
  it("is the median distance from the median", () => {
    expect(medianAbsoluteDeviation([])).toBeNull();
    expect(medianAbsoluteDeviation([5])).toBe(0);
    // |1−2|, |2−2|, |9−2| = 1, 0, 7 → 1.
    expect(medianAbsoluteDeviation([1, 2, 9])).toBe(1);
    // Deviations from 11.5: 1.5 ×5 (the 10s and 13s), 0.5 ×9 → 7th and 8th are 0.5.
    expect(medianAbsoluteDeviation(SERIES)).toBe(0.5);
  });
});

describe("robustZScore", () => {
  it("scales the distance from the median by 0.6745 / MAD", () => {
    // 0.6745 × (40 − 11.5) / 0.5 = 0.6745 × 57 = 38.4465.
    expect(robustZScore(40, SERIES)).toBeCloseTo(38.4465, 10);
    // A drop: 0.6745 × (2 − 11.5) / 0.5 = −12.8155.
    expect(robustZScore(2, SERIES)).toBeCloseTo(-12.8155, 10);
    expect(robustZScore(11.5, SERIES)).toBe(0);
  });

  it("falls back to the mean absolute deviation when MAD is 0, and gives up on a flat series", () => {
    // [5,5,5,5,9]: median 5, MAD 0; mean |dev| = 4/5 = 0.8; (13 − 5) / (1.253314 × 0.8) = 7.97885…
    expect(robustZScore(13, [5, 5, 5, 5, 9])).toBeCloseTo(8 / (1.253314 * 0.8), 10);
    expect(robustZScore(13, [5, 5, 5])).toBeNull();
    expect(robustZScore(13, [])).toBeNull();
  });
});

describe("detectAnomaly", () => {
  const options = { threshold: 3.5, minHistory: 14 };
  it("flags a spike with its evidence", () => {
    const found = detectAnomaly(40, SERIES, options);
    expect(found).toMatchObject({ value: 40, median: 11.5, mad: 0.5, direction: "spike" });
    expect(found?.z).toBeCloseTo(38.4465, 10);
  });

  it("flags a drop", () => {
    expect(detectAnomaly(2, SERIES, options)?.direction).toBe("drop");
  });

  it("stops just below the threshold: z = 0.6745 × (x − 11.5) / 0.5", () => {
    // z = 3.5 at x = 11.5 + 3.5 × 0.5 / 0.6745 = 14.0945…; 14 gives 3.3725, 14.1 gives 3.5074.
    expect(detectAnomaly(14, SERIES, options)).toBeNull();
    expect(detectAnomaly(14.1, SERIES, options)?.z).toBeCloseTo(3.5074, 5);
    // Below the median by as much: 11.5 − 2.6 = 8.9 → z = −3.5074.
    expect(detectAnomaly(8.9, SERIES, options)?.direction).toBe("drop");
  });

  it("needs enough history", () => {
    expect(detectAnomaly(40, SERIES.slice(1), options)).toBeNull();
    expect(detectAnomaly(40, SERIES.slice(1), { ...options, minHistory: 13 })).not.toBeNull();
    expect(detectAnomaly(40, [], { ...options, minHistory: 0 })).toBeNull();
  });
});
