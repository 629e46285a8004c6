import type { Platform } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";
import { PRODUCT_NAME, productJoins, productKey } from "../products/product-key.ts";

/** What a SKU row says about its product (the same for every SKU of one product). */
export interface ProductInfo {
  productId: string;
  productName: string | null;
  productOuter: string | null;
  leadTimeDays: number | null;
  safetyStockDays: number | null;
}

export interface SkuRef {
  platform: Platform;
  shopId: string;
  itemId: string;
  skuId: string;
}

/** A captured listing: its latest stock (null = not shown) and status. */
export interface ListingRow extends SkuRef, ProductInfo {
  title: string;
  skuText: string | null;
  outerCode: string | null;
  stock: number | null;
  status: string;
}

/** A SKU's sales: units in the two windows, paid in the 30 days, first and last sale days. */
export interface SkuSalesRow extends SkuRef, ProductInfo {
  title: string;
  outerCode: string | null;
  units7: number;
  units30: number;
  paid30Fen: number;
  firstSaleDate: string;
  lastSaleDate: string;
}

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/** The product columns: a manual link's product row, else the outer-code product row. */
const productColumns = (alias: string, sku: "sku_id" | "sku_key") => `
  ${productKey(alias, sku)} AS product_id, ${PRODUCT_NAME} AS product_name,
  CASE WHEN pl.product_id IS NOT NULL THEN pk.outer_code ELSE po.outer_code END AS product_outer,
  CASE WHEN pl.product_id IS NOT NULL THEN pk.lead_time_days ELSE po.lead_time_days END AS lead_time_days,
  CASE WHEN pl.product_id IS NOT NULL THEN pk.safety_stock_days ELSE po.safety_stock_days END AS safety_stock_days`;

/** Every captured listing in the filter, with the product it belongs to. */
export function listingsStatement(db: D1Database, filter: Filter): D1PreparedStatement {
  const where = shopCondition(filter, "s");
  return db
    .prepare(
      `SELECT s.platform, s.shop_id, s.item_id, s.sku_id, s.title, s.sku_text,
         s.outer_sku_id AS outer_code, s.stock, s.status, ${productColumns("s", "sku_id")}
       FROM skus s ${productJoins("s", "sku_id")}
       WHERE s.workspace_id = ?${where.sql}`,
    )
    .bind(filter.workspaceId, ...where.params);
}

/**
 * Sales of every SKU that ever sold (up to `today`), summed per SKU first and only then joined
 * to products, so the product joins run once per SKU, not once per SKU-day.
 */
export function skuSalesWindowsStatement(
  db: D1Database,
  filter: Filter,
  windows: { days7: { from: string; to: string }; days30: { from: string; to: string } },
  today: string,
): D1PreparedStatement {
  const where = shopCondition(filter, "d");
  return db
    .prepare(
      `SELECT r.platform, r.shop_id, r.item_id, r.sku_key AS sku_id, r.title,
         r.outer_sku_id AS outer_code, r.units7, r.units30, r.paid30_fen, r.first_sale, r.last_sale,
         ${productColumns("r", "sku_key")}
       FROM (
         SELECT d.workspace_id, d.platform, d.shop_id, d.item_id, d.sku_key,
           max(d.outer_sku_id) AS outer_sku_id, max(d.title) AS title,
           coalesce(sum(CASE WHEN d.date BETWEEN ? AND ? THEN d.units END), 0) AS units7,
           coalesce(sum(CASE WHEN d.date BETWEEN ? AND ? THEN d.units END), 0) AS units30,
           coalesce(sum(CASE WHEN d.date BETWEEN ? AND ? THEN d.paid_fen END), 0) AS paid30_fen,
           min(d.date) AS first_sale, max(d.date) AS last_sale
         FROM rollup_sku_day d
         WHERE d.workspace_id = ? AND d.date <= ?${where.sql}
         GROUP BY d.platform, d.shop_id, d.item_id, d.sku_key
       ) r ${productJoins("r", "sku_key")}`,
    )
    .bind(
      windows.days7.from,
      windows.days7.to,
      windows.days30.from,
      windows.days30.to,
      windows.days30.from,
      windows.days30.to,
      filter.workspaceId,
      today,
      ...where.params,
    );
}

/** The workspace's report settings row, if one was saved. */
export function reportSettingsStatement(db: D1Database, workspaceId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT lead_time_days, safety_stock_days, slow_moving_days, overstock_days
       FROM report_settings WHERE workspace_id = ?`,
    )
    .bind(workspaceId);
}

const info = (r: Record<string, unknown>): ProductInfo => ({
  productId: r.product_id as string,
  productName: (r.product_name as string | null) ?? null,
  productOuter: (r.product_outer as string | null) ?? null,
  leadTimeDays: (r.lead_time_days as number | null) ?? null,
  safetyStockDays: (r.safety_stock_days as number | null) ?? null,
});
const ref = (r: Record<string, unknown>): SkuRef => ({
  platform: r.platform as Platform,
  shopId: r.shop_id as string,
  itemId: r.item_id as string,
  skuId: r.sku_id as string,
});
const code = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

export function toListings(result: D1Result): ListingRow[] {
  return (result.results as Array<Record<string, unknown>>).map((r) => ({
    ...ref(r),
    ...info(r),
    title: r.title as string,
    skuText: (r.sku_text as string | null) ?? null,
    outerCode: code(r.outer_code),
    stock: (r.stock as number | null) ?? null,
    status: r.status as string,
  }));
}

export function toSkuSalesRows(result: D1Result): SkuSalesRow[] {
  return (result.results as Array<Record<string, unknown>>).map((r) => ({
    ...ref(r),
    ...info(r),
    title: r.title as string,
    outerCode: code(r.outer_code),
    units7: r.units7 as number,
    units30: r.units30 as number,
    paid30Fen: r.paid30_fen as number,
    firstSaleDate: r.first_sale as string,
    lastSaleDate: r.last_sale as string,
  }));
}
