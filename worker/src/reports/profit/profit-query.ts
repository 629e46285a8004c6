import type { DateRange, Platform } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";
import {
  outerCode,
  PRODUCT_NAME,
  productJoins,
  productKey,
  unitCostOn,
} from "../products/product-key.ts";

/**
 * The profit report's reads. Everything but the order page reads rollups (rollup_shop_day,
 * rollup_sku_day) and the small settings tables, so cost follows days × shops × SKUs, not orders.
 */
type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/** One shop-day of paid orders, with the captured fees of the orders that have settlements. */
export interface ShopDayRow {
  platform: Platform;
  shop_id: string;
  date: string;
  orders: number;
  paid_fen: number;
  refund_fen: number;
  settled_fee_fen: number;
  settled_net_fen: number;
}

export function shopDaysStatement(db: D1Database, filter: Filter, range: DateRange) {
  const where = shopCondition(filter, "r");
  return db
    .prepare(
      `SELECT r.platform, r.shop_id, r.date, r.orders, r.paid_fen, r.refund_fen,
         r.settled_fee_fen, r.settled_net_fen
       FROM rollup_shop_day r
       WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${where.sql}
       ORDER BY r.date, r.platform, r.shop_id`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** One SKU-day with its product and the unit cost in effect on that day (null: no cost). */
export interface SkuDayRow {
  platform: Platform;
  shop_id: string;
  date: string;
  item_id: string;
  sku_key: string;
  outer_sku_id: string | null;
  title: string;
  sku_text: string | null;
  units: number;
  refunded_units: number;
  paid_fen: number;
  refund_fen: number;
  product_key: string;
  product_name: string | null;
  outer_code: string | null;
  unit_cost: number | null;
}

/** SKU-days of a range with product key and dated unit cost, as SQL and bound values. */
function skuDaysSql(filter: Filter, range: DateRange): { sql: string; params: string[] } {
  const where = shopCondition(filter, "r");
  return {
    sql: `SELECT k.*, ${unitCostOn("k.workspace_id", "k.product_key", "k.date")} AS unit_cost
      FROM (
        SELECT r.workspace_id, r.platform, r.shop_id, r.date, r.item_id, r.sku_key, r.outer_sku_id,
          r.title, r.sku_text, r.units, r.refunded_units, r.paid_fen, r.refund_fen,
          ${productKey("r", "sku_key")} AS product_key, ${PRODUCT_NAME} AS product_name,
          ${outerCode("r", "sku_key")} AS outer_code
        FROM rollup_sku_day r ${productJoins("r", "sku_key")}
        WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${where.sql}
      ) k`,
    params: [filter.workspaceId, range.from, range.to, ...where.params],
  };
}

export function skuDaysStatement(db: D1Database, filter: Filter, range: DateRange) {
  const { sql, params } = skuDaysSql(filter, range);
  return db
    .prepare(`${sql} ORDER BY k.date, k.platform, k.shop_id, k.item_id, k.sku_key`)
    .bind(...params);
}

/** Cost of goods per shop-day, and the kept units with and without a cost. */
export interface CogsRow {
  platform: Platform;
  shop_id: string;
  date: string;
  cogs_fen: number;
  costed_units: number;
  uncosted_units: number;
  uncosted_revenue_fen: number;
}

export function cogsStatement(db: D1Database, filter: Filter, range: DateRange) {
  const { sql, params } = skuDaysSql(filter, range);
  // Kept units = sold − refunded, never below 0 (shared goodsCost, in SQL).
  const kept = "max(s.units - s.refunded_units, 0)";
  return db
    .prepare(
      `SELECT s.platform, s.shop_id, s.date,
         coalesce(sum(${kept} * s.unit_cost), 0) AS cogs_fen,
         sum(CASE WHEN s.unit_cost IS NOT NULL THEN ${kept} ELSE 0 END) AS costed_units,
         sum(CASE WHEN s.unit_cost IS NULL THEN ${kept} ELSE 0 END) AS uncosted_units,
         sum(CASE WHEN s.unit_cost IS NULL AND ${kept} > 0 THEN s.paid_fen - s.refund_fen ELSE 0 END)
           AS uncosted_revenue_fen
       FROM (${sql}) s
       GROUP BY s.platform, s.shop_id, s.date`,
    )
    .bind(...params);
}

/** Ad spend per shop-day and item (item_id null: an ad for the shop or several items). */
export interface AdRow {
  platform: Platform;
  shop_id: string;
  date: string;
  item_id: string | null;
  spend_fen: number;
}

export function adsStatement(db: D1Database, filter: Filter, range: DateRange) {
  const where = shopCondition(filter, "a");
  return db
    .prepare(
      `SELECT a.platform, a.shop_id, a.date, a.item_id, sum(a.spend_fen) AS spend_fen
       FROM ads a
       WHERE a.workspace_id = ? AND a.date BETWEEN ? AND ?${where.sql}
       GROUP BY a.platform, a.shop_id, a.date, a.item_id
       ORDER BY a.date, a.platform, a.shop_id, a.item_id`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** Other costs per day and scope: platform null = the workspace, shop_id null = the platform. */
export interface OtherCostRow {
  date: string;
  platform: Platform | null;
  shop_id: string | null;
  amount_fen: number;
}

/**
 * Other costs follow the filter through shopCondition: with no filter every row counts; a
 * platform filter keeps that platform's rows (shop and platform-wide) and drops workspace-wide
 * ones; a shop filter or member scope keeps only rows booked to those shops.
 */
export function otherCostsStatement(db: D1Database, filter: Filter, range: DateRange) {
  const where = shopCondition(filter, "c");
  return db
    .prepare(
      `SELECT c.date, c.platform, CASE WHEN c.platform IS NULL THEN NULL ELSE c.shop_id END AS shop_id,
         sum(c.amount_fen) AS amount_fen
       FROM other_costs c
       WHERE c.workspace_id = ? AND c.date BETWEEN ? AND ?${where.sql}
       GROUP BY 1, 2, 3
       ORDER BY 1, 2, 3`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** What the other-cost rule includes for a filter (said in the response meta). */
export function otherCostScope(filter: Filter) {
  return {
    platformCostsIncluded: filter.shops === null,
    workspaceCostsIncluded: filter.shops === null && filter.platforms === null,
  };
}
