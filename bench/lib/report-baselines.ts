import { addDays, type DateRange } from "@tongshu/shared";
import {
  PRODUCT_NAME,
  productJoins,
  productKey,
  unitCostOn,
} from "../../worker/src/reports/products/product-key.ts";

import { overviewBaseline } from "./baseline-sales.ts";
import { type Query, type Question, SHOP_DAY, SKU_DAY, type Source } from "./baseline-sources.ts";

export type ReportName = "overview" | "products" | "inventory" | "profit";

const KEY = productKey("r", "sku_key");

/** 商品: per product sums with dated cost, ranked with the cumulative (ABC) share; platforms; 环比. */
function products(source: Source, q: Question): Query[] {
  const perProduct = (range: DateRange, extra: string, cost: boolean) => ({
    sql: `SELECT ${KEY} AS product_id${extra}, max(${PRODUCT_NAME}) AS name,
        sum(r.units) AS units, sum(r.refunded_units) AS refunded_units,
        sum(r.paid_fen) AS paid_fen, sum(r.refund_fen) AS refund_fen
        ${cost ? `, sum(r.units * ${unitCostOn("r.workspace_id", KEY, "r.date")}) AS cost_fen` : ""}
      FROM ${SKU_DAY[source]} r ${productJoins("r", "sku_key")}
      WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?
      GROUP BY 1${extra ? ", 2" : ""}`,
    params: [q.workspaceId, range.from, range.to],
  });
  const ranked = perProduct(q.range, "", true);
  return [
    {
      sql: `SELECT p.*, rank() OVER (ORDER BY p.paid_fen DESC) AS sales_rank,
          1.0 * sum(p.paid_fen) OVER (ORDER BY p.paid_fen DESC, p.product_id
            ROWS UNBOUNDED PRECEDING) / sum(p.paid_fen) OVER () AS cumulative_share
        FROM (${ranked.sql}) p ORDER BY p.paid_fen DESC, p.product_id`,
      params: ranked.params,
    },
    perProduct(q.range, ", r.platform", false),
    perProduct(q.previous, "", false),
  ];
}

/** 库存: stock per product and platform; 7/30-day units and last sale per product. */
function inventory(source: Source, q: Question): Query[] {
  const yesterday = addDays(q.today, -1);
  return [
    {
      sql: `SELECT ${productKey("r", "sku_id")} AS product_id, r.platform,
          sum(coalesce(r.stock, 0)) AS stock, count(*) AS skus
        FROM skus r ${productJoins("r", "sku_id")}
        WHERE r.workspace_id = ? GROUP BY 1, 2`,
      params: [q.workspaceId],
    },
    {
      // Summed per SKU first, so the product joins run once per SKU, not per SKU-day.
      sql: `SELECT ${KEY} AS product_id,
          max(coalesce(pk.lead_time_days, po.lead_time_days)) AS lead_time_days,
          sum(r.units7) AS units7, sum(r.units30) AS units30, max(r.last_sale) AS last_sale
        FROM (SELECT d.workspace_id, d.platform, d.shop_id, d.item_id, d.sku_key,
            max(d.outer_sku_id) AS outer_sku_id,
            coalesce(sum(CASE WHEN d.date BETWEEN ? AND ? THEN d.units END), 0) AS units7,
            coalesce(sum(CASE WHEN d.date BETWEEN ? AND ? THEN d.units END), 0) AS units30,
            max(d.date) AS last_sale
          FROM ${SKU_DAY[source]} d WHERE d.workspace_id = ? AND d.date <= ?
          GROUP BY d.platform, d.shop_id, d.item_id, d.sku_key) r ${productJoins("r", "sku_key")}
        GROUP BY 1`,
      params: [
        addDays(yesterday, -6),
        yesterday,
        addDays(yesterday, -29),
        yesterday,
        q.workspaceId,
        q.today,
      ],
    },
  ];
}

/**
 * 利润 by day × platform: revenue, refunds, fees (settled, else at the platform rate), shipping,
 * COGS at the dated cost, ads, other costs; and per SKU (product, revenue, kept units, COGS).
 */
function profit(source: Source, q: Question): Query[] {
  const params = [q.workspaceId, q.range.from, q.range.to];
  const kept = "max(r.units - r.refunded_units, 0)";
  return [
    {
      sql: `SELECT d.*, round((d.net_fen - d.settled_net_fen)
            * (coalesce(f.commission_bp, 0) + coalesce(f.service_fee_bp, 0)) / 10000.0)
            AS rate_fee_fen,
          d.orders * coalesce(f.shipping_fen_per_order, 0) AS shipping_fen
        FROM (SELECT r.workspace_id, r.date, r.platform, sum(r.orders) AS orders,
            sum(r.paid_fen) AS paid_fen, sum(r.refund_fen) AS refund_fen,
            sum(r.paid_fen - r.refund_fen) AS net_fen, sum(r.settled_fee_fen) AS settled_fee_fen,
            sum(r.settled_net_fen) AS settled_net_fen
          FROM ${SHOP_DAY[source]} r WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?
          GROUP BY r.date, r.platform) d
        LEFT JOIN platform_settings f ON f.workspace_id = d.workspace_id
          AND f.platform = d.platform`,
      params,
    },
    {
      sql: `SELECT r.date, r.platform,
          coalesce(sum(${kept} * ${unitCostOn("r.workspace_id", KEY, "r.date")}), 0) AS cogs_fen
        FROM ${SKU_DAY[source]} r ${productJoins("r", "sku_key")}
        WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ? GROUP BY r.date, r.platform`,
      params,
    },
    {
      sql: `SELECT ${KEY} AS product_id, r.platform, r.shop_id, r.item_id, r.sku_key,
          sum(r.paid_fen) AS paid_fen, sum(r.refund_fen) AS refund_fen, sum(${kept}) AS kept_units,
          coalesce(sum(${kept} * ${unitCostOn("r.workspace_id", KEY, "r.date")}), 0) AS cogs_fen
        FROM ${SKU_DAY[source]} r ${productJoins("r", "sku_key")}
        WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?
        GROUP BY 1, r.platform, r.shop_id, r.item_id, r.sku_key`,
      params,
    },
    {
      sql: `SELECT date, platform, sum(spend_fen) AS spend_fen FROM ads
        WHERE workspace_id = ? AND date BETWEEN ? AND ? GROUP BY date, platform`,
      params,
    },
    {
      sql: `SELECT date, platform, shop_id, sum(amount_fen) AS amount_fen FROM other_costs
        WHERE workspace_id = ? AND date BETWEEN ? AND ? GROUP BY date, platform, shop_id`,
      params,
    },
  ];
}

/**
 * Each report's headline figures as plain SQL: on the rollups, or computed from order lines.
 */
export const BASELINES: Record<ReportName, (source: Source, q: Question) => Query[]> = {
  overview: overviewBaseline,
  products,
  inventory,
  profit,
};
