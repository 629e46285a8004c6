import type { AuditLogEntry } from "@tongshu/shared";

export interface AuditEntry {
  actorType: "member" | "device" | "system";
  actorId: string | null;
  action: string;
  target?: string | null;
  details?: unknown;
}

const COLUMNS = "workspace_id, at, actor_type, actor_id, action, target, details";

function values(workspaceId: string, entry: AuditEntry, now: number) {
  return [
    workspaceId,
    now,
    entry.actorType,
    entry.actorId,
    entry.action,
    entry.target ?? null,
    entry.details === undefined ? null : JSON.stringify(entry.details),
  ];
}

/** The statement that records one audited action; callers batch it with the change itself. */
export function auditStatement(
  db: D1Database,
  workspaceId: string,
  entry: AuditEntry,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .bind(...values(workspaceId, entry, now));
}

/**
 * Like auditStatement, but writes the row only when the statement just before it in the same
 * D1 batch changed a row (SQLite's changes()): guarded writes that lose a race leave no trace.
 */
export function auditIfChangedStatement(
  db: D1Database,
  workspaceId: string,
  entry: AuditEntry,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO audit_log (${COLUMNS}) SELECT ?, ?, ?, ?, ?, ?, ? WHERE changes() > 0`)
    .bind(...values(workspaceId, entry, now));
}

interface AuditRow {
  id: number;
  at: number;
  actor_type: AuditLogEntry["actorType"];
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  details: string | null;
}

/** A workspace's audit log, newest first, `limit` entries with id below `before`. */
export async function listAuditLog(
  db: D1Database,
  workspaceId: string,
  page: { before?: number | undefined; limit: number },
): Promise<AuditLogEntry[]> {
  const rows = await db
    .prepare(
      `SELECT a.id, a.at, a.actor_type, a.actor_id, a.action, a.target, a.details,
         CASE a.actor_type WHEN 'member' THEN m.name WHEN 'device' THEN d.name END AS actor_name
       FROM audit_log a
       LEFT JOIN members m ON a.actor_type = 'member' AND m.workspace_id = a.workspace_id AND m.id = a.actor_id
       LEFT JOIN devices d ON a.actor_type = 'device' AND d.workspace_id = a.workspace_id AND d.id = a.actor_id
       WHERE a.workspace_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?`,
    )
    .bind(workspaceId, page.before ?? Number.MAX_SAFE_INTEGER, page.limit)
    .all<AuditRow>();
  return rows.results.map((r) => ({
    id: r.id,
    at: r.at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_name ?? null,
    action: r.action,
    target: r.target,
    details: r.details === null ? null : (JSON.parse(r.details) as unknown),
  }));
}
