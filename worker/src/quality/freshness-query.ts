import type { RecordKind } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../reports/filter.ts";

/**
 * Each dated kind's table and the column holding the Beijing day a record describes (as in
 * db/coverage.ts). A traffic day has data when it has a one-day row: 7- and 30-day rows are the
 * platform's figures for a span, not a day.
 */
export const DATED_KINDS = [
  { kind: "order", table: "orders", date: "biz_date", daily: "1" },
  { kind: "traffic", table: "traffic", date: "date", daily: "x.days = 1" },
  { kind: "ad", table: "ads", date: "date", daily: "1" },
  { kind: "refund", table: "refunds", date: "biz_date", daily: "1" },
  { kind: "settlement", table: "settlements", date: "biz_date", daily: "1" },
] as const satisfies ReadonlyArray<{
  kind: RecordKind;
  table: string;
  date: string;
  daily: string;
}>;
export type DatedKind = (typeof DATED_KINDS)[number]["kind"];

export interface ShopRow {
  platform: string;
  shop_id: string;
  shop_name: string | null;
  last_captured_at: number;
}
/** One shop-day of a dated kind in the range. */
export interface DayRow {
  platform: string;
  shop_id: string;
  date: string;
  records: number;
  /** Records that make the day count as covered (traffic: one-day rows). */
  daily: number;
  captured: number;
  received: number;
}
export interface FirstRow {
  platform: string;
  shop_id: string;
  first_date: string;
}
export interface SkuRow {
  platform: string;
  shop_id: string;
  records: number;
  captured: number;
  received: number;
}

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops" | "range">;

/** The shops in the filter, with their newest capture of anything (kept by every ingest). */
export function shopsStatement(db: D1Database, filter: Filter): D1PreparedStatement {
  const where = shopCondition(filter, "s");
  return db
    .prepare(
      `SELECT s.platform, s.shop_id, s.shop_name, s.last_captured_at FROM shops s
       WHERE s.workspace_id = ?${where.sql} ORDER BY s.platform, s.shop_id`,
    )
    .bind(filter.workspaceId, ...where.params);
}

/** The workspace's sync_stopped rule row (none: the defaults). */
export function syncRuleStatement(db: D1Database, workspaceId: string): D1PreparedStatement {
  return db
    .prepare("SELECT enabled, params FROM alert_rules WHERE workspace_id = ? AND rule = ?")
    .bind(workspaceId, "sync_stopped");
}

/**
 * Per shop and day of the range: records, whether the day counts as covered, newest capture and
 * arrival. Uses the kind's day index (orders_day, traffic_day, ads_day, refunds_day,
 * settlements_day); its rows number shops × days, whatever the record count.
 */
export function dayRowsStatement(
  db: D1Database,
  filter: Filter,
  kind: (typeof DATED_KINDS)[number],
): D1PreparedStatement {
  const where = shopCondition(filter, "x");
  return db
    .prepare(
      `SELECT x.platform, x.shop_id, x.${kind.date} AS date, count(*) AS records,
         sum(${kind.daily}) AS daily, max(x.captured_at) AS captured, max(x.received_at) AS received
       FROM ${kind.table} x
       WHERE x.workspace_id = ? AND x.${kind.date} BETWEEN ? AND ?${where.sql}
       GROUP BY x.platform, x.shop_id, x.${kind.date}`,
    )
    .bind(filter.workspaceId, filter.range.from, filter.range.to, ...where.params);
}

/**
 * Each shop's first day with a record of the kind, ever: days before it are not gaps. Orders,
 * traffic and ads read a covering index (orders_day, the traffic and ads keys). Traffic prefers
 * its first one-day row, as only those cover a day.
 */
export function firstDatesStatement(
  db: D1Database,
  filter: Filter,
  kind: (typeof DATED_KINDS)[number],
): D1PreparedStatement {
  const where = shopCondition(filter, "x");
  const first =
    kind.kind === "traffic"
      ? "coalesce(min(CASE WHEN x.days = 1 THEN x.date END), min(x.date))"
      : `min(x.${kind.date})`;
  return db
    .prepare(
      `SELECT x.platform, x.shop_id, ${first} AS first_date FROM ${kind.table} x
       WHERE x.workspace_id = ?${where.sql} GROUP BY x.platform, x.shop_id`,
    )
    .bind(filter.workspaceId, ...where.params);
}

/** SKUs are undated: every listing of the shop counts. */
export function skuRowsStatement(db: D1Database, filter: Filter): D1PreparedStatement {
  const where = shopCondition(filter, "x");
  return db
    .prepare(
      `SELECT x.platform, x.shop_id, count(*) AS records, max(x.captured_at) AS captured,
         max(x.received_at) AS received
       FROM skus x WHERE x.workspace_id = ?${where.sql} GROUP BY x.platform, x.shop_id`,
    )
    .bind(filter.workspaceId, ...where.params);
}
