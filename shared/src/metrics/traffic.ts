import { type DateRange, listDates, rangeLength } from "../time.ts";
import { ratio } from "./compare.ts";

/** One stored traffic record of one shop (or one item): `days` days starting at `date`. */
export interface TrafficFigureRecord {
  date: string;
  days: number;
  visitors: number | null;
  pageViews: number | null;
  buyers: number | null;
  paidOrders: number | null;
  paidFen: number | null;
  cartBuyers: number | null;
}

/**
 * Where a span's figures come from:
 * - "platform-span": the platform's own record for exactly this span (its first day and length);
 * - "daily-sum": additive figures are sums (of daily records, or of several shops' figures) and
 *   distinct counts are unknown;
 * - "unknown": no record that answers any part of the span.
 */
export type TrafficSource = "platform-span" | "daily-sum" | "unknown";

/** Traffic of one shop or item over a span; null is unknown, never zero. */
export interface SpanFigures {
  source: TrafficSource;
  /** Distinct counts: only from a record covering exactly the span. */
  visitors: number | null;
  buyers: number | null;
  cartBuyers: number | null;
  /** Additive: the span record's figure, else the sum of the daily records that have one. */
  pageViews: number | null;
  paidOrders: number | null;
  paidFen: number | null;
  /** Buyers ÷ visitors of the same record (支付转化率). */
  conversionRate: number | null;
  /** Days of the span without a daily record (a span record does not fill them). */
  missingDates: string[];
}

function sumKnown(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0);
}

/**
 * The figures of one shop (or one item) over `range`, from that shop's records. Visitors, buyers
 * and cart buyers are distinct counts: a visitor on two days is one visitor of the two-day span,
 * so they are never added up — they come from the platform's record for exactly the span
 * (`date` = range start, `days` = range length; a one-day range is answered by its daily record)
 * or stay null. Page views, paid orders and paid amount add up and are summed over the daily
 * (`days` = 1) records of the span when the span record lacks them or is missing.
 */
export function spanFigures(
  records: readonly TrafficFigureRecord[],
  range: DateRange,
): SpanFigures {
  const length = rangeLength(range);
  const dates = listDates(range);
  const daily = records.filter((r) => r.days === 1 && r.date >= range.from && r.date <= range.to);
  const dailyDates = new Set(daily.map((r) => r.date));
  const missingDates = dates.filter((d) => !dailyDates.has(d));
  const span = records.find((r) => r.date === range.from && r.days === length);
  const sum = (pick: (r: TrafficFigureRecord) => number | null) => sumKnown(daily.map(pick));
  if (span) {
    return {
      source: "platform-span",
      visitors: span.visitors,
      buyers: span.buyers,
      cartBuyers: span.cartBuyers,
      pageViews: span.pageViews ?? sum((r) => r.pageViews),
      paidOrders: span.paidOrders ?? sum((r) => r.paidOrders),
      paidFen: span.paidFen ?? sum((r) => r.paidFen),
      conversionRate: ratio(span.buyers, span.visitors),
      missingDates,
    };
  }
  return {
    source: daily.length > 0 ? "daily-sum" : "unknown",
    visitors: null,
    buyers: null,
    cartBuyers: null,
    pageViews: sum((r) => r.pageViews),
    paidOrders: sum((r) => r.paidOrders),
    paidFen: sum((r) => r.paidFen),
    conversionRate: null,
    missingDates,
  };
}

/**
 * Several shops' (or items') figures of the same span as one total: additive figures summed
 * (null when none is known); distinct counts only when there is exactly one part, since a
 * visitor of two shops is one person counted twice.
 */
export function combineSpans(parts: readonly SpanFigures[], dates: readonly string[]): SpanFigures {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only) return only;
  const sum = (pick: (s: SpanFigures) => number | null) => sumKnown(parts.map(pick));
  const sources = new Set(parts.map((p) => p.source));
  return {
    source: sources.has("platform-span") || sources.has("daily-sum") ? "daily-sum" : "unknown",
    visitors: null,
    buyers: null,
    cartBuyers: null,
    pageViews: sum((p) => p.pageViews),
    paidOrders: sum((p) => p.paidOrders),
    paidFen: sum((p) => p.paidFen),
    conversionRate: null,
    // A day is missing for the total when any part lacks it.
    missingDates: dates.filter(
      (d) => parts.length === 0 || parts.some((p) => p.missingDates.includes(d)),
    ),
  };
}

/** The range's funnel: visitors → add-to-cart buyers → paying buyers, each step ÷ visitors. */
export interface TrafficFunnel {
  visitors: number;
  cartBuyers: number | null;
  buyers: number | null;
  cartRate: number | null;
  conversionRate: number | null;
}

/** A funnel only from figures the platform gave for exactly the span; null otherwise. */
export function trafficFunnel(figures: SpanFigures): TrafficFunnel | null {
  if (figures.source !== "platform-span" || figures.visitors === null) return null;
  return {
    visitors: figures.visitors,
    cartBuyers: figures.cartBuyers,
    buyers: figures.buyers,
    cartRate: ratio(figures.cartBuyers, figures.visitors),
    conversionRate: ratio(figures.buyers, figures.visitors),
  };
}
