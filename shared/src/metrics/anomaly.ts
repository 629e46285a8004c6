/**
 * Robust anomaly detection on a daily series (Iglewicz & Hoaglin's modified z-score): the median
 * and the median absolute deviation (MAD) ignore the very outliers they are looking for, where a
 * mean and standard deviation would be dragged towards them.
 */

/** 0.6745 = the 0.75 quantile of the standard normal: makes MAD comparable to a σ. */
export const MAD_SCALE = 0.6745;
/** With MAD 0 (over half the days equal), the mean absolute deviation × 1.2533 ≈ σ stands in. */
export const MEAN_AD_SCALE = 1.253314;

/** The median of a list (mean of the middle two for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Median of the absolute deviations from the median; null for an empty list. */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
  const center = median(values);
  if (center === null) return null;
  return median(values.map((v) => Math.abs(v - center)));
}

/**
 * The modified z-score of `value` against `history`: 0.6745 × (value − median) ÷ MAD, or, when
 * MAD is 0, (value − median) ÷ (1.2533 × mean absolute deviation). Null when the history is
 * empty or flat (every day the same: no scale to measure a deviation against).
 */
export function robustZScore(value: number, history: readonly number[]): number | null {
  const center = median(history);
  const mad = medianAbsoluteDeviation(history);
  if (center === null || mad === null) return null;
  if (mad > 0) return (MAD_SCALE * (value - center)) / mad;
  const meanAd = history.reduce((s, v) => s + Math.abs(v - center), 0) / history.length;
  if (meanAd === 0) return null;
  return (value - center) / (MEAN_AD_SCALE * meanAd);
}

export interface Anomaly {
  value: number;
  median: number;
  mad: number;
  z: number;
  direction: "spike" | "drop";
}

/**
 * Is `value` an anomaly against `history`? Yes when |robust z| ≥ `threshold` (3.5 is the usual
 * cut-off), given at least `minHistory` days of history. Spikes and drops both count.
 */
export function detectAnomaly(
  value: number,
  history: readonly number[],
  options: { threshold: number; minHistory: number },
): Anomaly | null {
  if (history.length < options.minHistory) return null;
  const z = robustZScore(value, history);
  if (z === null || Math.abs(z) < options.threshold) return null;
  return {
    value,
    median: median(history) as number,
    mad: medianAbsoluteDeviation(history) as number,
    z,
    direction: z > 0 ? "spike" : "drop",
  };
}
