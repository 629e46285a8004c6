import type { Product } from "@tongshu/shared";

interface ProductRow {
  product_id: string;
  name: string;
  outer_code: string | null;
  lead_time_days: number | null;
  safety_stock_days: number | null;
  created_at: number;
}

const COLUMNS = "product_id, name, outer_code, lead_time_days, safety_stock_days, created_at";

const toProduct = (r: ProductRow): Product => ({
  id: r.product_id,
  name: r.name,
  outerCode: r.outer_code,
  leadTimeDays: r.lead_time_days,
  safetyStockDays: r.safety_stock_days,
  createdAt: r.created_at,
});

/** Every product row of a workspace. */
export async function listProducts(db: D1Database, workspaceId: string): Promise<Product[]> {
  const rows = await listProductsStatement(db, workspaceId).all<ProductRow>();
  return rows.results.map(toProduct);
}

export function listProductsStatement(db: D1Database, workspaceId: string): D1PreparedStatement {
  return db
    .prepare(`SELECT ${COLUMNS} FROM products WHERE workspace_id = ? ORDER BY product_id`)
    .bind(workspaceId);
}

export function toProducts(rows: D1Result<unknown>): Product[] {
  return (rows.results as ProductRow[]).map(toProduct);
}

/** Product rows by id (those that exist). */
export async function getProducts(
  db: D1Database,
  workspaceId: string,
  ids: string[],
): Promise<Product[]> {
  const rows = await db
    .prepare(
      `SELECT ${COLUMNS} FROM products WHERE workspace_id = ?1
         AND product_id IN (SELECT value FROM json_each(?2)) ORDER BY product_id`,
    )
    .bind(workspaceId, JSON.stringify(ids))
    .all<ProductRow>();
  return rows.results.map(toProduct);
}

export async function getProduct(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<Product | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM products WHERE workspace_id = ? AND product_id = ?`)
    .bind(workspaceId, id)
    .first<ProductRow>();
  return row ? toProduct(row) : null;
}

export async function getProductByOuterCode(
  db: D1Database,
  workspaceId: string,
  outerCode: string,
): Promise<Product | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM products WHERE workspace_id = ? AND outer_code = ?`)
    .bind(workspaceId, outerCode)
    .first<ProductRow>();
  return row ? toProduct(row) : null;
}

export interface NewProduct {
  id: string;
  name: string;
  outerCode: string | null;
  leadTimeDays?: number | null | undefined;
  safetyStockDays?: number | null | undefined;
}

/**
 * Inserts a product. "ignore": a taken outer code changes nothing (check meta.changes);
 * "fail": it throws, rolling back the whole D1 batch (imports are all or nothing).
 */
export function insertProductStatement(
  db: D1Database,
  workspaceId: string,
  product: NewProduct,
  now: number,
  onConflict: "ignore" | "fail" = "ignore",
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO products (workspace_id, product_id, name, outer_code, lead_time_days,
         safety_stock_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ${onConflict === "ignore" ? "ON CONFLICT DO NOTHING" : ""}`,
    )
    .bind(
      workspaceId,
      product.id,
      product.name,
      product.outerCode,
      product.leadTimeDays ?? null,
      product.safetyStockDays ?? null,
      now,
    );
}

/** Which of these outer codes already belong to a product of the workspace. */
export async function takenOuterCodes(
  db: D1Database,
  workspaceId: string,
  codes: string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .prepare(
      `SELECT outer_code FROM products WHERE workspace_id = ?1
         AND outer_code IN (SELECT value FROM json_each(?2)) ORDER BY outer_code`,
    )
    .bind(workspaceId, JSON.stringify(codes))
    .all<{ outer_code: string }>();
  return rows.results.map((r) => r.outer_code);
}

export interface ProductPatch {
  name?: string | undefined;
  leadTimeDays?: number | null | undefined;
  safetyStockDays?: number | null | undefined;
}

/** Sets the given fields; undefined keeps a field, null resets a day setting to the default. */
export function updateProductStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  patch: ProductPatch,
): D1PreparedStatement {
  const has = (v: unknown) => (v === undefined ? 0 : 1);
  return db
    .prepare(
      `UPDATE products SET name = CASE WHEN ?1 = 1 THEN ?2 ELSE name END,
         lead_time_days = CASE WHEN ?3 = 1 THEN ?4 ELSE lead_time_days END,
         safety_stock_days = CASE WHEN ?5 = 1 THEN ?6 ELSE safety_stock_days END
       WHERE workspace_id = ?7 AND product_id = ?8`,
    )
    .bind(
      has(patch.name),
      patch.name ?? null,
      has(patch.leadTimeDays),
      patch.leadTimeDays ?? null,
      has(patch.safetyStockDays),
      patch.safetyStockDays ?? null,
      workspaceId,
      id,
    );
}

/** Removes a product with its manual links and costs (its SKUs fall back to their outer codes). */
export function deleteProductStatements(
  db: D1Database,
  workspaceId: string,
  id: string,
): D1PreparedStatement[] {
  return ["product_links", "product_costs", "products"].map((table) =>
    db
      .prepare(`DELETE FROM ${table} WHERE workspace_id = ? AND product_id = ?`)
      .bind(workspaceId, id),
  );
}
