import {
  ALERT_RULE_DEFAULTS,
  ALERT_RULE_IDS,
  type AlertRuleId,
  type AlertRuleSetting,
  effectiveAlertParams,
  isAlertRuleId,
} from "@tongshu/shared";

/** A rule's stored row: on/off and the parameters the workspace overrode (not the defaults). */
export interface StoredRule {
  enabled: boolean;
  overrides: Record<string, unknown>;
  updatedAt: number;
  updatedBy: string;
}

/** The workspace's changed rules (rules without a row run with their defaults). */
export async function readStoredRules(
  db: D1Database,
  workspaceId: string,
): Promise<Map<AlertRuleId, StoredRule>> {
  const rows = await db
    .prepare(
      "SELECT rule, enabled, params, updated_at, updated_by FROM alert_rules WHERE workspace_id = ?",
    )
    .bind(workspaceId)
    .all<{
      rule: string;
      enabled: number;
      params: string;
      updated_at: number;
      updated_by: string;
    }>();
  const stored = new Map<AlertRuleId, StoredRule>();
  for (const row of rows.results) {
    if (!isAlertRuleId(row.rule)) continue;
    stored.set(row.rule, {
      enabled: row.enabled === 1,
      overrides: JSON.parse(row.params) as Record<string, unknown>,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    });
  }
  return stored;
}

/** Every rule as it runs: enabled or not, defaults overlaid with the stored overrides. */
export function ruleSettings(stored: Map<AlertRuleId, StoredRule>): AlertRuleSetting[] {
  return ALERT_RULE_IDS.map((rule) => {
    const row = stored.get(rule);
    return {
      rule,
      enabled: row?.enabled ?? true,
      params: effectiveAlertParams(rule, row?.overrides) as Record<string, number>,
      defaults: ALERT_RULE_DEFAULTS[rule] as Record<string, number>,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}

/** Writes a rule's row (enabled flag and overrides); batch it with its audit entry. */
export function saveRuleStatement(
  db: D1Database,
  workspaceId: string,
  rule: AlertRuleId,
  change: { enabled: boolean; overrides: Record<string, unknown> },
  by: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO alert_rules (workspace_id, rule, enabled, params, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, rule) DO UPDATE SET enabled = excluded.enabled,
         params = excluded.params, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(workspaceId, rule, change.enabled ? 1 : 0, JSON.stringify(change.overrides), now, by);
}
