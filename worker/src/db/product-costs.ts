import type { CurrentCost, ProductCost } from "@tongshu/shared";

interface CostRow {
  product_id: string;
  effective_from: string;
  unit_cost_fen: number;
  packaging_fen: number;
  created_at: number;
  created_by: string;
}

const COLUMNS = "product_id, effective_from, unit_cost_fen, packaging_fen, created_at, created_by";

const toCost = (r: CostRow): ProductCost => ({
  productId: r.product_id,
  effectiveFrom: r.effective_from,
  unitCostFen: r.unit_cost_fen,
  packagingFen: r.packaging_fen,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Cost history, oldest first: of one product, or of every product (productId null). */
export async function listProductCosts(
  db: D1Database,
  workspaceId: string,
  productId: string | null,
): Promise<ProductCost[]> {
  const rows = await db
    .prepare(
      `SELECT ${COLUMNS} FROM product_costs WHERE workspace_id = ?1
         AND (?2 IS NULL OR product_id = ?2) ORDER BY product_id, effective_from`,
    )
    .bind(workspaceId, productId)
    .all<CostRow>();
  return rows.results.map(toCost);
}

export async function getProductCost(
  db: D1Database,
  workspaceId: string,
  productId: string,
  effectiveFrom: string,
): Promise<ProductCost | null> {
  const row = await db
    .prepare(
      `SELECT ${COLUMNS} FROM product_costs WHERE workspace_id = ? AND product_id = ?
         AND effective_from = ?`,
    )
    .bind(workspaceId, productId, effectiveFrom)
    .first<CostRow>();
  return row ? toCost(row) : null;
}

/** The cost row in effect on `date` for every product that has one (latest on or before it). */
export function currentCostsStatement(
  db: D1Database,
  workspaceId: string,
  date: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT c.product_id, c.effective_from, c.unit_cost_fen, c.packaging_fen FROM product_costs c
       WHERE c.workspace_id = ?1 AND c.effective_from = (SELECT max(c2.effective_from)
         FROM product_costs c2 WHERE c2.workspace_id = ?1 AND c2.product_id = c.product_id
           AND c2.effective_from <= ?2)`,
    )
    .bind(workspaceId, date);
}

export function toCurrentCosts(result: D1Result<unknown>): Map<string, CurrentCost> {
  const rows = result.results as CostRow[];
  return new Map(
    rows.map((r) => [
      r.product_id,
      {
        effectiveFrom: r.effective_from,
        unitCostFen: r.unit_cost_fen,
        packagingFen: r.packaging_fen,
      },
    ]),
  );
}

/** Sets the cost of a product from a date (replacing that date's row, if any). */
export function setProductCostStatement(
  db: D1Database,
  workspaceId: string,
  cost: Omit<ProductCost, "createdAt" | "createdBy">,
  actorId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO product_costs (workspace_id, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, product_id, effective_from) DO UPDATE SET
         unit_cost_fen = excluded.unit_cost_fen, packaging_fen = excluded.packaging_fen,
         created_at = excluded.created_at, created_by = excluded.created_by`,
    )
    .bind(
      workspaceId,
      cost.productId,
      cost.effectiveFrom,
      cost.unitCostFen,
      cost.packagingFen,
      now,
      actorId,
    );
}

export function deleteProductCostStatement(
  db: D1Database,
  workspaceId: string,
  productId: string,
  effectiveFrom: string,
): D1PreparedStatement {
  return db
    .prepare(
      "DELETE FROM product_costs WHERE workspace_id = ? AND product_id = ? AND effective_from = ?",
    )
    .bind(workspaceId, productId, effectiveFrom);
}
