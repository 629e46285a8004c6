import { PLATFORMS, type Platform, type ProductRow } from "@tongshu/shared";

type PlatformPart = ProductRow["platforms"][number];

/** One platform's part of a product, as a segment of a stacked bar. */
export interface SplitSegment {
  platform: Platform;
  units: number;
  paidFen: number;
  /** Part of the bar (0..1): by paid amount, or by units when nothing was paid. */
  share: number;
}

/**
 * Segments in the fixed platform order (淘宝, 天猫, 京东, 拼多多), so colours line up from row to
 * row. Paid amount decides the widths; a product sold only at ¥0 falls back to units; a
 * product with neither gets no segments.
 */
export function platformSegments(platforms: readonly PlatformPart[]): SplitSegment[] {
  const paid = platforms.reduce((s, p) => s + Math.max(p.paidFen, 0), 0);
  const units = platforms.reduce((s, p) => s + Math.max(p.units, 0), 0);
  const weight = (p: PlatformPart) =>
    paid > 0 ? Math.max(p.paidFen, 0) / paid : units > 0 ? Math.max(p.units, 0) / units : 0;
  return [...platforms]
    .sort((a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform))
    .map((p) => ({ platform: p.platform, units: p.units, paidFen: p.paidFen, share: weight(p) }))
    .filter((s) => s.share > 0);
}

/** "淘宝 60% · 京东 40%": the split as text, for CSV cells, sorting and screen readers. */
export function splitText(
  segments: readonly SplitSegment[],
  label: (platform: Platform) => string,
): string {
  return segments.map((s) => `${label(s.platform)} ${Math.round(s.share * 100)}%`).join(" · ");
}

/** The platform with the largest part (the first in bar order on a tie), or null when none. */
export function leadingSegment(segments: readonly SplitSegment[]): SplitSegment | null {
  return segments.reduce<SplitSegment | null>(
    (best, s) => (best === null || s.share > best.share ? s : best),
    null,
  );
}
