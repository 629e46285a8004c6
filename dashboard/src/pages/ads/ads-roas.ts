import type { AlertRuleSetting } from "@tongshu/shared";
import { formatByUnit } from "../../lib/format.ts";

/** The workspace's ROAS target, as its "roas_low" alert rule runs. */
export interface RoasTarget {
  targetRoas: number;
  minSpendFen: number;
}

/** The target of the "roas_low" rule; null when the rule is switched off or has no usable target. */
export function roasTarget(rules: readonly AlertRuleSetting[]): RoasTarget | null {
  const rule = rules.find((r) => r.rule === "roas_low");
  if (!rule?.enabled) return null;
  const targetRoas = rule.params.targetRoas;
  if (targetRoas === undefined || !(targetRoas > 0)) return null;
  return { targetRoas, minSpendFen: rule.params.minSpendFen ?? 0 };
}

/**
 * Whether a campaign earns less than the target. Like the alert, small spend is not flagged;
 * here the spend floor applies to the whole range, not one day.
 */
export function isBelowTarget(
  figures: { spendFen: number; roas: number | null },
  target: RoasTarget | null,
): boolean {
  if (!target || figures.spendFen <= 0 || figures.spendFen < target.minSpendFen) return false;
  return (figures.roas ?? 0) < target.targetRoas;
}

/** ROAS as sellers read 投入产出比: a multiple with two decimals (3.25), a dash when unknown. */
export function formatRoas(roas: number | null): string {
  return formatByUnit("multiple", roas);
}
