import type {
  AlertEvidence,
  AlertRuleId,
  AlertRuleParams,
  AlertSeverity,
  Platform,
} from "@tongshu/shared";
import type { ShopDays } from "./shop-days.ts";

/** What a rule found about one subject: the alert row it becomes, minus its state. */
export interface Finding {
  rule: AlertRuleId;
  subject: string;
  platform: Platform;
  shopId: string;
  date: string;
  severity: AlertSeverity;
  evidence: AlertEvidence;
  link: string;
}

/** The moment and days one evaluation judges. */
export interface EvaluationContext {
  workspaceId: string;
  now: number;
  /** Beijing business day of `now`. */
  today: string;
  /** The last complete day: the day "yesterday's figures" rules judge. */
  yesterday: string;
  /** 00:00 Beijing today: a shop captured since then has yesterday's figures complete. */
  todayStart: number;
  /** Shops with their recent daily figures, loaded once per evaluation (shop-days.ts). */
  shopDays: () => Promise<ShopDays[]>;
}

/**
 * How a rule's alerts live:
 * - "day": about one day's figures (yesterday); evaluating again updates that day's alerts and
 *   resolves those of the day it no longer finds.
 * - "ongoing": a condition that lasts (low stock, a silent shop); while it lasts its open alert is
 *   updated in place, whatever day it began; when it ends the alert is resolved.
 */
export type RuleMode = "day" | "ongoing";

export interface AlertRule<R extends AlertRuleId> {
  rule: R;
  mode: RuleMode;
  find: (
    db: D1Database,
    context: EvaluationContext,
    params: AlertRuleParams<R>,
  ) => Promise<Finding[]>;
}

/**
 * A dashboard path with filters, encoded the way the dashboard writes its own URLs (readable
 * ":" and ","), e.g. "/inventory?shop=taobao:57300001".
 */
export function dashboardLink(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query)
    .toString()
    .replaceAll("%2C", ",")
    .replaceAll("%3A", ":");
  return search ? `${path}?${search}` : path;
}
