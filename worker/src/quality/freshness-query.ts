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

export interface ShopRow {
  platform: string;
  shop_id: string;
  shop_name: string | null;
  last_captured_at: number;
  [first: `first_${string}`]: string | null;
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
export interface SkuRow {
  platform: string;
  shop_id: string;
  records: number;
  captured: number;
  received: number;
}

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops" | "range">;

/**
 * Each shop's first day with a record of the kind, ever (days before it are not gaps), as a
 * correlated min() that SQLite answers from an index ordered by the day (orders_day, the traffic
 * and ads keys, refunds_day, settlements_day), stopping at the shop's first entry: no scan of the
 * shop's records. Traffic prefers its first one-day row, as only those cover a day.
 */
function firstDateSql(kind: (typeof DATED_KINDS)[number]): string {
  const min = (extra: string) =>
    `(SELECT min(x.${kind.date}) FROM ${kind.table} x WHERE x.workspace_id = s.workspace_id
      AND x.platform = s.platform AND x.shop_id = s.shop_id${extra})`;
  return kind.kind === "traffic" ? `coalesce(${min(" AND x.days = 1")}, ${min("")})` : min("");
}

/**
 * The shops in the filter, with their newest capture of anything (kept by every ingest) and the
 * first day of each of `kinds` (column first_<kind>; null: never had one).
 */
export function shopsStatement(
  db: D1Database,
  filter: Filter,
  kinds: ReadonlyArray<(typeof DATED_KINDS)[number]>,
): D1PreparedStatement {
  const where = shopCondition(filter, "s");
  const firsts = kinds.map((k) => `, ${firstDateSql(k)} AS first_${k.kind}`).join("");
  return db
    .prepare(
      `SELECT s.platform, s.shop_id, s.shop_name, s.last_captured_at${firsts} FROM shops s
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
