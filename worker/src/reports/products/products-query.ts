import type { DateRange, Platform } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";
import { outerCode, PRODUCT_NAME, productJoins, productKey, unitCostOn } from "./product-key.ts";

/** One platform SKU's sales over a range, with the product it belongs to. */
export interface SkuSales {
  productId: string;
  /** The name set in settings (null: none). */
  productName: string | null;
  /** The product row's outer code (null for virtual and lone products). */
  productOuter: string | null;
  platform: Platform;
  shopId: string;
  itemId: string;
  skuKey: string;
  outerCode: string | null;
  title: string;
  units: number;
  paidFen: number;
  refundFen: number;
  /** Σ units × unit cost in force that day; null when some sold day has no cost, or not read. */
  costFen: number | null;
}

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

const KEY = productKey("r", "sku_key");

/**
 * Sales per product and SKU over a range from the SKU-day rollup. With `withCosts`, each day's
 * units are costed at the product's unit cost in force that day (effective dates), so editing a
 * cost later never rewrites a past range.
 */
export function skuSalesStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  withCosts: boolean,
): D1PreparedStatement {
  const where = shopCondition(filter, "r");
  const cost = withCosts ? unitCostOn("r.workspace_id", KEY, "r.date") : "NULL";
  return db
    .prepare(
      `SELECT d.product_id, max(d.product_name) AS product_name, max(d.product_outer) AS product_outer,
         d.platform, d.shop_id, d.item_id, d.sku_key, max(d.outer_code) AS outer_code,
         coalesce(max(d.listing_title), max(d.title)) AS title, sum(d.units) AS units,
         sum(d.paid_fen) AS paid_fen, sum(d.refund_fen) AS refund_fen,
         sum(d.units * d.unit_cost) AS cost_fen,
         sum(d.unit_cost IS NULL AND d.units > 0) AS uncosted_days
       FROM (
         SELECT r.platform, r.shop_id, r.item_id, r.sku_key, r.title, r.units, r.paid_fen,
           r.refund_fen, ps.title AS listing_title, ${outerCode("r", "sku_key")} AS outer_code,
           ${KEY} AS product_id, ${PRODUCT_NAME} AS product_name,
           CASE WHEN pl.product_id IS NOT NULL THEN pk.outer_code ELSE po.outer_code END AS product_outer,
           ${cost} AS unit_cost
         FROM rollup_sku_day r ${productJoins("r", "sku_key")}
         WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${where.sql}
       ) d
       GROUP BY d.product_id, d.platform, d.shop_id, d.item_id, d.sku_key`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

interface RawSkuSales {
  product_id: string;
  product_name: string | null;
  product_outer: string | null;
  platform: Platform;
  shop_id: string;
  item_id: string;
  sku_key: string;
  outer_code: string | null;
  title: string;
  units: number;
  paid_fen: number;
  refund_fen: number;
  cost_fen: number | null;
  uncosted_days: number;
}

export function toSkuSales(result: D1Result): SkuSales[] {
  return (result.results as unknown as RawSkuSales[]).map((r) => ({
    productId: r.product_id,
    productName: r.product_name,
    productOuter: r.product_outer,
    platform: r.platform,
    shopId: r.shop_id,
    itemId: r.item_id,
    skuKey: r.sku_key,
    outerCode: r.outer_code === "" ? null : r.outer_code,
    title: r.title,
    units: r.units,
    paidFen: r.paid_fen,
    refundFen: r.refund_fen,
    costFen: r.uncosted_days > 0 ? null : r.cost_fen,
  }));
}
