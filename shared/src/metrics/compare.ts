/** A figure for the current period with its bases: 环比 (previous period) and 同比 (last year). */
export interface Compared {
  value: number | null;
  previous: number | null;
  lastYear: number | null;
  /** Relative change vs the previous period (0.12 = +12%); null when the base is 0 or unknown. */
  vsPrevious: number | null;
  /** Relative change vs the same period last year; null when the base is 0 or unknown. */
  vsLastYear: number | null;
}

/**
 * Relative change from `base` to `current` (0.25 = +25%). Blank (null), never infinite, when the
 * base is zero or either side is unknown.
 */
export function relativeChange(current: number | null, base: number | null): number | null {
  if (current === null || base === null || base === 0) return null;
  return (current - base) / Math.abs(base);
}

/** Builds the comparison of one figure with its two bases. */
export function compare(
  value: number | null,
  previous: number | null,
  lastYear: number | null,
): Compared {
  return {
    value,
    previous,
    lastYear,
    vsPrevious: relativeChange(value, previous),
    vsLastYear: relativeChange(value, lastYear),
  };
}

/** `part` as a share of `whole` (0..1); null when the whole is 0 or unknown. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}

/** A ratio of two summed parts; null when the denominator is 0 or unknown. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}
