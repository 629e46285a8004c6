export interface AuditEntry {
  actorType: "member" | "device" | "system";
  actorId: string | null;
  action: string;
  target?: string | null;
  details?: unknown;
}

/** The statement that records one audited action; callers batch it with the change itself. */
export function auditStatement(
  db: D1Database,
  workspaceId: string,
  entry: AuditEntry,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO audit_log (workspace_id, at, actor_type, actor_id, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(
      workspaceId,
      now,
      entry.actorType,
      entry.actorId,
      entry.action,
      entry.target ?? null,
      entry.details === undefined ? null : JSON.stringify(entry.details),
    );
}
