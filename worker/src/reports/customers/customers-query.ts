import { type DateRange, RFM_THRESHOLDS } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";

/**
 * Customer statements. Everything is grouped in SQL: buyer keys are read inside D1 and only
 * counts per platform (and score, day, gap) come back, so no key ever reaches a response.
 * Buyer history lookups probe orders_buyer (workspace, platform, buyer_key) per buyer; scans of a
 * span read orders_paid_buyer. Every lookup applies the filter's shops, so a member limited to
 * some shops sees nothing learned from the others.
 */
type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

const PAID_WITH_KEY = "o.paid_at IS NOT NULL AND o.buyer_key IS NOT NULL";

/** New buyers (no paid order before the range in these shops) vs returning, per platform. */
export function newReturningStatement(db: D1Database, filter: Filter, range: DateRange) {
  const o = shopCondition(filter, "o");
  const p = shopCondition(filter, "p");
  return db
    .prepare(
      `SELECT o.platform, NOT EXISTS (SELECT 1 FROM orders p WHERE p.workspace_id = o.workspace_id
           AND p.platform = o.platform AND p.buyer_key = o.buyer_key AND p.paid_at IS NOT NULL
           AND p.biz_date < ?${p.sql}) AS is_new,
         count(DISTINCT o.buyer_key) AS buyers, count(*) AS orders, coalesce(sum(o.paid_fen), 0) AS paid_fen
       FROM orders o
       WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND ${PAID_WITH_KEY}${o.sql}
       GROUP BY o.platform, is_new`,
    )
    .bind(range.from, ...p.params, filter.workspaceId, range.from, range.to, ...o.params);
}

/** Paid orders without a buyer key, per platform: orders, never buyers. */
export function unknownBuyerStatement(db: D1Database, filter: Filter, range: DateRange) {
  const o = shopCondition(filter, "o");
  return db
    .prepare(
      `SELECT o.platform, count(*) AS orders, coalesce(sum(o.paid_fen), 0) AS paid_fen
       FROM orders o
       WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND o.paid_at IS NOT NULL
         AND o.buyer_key IS NULL${o.sql}
       GROUP BY o.platform`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...o.params);
}

/**
 * Buyers of the range by platform, day of their first paid order in it, and days until their
 * next paid order (paid later, on or before first day + `maxWindow`; null when none).
 */
export function repurchaseStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  maxWindow: number,
) {
  const o = shopCondition(filter, "o");
  const p = shopCondition(filter, "p");
  return db
    .prepare(
      `WITH firsts AS (
         SELECT o.platform, o.buyer_key, min(o.paid_at) AS first_at, min(o.biz_date) AS first_date
         FROM orders o
         WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND ${PAID_WITH_KEY}${o.sql}
         GROUP BY o.platform, o.buyer_key)
       SELECT f.platform, f.first_date,
         CAST(julianday((SELECT min(p.biz_date) FROM orders p WHERE p.workspace_id = ?
           AND p.platform = f.platform AND p.buyer_key = f.buyer_key AND p.paid_at IS NOT NULL
           AND p.paid_at > f.first_at AND p.biz_date <= date(f.first_date, ?)${p.sql}))
           - julianday(f.first_date) AS INTEGER) AS gap_days,
         count(*) AS buyers
       FROM firsts f
       GROUP BY f.platform, f.first_date, gap_days`,
    )
    .bind(
      filter.workspaceId,
      range.from,
      range.to,
      ...o.params,
      filter.workspaceId,
      `+${maxWindow} days`,
      ...p.params,
    );
}

/** A CASE giving 5 for expr ≤ bounds[0], 4 for ≤ bounds[1] … and 1 above the last bound. */
function scoreAtMost(expr: string, bounds: readonly number[]): string {
  const whens = bounds.map((b, i) => `WHEN ${expr} <= ${Math.trunc(b)} THEN ${5 - i}`);
  return `CASE ${whens.join(" ")} ELSE 1 END`;
}

/** A CASE giving 1 below bounds[0], 2 from bounds[0] … 5 from the last bound. */
function scoreAtLeast(expr: string, bounds: readonly number[]): string {
  const whens = bounds.map((b, i) => `WHEN ${expr} >= ${Math.trunc(b)} THEN ${i + 2}`).reverse();
  return `CASE ${whens.join(" ")} ELSE 1 END`;
}

/**
 * Buyers per platform and R, F, M score (RFM_THRESHOLDS, the same bounds as rfmScore) as of
 * `window.to`, over the paid orders of `window`, with their orders and paid amount.
 */
export function rfmStatement(db: D1Database, filter: Filter, window: DateRange) {
  const o = shopCondition(filter, "o");
  const t = RFM_THRESHOLDS;
  return db
    .prepare(
      `SELECT platform, r, f, m, count(*) AS buyers, sum(n) AS orders, sum(fen) AS paid_fen FROM (
         SELECT platform, ${scoreAtMost("days", t.recencyDays)} AS r,
           ${scoreAtLeast("n", t.frequencyOrders)} AS f, ${scoreAtLeast("fen", t.monetaryFen)} AS m,
           n, fen
         FROM (
           SELECT o.platform, CAST(julianday(?) - julianday(max(o.biz_date)) AS INTEGER) AS days,
             count(*) AS n, sum(o.paid_fen) AS fen
           FROM orders o
           WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND ${PAID_WITH_KEY}${o.sql}
           GROUP BY o.platform, o.buyer_key))
       GROUP BY platform, r, f, m`,
    )
    .bind(window.to, filter.workspaceId, window.from, window.to, ...o.params);
}
