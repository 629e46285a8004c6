import { BEIJING_OFFSET_MS, type Platform } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";
import { outerCode, PRODUCT_NAME, productJoins, productKey } from "../products/product-key.ts";

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/** One Beijing hour of one day and platform: paid orders and their amount. */
export interface HourRow {
  date: string;
  platform: Platform;
  hour: number;
  orders: number;
  paidFen: number;
}

/**
 * Paid orders by day, platform and Beijing hour of payment, for two days each up to its own
 * instant (today until now, yesterday until the same time of day). Reads only those two days'
 * orders through the orders_day / orders_paid_buyer index (workspace_id, biz_date …).
 */
export function hourlyStatement(
  db: D1Database,
  filter: Filter,
  days: { today: string; todayUntil: number; yesterday: string; yesterdayUntil: number },
): D1PreparedStatement {
  const where = shopCondition(filter, "o");
  return db
    .prepare(
      `SELECT o.biz_date AS date, o.platform,
         ((o.paid_at + ${BEIJING_OFFSET_MS}) / 3600000) % 24 AS hour,
         count(*) AS orders, coalesce(sum(o.paid_fen), 0) AS paid_fen
       FROM orders o
       WHERE o.workspace_id = ? AND o.biz_date IN (?, ?) AND o.paid_at IS NOT NULL
         AND o.paid_at <= CASE WHEN o.biz_date = ? THEN ? ELSE ? END${where.sql}
       GROUP BY o.biz_date, o.platform, hour`,
    )
    .bind(
      filter.workspaceId,
      days.today,
      days.yesterday,
      days.today,
      days.todayUntil,
      days.yesterdayUntil,
      ...where.params,
    );
}

export function toHourRows(result: D1Result): HourRow[] {
  const rows = result.results as Array<{
    date: string;
    platform: Platform;
    hour: number;
    orders: number;
    paid_fen: number;
  }>;
  return rows.map((r) => ({
    date: r.date,
    platform: r.platform,
    hour: r.hour,
    orders: r.orders,
    paidFen: r.paid_fen,
  }));
}

/** Platforms with a shop the filter admits (a wall shows their cards before any sale). */
export function shopPlatformsStatement(db: D1Database, filter: Filter): D1PreparedStatement {
  const where = shopCondition(filter, "s");
  return db
    .prepare(`SELECT DISTINCT s.platform FROM shops s WHERE s.workspace_id = ?${where.sql}`)
    .bind(filter.workspaceId, ...where.params);
}

const KEY = productKey("r", "sku_key");

/**
 * Today's order lines up to `until`, per product and SKU, in the products report's row shape
 * (the same product key, names and titles; costs are not read). Lines are keyed like the SKU
 * rollup (sku_key '0' for items without SKUs) so product links and listings join alike.
 * CROSS JOIN pins today's orders (orders_day index) as the outer loop: otherwise SQLite may walk
 * every order line of the workspace by order_lines_sku.
 */
export function todaySkuStatement(
  db: D1Database,
  filter: Filter,
  date: string,
  until: number,
): D1PreparedStatement {
  const where = shopCondition(filter, "o");
  return db
    .prepare(
      `SELECT d.product_id, max(d.product_name) AS product_name, max(d.product_outer) AS product_outer,
         d.platform, d.shop_id, d.item_id, d.sku_key, max(d.outer_code) AS outer_code,
         coalesce(max(d.listing_title), max(d.title)) AS title, sum(d.units) AS units,
         sum(d.paid_fen) AS paid_fen, sum(d.refund_fen) AS refund_fen,
         NULL AS cost_fen, 0 AS uncosted_days
       FROM (
         SELECT r.platform, r.shop_id, r.item_id, r.sku_key, r.title, r.units, r.paid_fen,
           r.refund_fen, ps.title AS listing_title, ${outerCode("r", "sku_key")} AS outer_code,
           ${KEY} AS product_id, ${PRODUCT_NAME} AS product_name,
           CASE WHEN pl.product_id IS NOT NULL THEN pk.outer_code ELSE po.outer_code END AS product_outer
         FROM (
           SELECT l.workspace_id, l.platform, l.shop_id, l.item_id, coalesce(l.sku_id, '0') AS sku_key,
             l.outer_sku_id, l.title, l.quantity AS units, l.paid_fen, l.refund_fen
           FROM orders o
           CROSS JOIN order_lines l ON l.workspace_id = o.workspace_id AND l.platform = o.platform
             AND l.shop_id = o.shop_id AND l.order_id = o.order_id
           WHERE o.workspace_id = ? AND o.biz_date = ? AND o.paid_at IS NOT NULL
             AND o.paid_at <= ?${where.sql}
         ) r ${productJoins("r", "sku_key")}
       ) d
       GROUP BY d.product_id, d.platform, d.shop_id, d.item_id, d.sku_key`,
    )
    .bind(filter.workspaceId, date, until, ...where.params);
}
