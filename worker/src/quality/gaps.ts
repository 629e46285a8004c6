import { addDays, type DayGap, daysBetween } from "@tongshu/shared";

/** Gaps listed per shop and kind; the count of days without data stays exact beyond them. */
export const MAX_GAPS = 50;

/**
 * The days of a range a shop could have had records of a kind: from the later of the range's
 * start and the shop's first record ever (a shop added mid-range is not missing data from before
 * it existed), to the earlier of the range's end and today (future days cannot have data yet).
 * Null when no day qualifies.
 */
export function expectedSpan(
  range: { from: string; to: string },
  firstDate: string | null,
  today: string,
): { from: string; to: string } | null {
  if (firstDate === null) return null;
  const from = firstDate > range.from ? firstDate : range.from;
  const to = today < range.to ? today : range.to;
  return from <= to ? { from, to } : null;
}

/** Days in a span (0 for none). */
export const spanDays = (span: { from: string; to: string } | null): number =>
  span === null ? 0 : daysBetween(span.from, span.to) + 1;

/** Runs of consecutive days of `span` missing from `days`, oldest first, at most MAX_GAPS. */
export function findGaps(
  span: { from: string; to: string } | null,
  days: ReadonlySet<string>,
): DayGap[] {
  if (span === null) return [];
  const gaps: DayGap[] = [];
  let start: string | null = null;
  const length = spanDays(span);
  for (let i = 0; i <= length; i++) {
    const day = addDays(span.from, i);
    const missing = i < length && !days.has(day);
    if (missing && start === null) start = day;
    if (!missing && start !== null) {
      const to = addDays(day, -1);
      gaps.push({ from: start, to, days: daysBetween(start, to) + 1 });
      start = null;
      if (gaps.length === MAX_GAPS) break;
    }
  }
  return gaps;
}
