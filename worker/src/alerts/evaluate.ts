import {
  ALERT_RULE_IDS,
  type AlertRuleId,
  addDays,
  type EvaluateAlertsResponse,
  effectiveAlertParams,
  startOfBusinessDay,
  toBusinessDate,
} from "@tongshu/shared";
import { randomId } from "../lib/crypto.ts";
import type { AlertRule, EvaluationContext } from "./finding.ts";
import { planAlerts, type RuleOutcome } from "./plan.ts";
import { readStoredRules } from "./rule-settings.ts";
import { anomalyRule } from "./rules/anomaly.ts";
import { lowStockRule } from "./rules/low-stock.ts";
import { refundSpikeRule } from "./rules/refund-spike.ts";
import { roasLowRule } from "./rules/roas-low.ts";
import { salesDropRule } from "./rules/sales-drop.ts";
import { syncStoppedRule } from "./rules/sync-stopped.ts";
import { loadShopDays, type ShopDays } from "./shop-days.ts";
import { autoResolveStatements, readAlertRefs, upsertAlertStatements } from "./store.ts";

/** Every rule's evaluator (one file each in rules/). */
export const ALERT_RULES: { [R in AlertRuleId]: AlertRule<R> } = {
  low_stock: lowStockRule,
  sales_drop: salesDropRule,
  refund_spike: refundSpikeRule,
  roas_low: roasLowRule,
  sync_stopped: syncStoppedRule,
  anomaly: anomalyRule,
};

/** Findings kept per rule and run: bounds the writes of one evaluation. */
export const MAX_FINDINGS_PER_RULE = 500;
const SEVERITY_ORDER = { urgent: 0, warning: 1, info: 2 } as const;

export function evaluationContext(
  db: D1Database,
  workspaceId: string,
  now: number,
): EvaluationContext {
  const today = toBusinessDate(now);
  let shopDays: Promise<ShopDays[]> | null = null;
  const context: EvaluationContext = {
    workspaceId,
    now,
    today,
    yesterday: addDays(today, -1),
    todayStart: startOfBusinessDay(today),
    shopDays: () => {
      shopDays ??= loadShopDays(db, context);
      return shopDays;
    },
  };
  return context;
}

async function runRule<R extends AlertRuleId>(
  db: D1Database,
  context: EvaluationContext,
  id: R,
  overrides: unknown,
): Promise<RuleOutcome> {
  const rule: AlertRule<R> = ALERT_RULES[id];
  const findings = (await rule.find(db, context, effectiveAlertParams(id, overrides)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, MAX_FINDINGS_PER_RULE);
  const date = rule.mode === "ongoing" ? context.today : context.yesterday;
  return { rule: id, mode: rule.mode, date, findings };
}

/**
 * Runs every enabled rule of a workspace at `now` and brings the alerts table in line: findings
 * upserted by (rule, subject, date) with their state kept, open alerts that no longer hold
 * resolved by the system. Idempotent: running twice at the same moment changes nothing more.
 */
export async function evaluateAlerts(
  db: D1Database,
  workspaceId: string,
  now: number,
): Promise<EvaluateAlertsResponse> {
  const context = evaluationContext(db, workspaceId, now);
  const stored = await readStoredRules(db, workspaceId);
  const enabled = ALERT_RULE_IDS.filter((id) => stored.get(id)?.enabled ?? true);
  const outcomes = await Promise.all(
    enabled.map((id) => runRule(db, context, id, stored.get(id)?.overrides)),
  );
  const ongoing = outcomes.filter((o) => o.mode === "ongoing").map((o) => o.rule);
  const existing = await readAlertRefs(
    db,
    workspaceId,
    [context.yesterday, context.today],
    ongoing,
  );
  const plan = planAlerts(outcomes, existing);
  const upserts = upsertAlertStatements(
    db,
    workspaceId,
    plan.upserts.map((u) => ({ id: u.existing?.id ?? randomId("al"), finding: u.finding })),
    now,
  );
  const statements = [...upserts, ...autoResolveStatements(db, workspaceId, plan.resolve, now)];
  const results = statements.length > 0 ? await db.batch(statements) : [];
  const resolved = results.slice(upserts.length).reduce((sum, r) => sum + (r.meta.changes ?? 0), 0);
  const opened = plan.upserts.filter((u) => u.existing === null || u.reopens).length;
  return {
    evaluatedAt: now,
    today: context.today,
    found: Object.fromEntries(outcomes.map((o) => [o.rule, o.findings.length])),
    opened,
    updated: plan.upserts.length - opened,
    resolved,
  };
}
