/**
 * Recomputes the daily rollups of every (shop, day) the triggers marked dirty in a workspace,
 * then clears the marks. Append these statements to the D1 batch that wrote the orders: a batch
 * is one transaction, so readers never see orders and rollups disagree.
 */

const DIRTY = "SELECT platform, shop_id, date FROM rollup_dirty WHERE workspace_id = ?1";

const DIRTY_ORDERS = `rollup_dirty d JOIN orders o ON o.workspace_id = d.workspace_id
  AND o.biz_date = d.date AND o.platform = d.platform AND o.shop_id = d.shop_id`;

const SKU_DAY = `INSERT INTO rollup_sku_day (workspace_id, platform, shop_id, date, item_id, sku_key,
    outer_sku_id, title, sku_text, orders, units, refunded_units, paid_fen, refund_fen)
  SELECT o.workspace_id, o.platform, o.shop_id, o.biz_date, l.item_id, coalesce(l.sku_id, '0'),
    max(l.outer_sku_id), max(l.title), max(l.sku_text), count(DISTINCT o.order_id), sum(l.quantity),
    sum(CASE WHEN l.refund_status = 'refunded' THEN l.quantity ELSE 0 END), sum(l.paid_fen),
    sum(l.refund_fen)
  FROM ${DIRTY_ORDERS}
  JOIN order_lines l ON l.workspace_id = o.workspace_id AND l.platform = o.platform
    AND l.shop_id = o.shop_id AND l.order_id = o.order_id
  WHERE d.workspace_id = ?1 AND o.paid_at IS NOT NULL
  GROUP BY o.platform, o.shop_id, o.biz_date, l.item_id, coalesce(l.sku_id, '0')`;

// Fees: commission and service-fee settlement entries are negative amounts (money out).
const SHOP_DAY = `INSERT INTO rollup_shop_day (workspace_id, platform, shop_id, date, orders, units,
    goods_fen, discount_fen, shipping_fen, paid_fen, refund_fen, refund_orders, buyers,
    settled_fee_fen, settled_net_fen)
  SELECT workspace_id, platform, shop_id, biz_date, count(*), coalesce(sum(units), 0),
    sum(goods_fen), sum(discount_fen), sum(shipping_fen), sum(paid_fen), sum(refund_fen),
    sum(refund_fen > 0), count(DISTINCT buyer_key), coalesce(sum(fee), 0),
    coalesce(sum(CASE WHEN fee IS NOT NULL THEN paid_fen - refund_fen END), 0)
  FROM (
    SELECT o.*,
      (SELECT sum(l.quantity) FROM order_lines l WHERE l.workspace_id = o.workspace_id
        AND l.platform = o.platform AND l.shop_id = o.shop_id AND l.order_id = o.order_id) AS units,
      (SELECT -sum(s.amount_fen) FROM settlements s WHERE s.workspace_id = o.workspace_id
        AND s.platform = o.platform AND s.shop_id = o.shop_id AND s.order_id = o.order_id
        AND s.type IN ('commission', 'service_fee')) AS fee
    FROM ${DIRTY_ORDERS}
    WHERE d.workspace_id = ?1 AND o.paid_at IS NOT NULL
  )
  GROUP BY platform, shop_id, biz_date`;

/** The statements that bring a workspace's rollups up to date with its orders. */
export function rollupRefreshStatements(
  db: D1Database,
  workspaceId: string,
): D1PreparedStatement[] {
  return [
    `DELETE FROM rollup_sku_day WHERE workspace_id = ?1 AND (platform, shop_id, date) IN (${DIRTY})`,
    `DELETE FROM rollup_shop_day WHERE workspace_id = ?1 AND (platform, shop_id, date) IN (${DIRTY})`,
    SKU_DAY,
    SHOP_DAY,
    "DELETE FROM rollup_dirty WHERE workspace_id = ?1",
  ].map((sql) => db.prepare(sql).bind(workspaceId));
}

/** Runs the refresh on its own (after writes that did not append it to their batch). */
export async function refreshRollups(db: D1Database, workspaceId: string): Promise<void> {
  await db.batch(rollupRefreshStatements(db, workspaceId));
}

/** Marks every day of a workspace dirty and recomputes: repairs rollups after a schema change. */
export async function rebuildRollups(db: D1Database, workspaceId: string): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT OR IGNORE INTO rollup_dirty SELECT DISTINCT workspace_id, platform, shop_id, biz_date
         FROM orders WHERE workspace_id = ?1`,
      )
      .bind(workspaceId),
    db
      .prepare(
        `INSERT OR IGNORE INTO rollup_dirty SELECT workspace_id, platform, shop_id, date
         FROM rollup_shop_day WHERE workspace_id = ?1`,
      )
      .bind(workspaceId),
    ...rollupRefreshStatements(db, workspaceId),
  ]);
}

/**
 * Refreshes every workspace with dirty days (the cron runs this, so days marked by a migration
 * or by a write that did not refresh are repaired within 15 minutes). Returns the workspaces done.
 */
export async function repairDirtyRollups(db: D1Database, limit = 50): Promise<number> {
  const rows = await db
    .prepare("SELECT DISTINCT workspace_id FROM rollup_dirty LIMIT ?")
    .bind(limit)
    .all<{ workspace_id: string }>();
  for (const { workspace_id } of rows.results) await refreshRollups(db, workspace_id);
  return rows.results.length;
}
