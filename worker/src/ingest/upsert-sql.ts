import type { SqlValue } from "./record-tables.ts";

/** D1 binds at most 100 parameters per statement. */
export const MAX_BOUND_PARAMETERS = 100;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function placeholders(columns: number, rows: number): string {
  const row = `(${Array(columns).fill("?").join(", ")})`;
  return Array(rows).fill(row).join(", ");
}

/** Rows per statement so that rows × columns (+ extra) stays within D1's parameter limit. */
export function rowsPerStatement(columns: number, extra = 0): number {
  return Math.max(1, Math.floor((MAX_BOUND_PARAMETERS - extra) / columns));
}

/**
 * Multi-row upserts that apply the design's rule in SQL: a row replaces the stored one only when
 * captured later, or at the same instant with a greater content hash (so order never matters).
 * `RETURNING` lists the rows actually written (D1's change count also counts trigger writes).
 * Columns in `keepStored` keep their stored value when the newer version has NULL there.
 */
export function versionedUpserts(
  db: D1Database,
  table: string,
  key: readonly string[],
  columns: readonly string[],
  rows: SqlValue[][],
  keepStored: readonly string[] = [],
): D1PreparedStatement[] {
  const updates = columns
    .filter((c) => !key.includes(c))
    .map((c) =>
      keepStored.includes(c)
        ? `${c} = coalesce(excluded.${c}, ${table}.${c})`
        : `${c} = excluded.${c}`,
    );
  const newer = `excluded.captured_at > ${table}.captured_at OR (excluded.captured_at = ${table}.captured_at AND excluded.record_hash > ${table}.record_hash)`;
  return chunk(rows, rowsPerStatement(columns.length)).map((part) =>
    db
      .prepare(
        `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${placeholders(columns.length, part.length)}
         ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${updates.join(", ")} WHERE ${newer}
         RETURNING 1 AS written`,
      )
      .bind(...part.flat()),
  );
}

/** Shop rows: created on first sight, name refreshed when known, last capture kept at the max. */
export function shopUpserts(db: D1Database, rows: SqlValue[][]): D1PreparedStatement[] {
  const columns = [
    "workspace_id",
    "platform",
    "shop_id",
    "shop_name",
    "first_seen_at",
    "last_captured_at",
  ];
  return chunk(rows, rowsPerStatement(columns.length)).map((part) =>
    db
      .prepare(
        `INSERT INTO shops (${columns.join(", ")}) VALUES ${placeholders(columns.length, part.length)}
         ON CONFLICT (workspace_id, platform, shop_id) DO UPDATE SET
           shop_name = coalesce(excluded.shop_name, shops.shop_name),
           first_seen_at = min(shops.first_seen_at, excluded.first_seen_at),
           last_captured_at = max(shops.last_captured_at, excluded.last_captured_at)`,
      )
      .bind(...part.flat()),
  );
}

/**
 * Order lines follow their order: the lines of every order this call wrote (marked with its
 * write token) are replaced; orders it left alone keep theirs.
 */
export function orderLineReplacements(
  db: D1Database,
  columns: readonly string[],
  rows: SqlValue[][],
  writeToken: string,
): D1PreparedStatement[] {
  const deleteChanged = db
    .prepare(
      `DELETE FROM order_lines WHERE (workspace_id, platform, shop_id, order_id) IN
         (SELECT workspace_id, platform, shop_id, order_id FROM orders WHERE write_token = ?)`,
    )
    .bind(writeToken);
  const selected = columns.map((_, i) => `column${i + 1}`).join(", ");
  const inserts = chunk(rows, rowsPerStatement(columns.length, 1)).map((part) =>
    db
      .prepare(
        `INSERT INTO order_lines (${columns.join(", ")})
         SELECT ${selected} FROM (VALUES ${placeholders(columns.length, part.length)})
         WHERE EXISTS (SELECT 1 FROM orders o WHERE o.workspace_id = column1 AND o.platform = column2
           AND o.shop_id = column3 AND o.order_id = column4 AND o.write_token = ?)`,
      )
      .bind(...part.flat(), writeToken),
  );
  return [deleteChanged, ...inserts];
}
