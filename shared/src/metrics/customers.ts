import { daysBetween } from "../time.ts";
import { ratio } from "./compare.ts";

/**
 * Customer metrics work on `buyerKey` within one platform (an HMAC of platform + buyer id, so
 * one person on two platforms is two buyers: there is no identity to join). Orders without a
 * buyer key are "unknown buyer" orders, never buyers.
 */

/** How many days RFM looks back from the range end for frequency and monetary value. */
export const RFM_LOOKBACK_DAYS = 365;

/**
 * Fixed RFM thresholds for Chinese e-commerce shops, where most buyers order once a year:
 * - R, days since the last paid order as of the range end: ≤ 30 → 5, ≤ 60 → 4, ≤ 90 → 3,
 *   ≤ 180 → 2, more → 1;
 * - F, paid orders in the lookback: 1 → 1, 2 → 2, 3 → 3, 4 → 4, 5 or more → 5;
 * - M, paid amount in the lookback: < ¥100 → 1, < ¥300 → 2, < ¥800 → 3, < ¥2,000 → 4, more → 5.
 */
export const RFM_THRESHOLDS = {
  /** Upper bounds (inclusive) for scores 5, 4, 3, 2. */
  recencyDays: [30, 60, 90, 180],
  /** Lower bounds (inclusive) for scores 2, 3, 4, 5. */
  frequencyOrders: [2, 3, 4, 5],
  /** Lower bounds (inclusive, fen) for scores 2, 3, 4, 5. */
  monetaryFen: [10_000, 30_000, 80_000, 200_000],
} as const;

/** A score at or above the mid score counts as "high" when mapping to the 8 segments. */
export const RFM_MID_SCORE = 3;

export type RfmScoreValue = 1 | 2 | 3 | 4 | 5;
export interface RfmScore {
  r: RfmScoreValue;
  f: RfmScoreValue;
  m: RfmScoreValue;
}

function atLeast(value: number, bounds: readonly number[]): RfmScoreValue {
  return (1 + bounds.filter((b) => value >= b).length) as RfmScoreValue;
}

/** R, F and M scores (1–5) of a buyer under RFM_THRESHOLDS. */
export function rfmScore(buyer: {
  recencyDays: number;
  orders: number;
  paidFen: number;
}): RfmScore {
  return {
    r: (5 -
      RFM_THRESHOLDS.recencyDays.filter((b) => buyer.recencyDays > b).length) as RfmScoreValue,
    f: atLeast(buyer.orders, RFM_THRESHOLDS.frequencyOrders),
    m: atLeast(buyer.paidFen, RFM_THRESHOLDS.monetaryFen),
  };
}

/** The 8 classic segments, by R, F, M high (↑) or low (↓) against the mid score. */
export const RFM_SEGMENTS = [
  { id: "important-value", zh: "重要价值客户", en: "Important value", r: true, f: true, m: true },
  {
    id: "important-develop",
    zh: "重要发展客户",
    en: "Important to develop",
    r: true,
    f: false,
    m: true,
  },
  { id: "important-keep", zh: "重要保持客户", en: "Important to keep", r: false, f: true, m: true },
  {
    id: "important-retain",
    zh: "重要挽留客户",
    en: "Important to win back",
    r: false,
    f: false,
    m: true,
  },
  { id: "general-value", zh: "一般价值客户", en: "General value", r: true, f: true, m: false },
  {
    id: "general-develop",
    zh: "一般发展客户",
    en: "General to develop",
    r: true,
    f: false,
    m: false,
  },
  { id: "general-keep", zh: "一般保持客户", en: "General to keep", r: false, f: true, m: false },
  {
    id: "general-retain",
    zh: "一般挽留客户",
    en: "General to win back",
    r: false,
    f: false,
    m: false,
  },
] as const;
export type RfmSegmentId = (typeof RFM_SEGMENTS)[number]["id"];

/** The segment of a score: each of R, F, M is high when ≥ RFM_MID_SCORE. */
export function rfmSegment(score: RfmScore): RfmSegmentId {
  const high = (s: number) => s >= RFM_MID_SCORE;
  const found = RFM_SEGMENTS.find(
    (s) => s.r === high(score.r) && s.f === high(score.f) && s.m === high(score.m),
  );
  // The 8 segments cover every high/low combination.
  return (found ?? RFM_SEGMENTS[7]).id;
}

/** Buyers sharing one R, F, M score, with their lookback orders and paid amount. */
export interface RfmCell extends RfmScore {
  buyers: number;
  orders: number;
  paidFen: number;
}

export interface RfmSummary {
  buyers: number;
  segments: Array<{
    segment: RfmSegmentId;
    buyers: number;
    orders: number;
    paidFen: number;
    /** Share of the buyers; null with no buyers. */
    share: number | null;
  }>;
  /** Buyers per R × F cell, all 25 cells, R from 5 down, then F from 1 up. */
  grid: Array<{ r: RfmScoreValue; f: RfmScoreValue; buyers: number }>;
}

/** Adds up score cells into the 8 segments (every one listed) and the R × F grid. */
export function summarizeRfm(cells: readonly RfmCell[]): RfmSummary {
  const buyers = cells.reduce((s, c) => s + c.buyers, 0);
  const segments = RFM_SEGMENTS.map((seg) => {
    const mine = cells.filter((c) => rfmSegment(c) === seg.id);
    const b = mine.reduce((s, c) => s + c.buyers, 0);
    return {
      segment: seg.id,
      buyers: b,
      orders: mine.reduce((s, c) => s + c.orders, 0),
      paidFen: mine.reduce((s, c) => s + c.paidFen, 0),
      share: ratio(b, buyers),
    };
  });
  const scores = [5, 4, 3, 2, 1] as const;
  const grid = scores.flatMap((r) =>
    [...scores].reverse().map((f) => ({
      r,
      f,
      buyers: cells.filter((c) => c.r === r && c.f === f).reduce((s, c) => s + c.buyers, 0),
    })),
  );
  return { buyers, segments, grid };
}

/**
 * Buyers grouped by the day of their first paid order in the range and the days until their
 * next paid order after it (null: none yet, or none within the longest window looked at).
 */
export interface RepurchaseCohortRow {
  firstDate: string;
  gapDays: number | null;
  buyers: number;
}

export interface RepurchaseRate {
  windowDays: number;
  /** Buyers whose whole window lies before today. */
  eligible: number;
  /** Of those, buyers who paid again within the window. */
  repurchased: number;
  /** repurchased ÷ eligible; null with no eligible buyer. */
  rate: number | null;
  /** Buyers whose window has not ended yet: left out rather than counted as not returning. */
  pending: number;
}

/**
 * Repurchase rate in `windowDays`: of the buyers with a paid order in the range, the share who
 * paid again (another order paid later) within `windowDays` days after their first order in the
 * range, looking beyond the range up to today. Only buyers whose window has fully passed
 * (first day + window < today) count, so a recent range is not understated.
 */
export function repurchaseRate(
  rows: readonly RepurchaseCohortRow[],
  windowDays: number,
  today: string,
): RepurchaseRate {
  let eligible = 0;
  let repurchased = 0;
  let pending = 0;
  for (const row of rows) {
    if (daysBetween(row.firstDate, today) <= windowDays) {
      pending += row.buyers;
      continue;
    }
    eligible += row.buyers;
    if (row.gapDays !== null && row.gapDays <= windowDays) repurchased += row.buyers;
  }
  return { windowDays, eligible, repurchased, rate: ratio(repurchased, eligible), pending };
}
