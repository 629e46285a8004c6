import type { ImportLogEntry, StartImportRequest } from "@tongshu/shared";

interface ImportRow {
  id: string;
  file_name: string;
  format: ImportLogEntry["format"];
  platform: ImportLogEntry["platform"];
  shop_id: string;
  shop_name: string | null;
  rows: number;
  records: number;
  skipped_rows: number;
  batches: number;
  accepted: number;
  written: number;
  rejected: number;
  duplicate_batches: number;
  status: ImportLogEntry["status"];
  created_at: number;
  finished_at: number | null;
  created_by_name: string | null;
}

/** Totals one received batch adds to its import (a RecordBatchResult, counted). */
export interface BatchTotals {
  accepted: number;
  written: number;
  rejected: number;
  duplicate: boolean;
}

function toEntry(r: ImportRow): ImportLogEntry {
  return {
    id: r.id,
    fileName: r.file_name,
    format: r.format,
    platform: r.platform,
    shopId: r.shop_id,
    shopName: r.shop_name,
    rows: r.rows,
    records: r.records,
    skippedRows: r.skipped_rows,
    batches: r.batches,
    accepted: r.accepted,
    written: r.written,
    rejected: r.rejected,
    duplicateBatches: r.duplicate_batches,
    status: r.status,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    createdBy: r.created_by_name,
  };
}

// Who started it, shown as members are shown elsewhere: by name, else email.
const SELECT = `SELECT i.*, coalesce(nullif(m.name, ''), m.email) AS created_by_name
  FROM imports i
  LEFT JOIN members m ON m.workspace_id = i.workspace_id AND m.id = i.created_by`;

/** The statement that opens an import (status running); batch it with its audit row. */
export function insertImportStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  input: StartImportRequest,
  createdBy: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO imports (workspace_id, id, file_name, file_sha256, format, platform, shop_id,
         shop_name, rows, records, skipped_rows, status, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)`,
    )
    .bind(
      workspaceId,
      id,
      input.fileName,
      input.fileSha256,
      input.format,
      input.platform,
      input.shopId,
      input.shopName,
      input.rows,
      input.records,
      input.skippedRows,
      createdBy,
      now,
    );
}

export async function getImport(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<ImportLogEntry | null> {
  const row = await db
    .prepare(`${SELECT} WHERE i.workspace_id = ? AND i.id = ?`)
    .bind(workspaceId, id)
    .first<ImportRow>();
  return row ? toEntry(row) : null;
}

/**
 * The latest imports, newest first; with a shop scope ("platform:shopId" list), only imports
 * into those shops.
 */
export async function listImports(
  db: D1Database,
  workspaceId: string,
  shopScope: string[] | null,
  limit: number,
): Promise<ImportLogEntry[]> {
  const scope = shopScope === null ? null : JSON.stringify(shopScope);
  const rows = await db
    .prepare(
      `${SELECT} WHERE i.workspace_id = ?1
         AND (?2 IS NULL OR i.platform || ':' || i.shop_id IN (SELECT value FROM json_each(?2)))
       ORDER BY i.created_at DESC, i.id DESC LIMIT ?3`,
    )
    .bind(workspaceId, scope, limit)
    .all<ImportRow>();
  return rows.results.map(toEntry);
}

/**
 * Adds one batch's counts. Not guarded by status: the records of a batch that raced a finish
 * have landed, so the log counts them.
 */
export async function addBatchTotals(
  db: D1Database,
  workspaceId: string,
  id: string,
  totals: BatchTotals,
): Promise<void> {
  await db
    .prepare(
      `UPDATE imports SET batches = batches + 1, accepted = accepted + ?, written = written + ?,
         rejected = rejected + ?, duplicate_batches = duplicate_batches + ?
       WHERE workspace_id = ? AND id = ?`,
    )
    .bind(
      totals.accepted,
      totals.written,
      totals.rejected,
      totals.duplicate ? 1 : 0,
      workspaceId,
      id,
    )
    .run();
}

/** Closes a running import; changes nothing (changes() = 0) when it was closed already. */
export function finishImportStatement(
  db: D1Database,
  workspaceId: string,
  id: string,
  status: "done" | "failed",
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE imports SET status = ?, finished_at = ?
       WHERE workspace_id = ? AND id = ? AND status = 'running'`,
    )
    .bind(status, now, workspaceId, id);
}
