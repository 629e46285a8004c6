import type {
  Alert,
  AlertEvidence,
  AlertRuleId,
  AlertSeverity,
  AlertState,
  Platform,
} from "@tongshu/shared";
import type { Finding } from "./finding.ts";
import type { StoredAlertRef } from "./plan.ts";

export const ALERT_COLUMNS = `a.id, a.rule, a.subject, a.platform, a.shop_id, a.date, a.severity,
  a.state, a.evidence, a.link, a.first_seen_at, a.last_seen_at, a.state_changed_at,
  a.state_changed_by`;

export interface AlertRow {
  id: string;
  rule: AlertRuleId;
  subject: string;
  platform: Platform | null;
  shop_id: string | null;
  shop_name?: string | null;
  date: string;
  severity: AlertSeverity;
  state: AlertState;
  evidence: string;
  link: string;
  first_seen_at: number;
  last_seen_at: number;
  state_changed_at: number;
  state_changed_by: string | null;
}

export function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    rule: row.rule,
    subject: row.subject,
    platform: row.platform,
    shopId: row.shop_id,
    shopName: row.shop_name ?? null,
    date: row.date,
    severity: row.severity,
    state: row.state,
    evidence: JSON.parse(row.evidence) as AlertEvidence,
    link: row.link,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    stateChangedAt: row.state_changed_at,
    stateChangedBy: row.state_changed_by,
  };
}

/**
 * The alerts an evaluation may touch: those of the judged days, and every open alert of the
 * ongoing rules (bounded: they resolve when their condition ends).
 */
export async function readAlertRefs(
  db: D1Database,
  workspaceId: string,
  dates: string[],
  ongoingRules: AlertRuleId[],
): Promise<StoredAlertRef[]> {
  const dateMarks = dates.map(() => "?").join(", ") || "NULL";
  const ruleMarks = ongoingRules.map(() => "?").join(", ") || "NULL";
  const rows = await db
    .prepare(
      `SELECT id, rule, subject, date, state, state_changed_by FROM alerts
       WHERE workspace_id = ? AND (date IN (${dateMarks})
         OR (state <> 'resolved' AND rule IN (${ruleMarks})))`,
    )
    .bind(workspaceId, ...dates, ...ongoingRules)
    .all<{
      id: string;
      rule: AlertRuleId;
      subject: string;
      date: string;
      state: AlertState;
      state_changed_by: string | null;
    }>();
  return rows.results.map((r) => ({
    id: r.id,
    rule: r.rule,
    subject: r.subject,
    date: r.date,
    state: r.state,
    stateChangedBy: r.state_changed_by,
  }));
}

/** D1 binds at most 100 values per statement: 13 per alert row, 90 ids per resolve. */
const ROWS_PER_UPSERT = 7;
const IDS_PER_RESOLVE = 90;

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/**
 * Inserts findings as new alerts, or refreshes the stored alert of the same (rule, subject,
 * date): evidence, severity, link and last-seen change; the state stays, except that an alert
 * the system resolved opens again (a member's decision is never overridden).
 */
export function upsertAlertStatements(
  db: D1Database,
  workspaceId: string,
  rows: Array<{ id: string; finding: Finding }>,
  now: number,
): D1PreparedStatement[] {
  return chunk(rows, ROWS_PER_UPSERT).map((part) =>
    db
      .prepare(
        `INSERT INTO alerts (workspace_id, id, rule, subject, platform, shop_id, date, severity,
           state, evidence, link, first_seen_at, last_seen_at, state_changed_at, state_changed_by)
         VALUES ${part.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, NULL)").join(", ")}
         ON CONFLICT (workspace_id, rule, subject, date) DO UPDATE SET
           platform = excluded.platform, shop_id = excluded.shop_id,
           severity = excluded.severity, evidence = excluded.evidence, link = excluded.link,
           last_seen_at = excluded.last_seen_at,
           state = CASE WHEN alerts.state = 'resolved' AND alerts.state_changed_by IS NULL
             THEN 'new' ELSE alerts.state END,
           state_changed_at = CASE WHEN alerts.state = 'resolved' AND alerts.state_changed_by IS NULL
             THEN excluded.state_changed_at ELSE alerts.state_changed_at END`,
      )
      .bind(
        ...part.flatMap(({ id, finding }) => [
          workspaceId,
          id,
          finding.rule,
          finding.subject,
          finding.platform,
          finding.shopId,
          finding.date,
          finding.severity,
          JSON.stringify(finding.evidence),
          finding.link,
          now,
          now,
          now,
        ]),
      ),
  );
}

/** Resolves open alerts on the system's behalf (state_changed_by NULL). */
export function autoResolveStatements(
  db: D1Database,
  workspaceId: string,
  ids: string[],
  now: number,
): D1PreparedStatement[] {
  return chunk(ids, IDS_PER_RESOLVE).map((part) =>
    db
      .prepare(
        `UPDATE alerts SET state = 'resolved', state_changed_at = ?, state_changed_by = NULL
         WHERE workspace_id = ? AND state <> 'resolved' AND id IN (${part.map(() => "?").join(", ")})`,
      )
      .bind(now, workspaceId, ...part),
  );
}
