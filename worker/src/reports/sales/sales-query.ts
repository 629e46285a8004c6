import type { DateRange, Platform, SalesParts } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";

/** Sales parts of one slice (a shop, a platform, a day …) from the shop-day rollup. */
export interface SalesRow extends SalesParts {
  platform: Platform;
  shopId: string;
  date: string;
}

export type SalesGrouping = "total" | "platform" | "shop" | "date" | "date-platform";

const GROUP_COLUMNS: Record<SalesGrouping, string[]> = {
  total: [],
  platform: ["platform"],
  shop: ["platform", "shop_id"],
  date: ["date"],
  "date-platform": ["date", "platform"],
};

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/** Sums of the shop-day rollup over a range, grouped as asked (additive parts only). */
export function salesStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  grouping: SalesGrouping,
): D1PreparedStatement {
  const where = shopCondition(filter, "r");
  const groups = GROUP_COLUMNS[grouping];
  const select = ["platform", "shop_id", "date"]
    .map((c) => (groups.includes(c) ? `r.${c}` : `'' AS ${c}`))
    .join(", ");
  return db
    .prepare(
      `SELECT ${select}, coalesce(sum(orders), 0) AS orders, coalesce(sum(units), 0) AS units,
         coalesce(sum(paid_fen), 0) AS paid_fen, coalesce(sum(refund_fen), 0) AS refund_fen,
         coalesce(sum(refund_orders), 0) AS refund_orders
       FROM rollup_shop_day r
       WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${where.sql}
       ${groups.length > 0 ? `GROUP BY ${groups.map((c) => `r.${c}`).join(", ")} ORDER BY ${groups.map((c) => `r.${c}`).join(", ")}` : ""}`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

interface RawSalesRow {
  platform: Platform;
  shop_id: string;
  date: string;
  orders: number;
  units: number;
  paid_fen: number;
  refund_fen: number;
  refund_orders: number;
}

export function toSalesRows(result: D1Result): SalesRow[] {
  return (result.results as unknown as RawSalesRow[]).map((r) => ({
    platform: r.platform,
    shopId: r.shop_id,
    date: r.date,
    orders: r.orders,
    units: r.units,
    paidFen: r.paid_fen,
    refundFen: r.refund_fen,
    refundOrders: r.refund_orders,
  }));
}

/**
 * Distinct paying buyers over a range, grouped as asked. Buyer keys are per platform (an HMAC of
 * platform + buyer id), so one person on two platforms counts twice: there is no identity to join.
 * Reads the partial index orders_paid_buyer only.
 */
export function buyersStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  grouping: SalesGrouping,
): D1PreparedStatement {
  const where = shopCondition(filter, "o");
  const groups = GROUP_COLUMNS[grouping].map((c) => (c === "date" ? "biz_date" : c));
  const select = [
    groups.includes("platform") ? "o.platform" : "'' AS platform",
    groups.includes("shop_id") ? "o.shop_id" : "'' AS shop_id",
    groups.includes("biz_date") ? "o.biz_date AS date" : "'' AS date",
  ].join(", ");
  return db
    .prepare(
      `SELECT ${select}, count(DISTINCT o.platform || ':' || o.buyer_key) AS buyers
       FROM orders o
       WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND o.paid_at IS NOT NULL
         AND o.buyer_key IS NOT NULL${where.sql}
       ${groups.length > 0 ? `GROUP BY ${groups.map((c) => `o.${c}`).join(", ")}` : ""}`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** Buyers by the group's key ("platform|shopId|date", empty parts for ungrouped columns). */
export function toBuyerCounts(result: D1Result): Map<string, number> {
  const rows = result.results as Array<{
    platform: string;
    shop_id: string;
    date: string;
    buyers: number;
  }>;
  return new Map(rows.map((r) => [`${r.platform}|${r.shop_id}|${r.date}`, r.buyers]));
}

export const groupKey = (row: { platform?: string; shopId?: string; date?: string }) =>
  `${row.platform ?? ""}|${row.shopId ?? ""}|${row.date ?? ""}`;

/**
 * Paid orders between two instants (for "today so far"): reads orders of the two business days
 * by payment time, since the rollup has no time of day.
 */
export function liveStatement(
  db: D1Database,
  filter: Filter,
  date: string,
  untilInstant: number,
): D1PreparedStatement {
  const where = shopCondition(filter, "o");
  return db
    .prepare(
      `SELECT count(*) AS orders, coalesce(sum(o.paid_fen), 0) AS paid_fen,
         coalesce(sum(o.refund_fen), 0) AS refund_fen, coalesce(sum(o.refund_fen > 0), 0) AS refund_orders,
         coalesce(sum((SELECT sum(l.quantity) FROM order_lines l WHERE l.workspace_id = o.workspace_id
           AND l.platform = o.platform AND l.shop_id = o.shop_id AND l.order_id = o.order_id)), 0) AS units,
         count(DISTINCT o.platform || ':' || o.buyer_key) AS buyers
       FROM orders o
       WHERE o.workspace_id = ? AND o.biz_date = ? AND o.paid_at IS NOT NULL AND o.paid_at <= ?${where.sql}`,
    )
    .bind(filter.workspaceId, date, untilInstant, ...where.params);
}
