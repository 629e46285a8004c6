import type { DateRange, OtherCost, OtherCostCategory, Platform } from "@tongshu/shared";

interface OtherCostRow {
  id: string;
  date: string;
  platform: Platform | null;
  shop_id: string | null;
  category: OtherCostCategory;
  amount_fen: number;
  note: string | null;
  created_at: number;
  created_by: string;
}

const COLUMNS = "id, date, platform, shop_id, category, amount_fen, note, created_at, created_by";

const toOtherCost = (r: OtherCostRow): OtherCost => ({
  id: r.id,
  date: r.date,
  platform: r.platform,
  shopId: r.shop_id,
  category: r.category,
  amountFen: r.amount_fen,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/**
 * Costs booked against no order, by Beijing day (oldest first), within `range` (inclusive) or
 * all when null. Rows without platform or shop cover the whole workspace: callers allocate
 * them and apply their own platform/shop filter.
 */
export async function listOtherCosts(
  db: D1Database,
  workspaceId: string,
  range: DateRange | null,
): Promise<OtherCost[]> {
  const rows = await db
    .prepare(
      `SELECT ${COLUMNS} FROM other_costs WHERE workspace_id = ?1
         AND (?2 IS NULL OR date BETWEEN ?2 AND ?3) ORDER BY date, created_at, id`,
    )
    .bind(workspaceId, range?.from ?? null, range?.to ?? null)
    .all<OtherCostRow>();
  return rows.results.map(toOtherCost);
}

export async function getOtherCost(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<OtherCost | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM other_costs WHERE workspace_id = ? AND id = ?`)
    .bind(workspaceId, id)
    .first<OtherCostRow>();
  return row ? toOtherCost(row) : null;
}

export function insertOtherCostStatement(
  db: D1Database,
  workspaceId: string,
  cost: OtherCost,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO other_costs (workspace_id, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      workspaceId,
      cost.id,
      cost.date,
      cost.platform,
      cost.shopId,
      cost.category,
      cost.amountFen,
      cost.note,
      cost.createdAt,
      cost.createdBy,
    );
}

export function deleteOtherCostStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
): D1PreparedStatement {
  return db
    .prepare("DELETE FROM other_costs WHERE workspace_id = ? AND id = ?")
    .bind(workspaceId, id);
}

/** Does the workspace have this shop? */
export async function shopExists(
  db: D1Database,
  workspaceId: string,
  platform: Platform,
  shopId: string,
): Promise<boolean> {
  const row = await db
    .prepare("SELECT 1 AS found FROM shops WHERE workspace_id = ? AND platform = ? AND shop_id = ?")
    .bind(workspaceId, platform, shopId)
    .first<{ found: number }>();
  return row !== null;
}
