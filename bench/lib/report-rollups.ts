import type Database from "better-sqlite3";

interface Captured {
  sql: string;
  params: unknown[];
}
type Capture = { prepare(sql: string): { bind(...params: unknown[]): Captured } };

// Loaded by a computed path: the root typecheck has no Workers types for that module's D1 types.
const ROLLUPS_MODULE = "../../worker/src/rollups/refresh-rollups.ts";

/** The SQL of the Worker's rollup refresh, captured from its own statement builder. */
async function refreshSql(workspaceId: string): Promise<Captured[]> {
  const { rollupRefreshStatements } = (await import(ROLLUPS_MODULE)) as {
    rollupRefreshStatements(db: Capture, workspaceId: string): Captured[];
  };
  const capture: Capture = { prepare: (sql) => ({ bind: (...params) => ({ sql, params }) }) };
  return rollupRefreshStatements(capture, workspaceId);
}

/**
 * Drops the triggers that mark rollup days dirty (a lookup per inserted row) for a bulk load;
 * returns their SQL for `buildRollups` to restore.
 */
export function dropRollupTriggers(db: Database.Database): string[] {
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_rollup_%'",
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return triggers.map((t) => t.sql);
}

/**
 * Restores the triggers, marks every loaded (shop, day) dirty and builds the rollups with the
 * Worker's own refresh SQL, in one transaction.
 */
export async function buildRollups(
  db: Database.Database,
  workspaceId: string,
  triggers: string[],
): Promise<void> {
  const refresh = await refreshSql(workspaceId);
  db.transaction(() => {
    for (const sql of triggers) db.exec(sql);
    db.prepare(
      `INSERT OR IGNORE INTO rollup_dirty
       SELECT DISTINCT workspace_id, platform, shop_id, biz_date FROM orders
       WHERE workspace_id = ?`,
    ).run(workspaceId);
    // better-sqlite3 binds numbered parameters by name: "?1" becomes "@p1".
    for (const { sql, params } of refresh)
      db.prepare(sql.replace(/\?(\d+)/g, "@p$1")).run(
        Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])),
      );
  })();
}
