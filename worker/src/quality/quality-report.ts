import {
  QUALITY_CHECKS,
  type QualityCheckId,
  type QualityCheckResult,
  type QualityReport,
  RECORD_KINDS,
  type RecordKind,
} from "@tongshu/shared";
import { type ReportFilter, reportMeta } from "../reports/filter.ts";
import { addCounts, NO_FINDINGS, type QualityCheck, type TierCounts } from "./check.ts";
import { dayTotalMismatchCheck } from "./day-total-mismatch.ts";
import { freshnessPart, type ShopState, toShopFreshness } from "./freshness.ts";
import { keyConflictCheck } from "./key-conflict.ts";
import { missingCostCheck } from "./missing-cost.ts";
import { outOfRangeCheck } from "./out-of-range.ts";
import { outerCodeProductsCheck } from "./outer-code-products.ts";

/** Every check's module (one file each); the Record type makes a check without one a type error. */
export const QUALITY_CHECK_MODULES: { [C in QualityCheckId]: QualityCheck<C> } = {
  key_conflict: keyConflictCheck,
  out_of_range: outOfRangeCheck,
  day_total_mismatch: dayTotalMismatchCheck,
  outer_code_products: outerCodeProductsCheck,
  missing_cost: missingCostCheck,
};

/**
 * The checks the caller may see: missing_cost only for members who may see costs (the profit
 * report's rule); the others do not get it at all, not even its counts.
 */
export function visibleChecks(filter: ReportFilter): QualityCheckId[] {
  return QUALITY_CHECKS.filter((id) => id !== "missing_cost" || filter.canSeeCosts);
}

export interface QualityRun {
  shops: ShopState[];
  checks: QualityCheckResult[];
  totals: TierCounts;
}

/**
 * Freshness of `kinds` and every visible check over the filter, in one D1 batch. Every statement
 * is scoped by the workspace and the filter's shops (the member's scope already applied).
 */
export async function runQuality(
  db: D1Database,
  filter: ReportFilter,
  kinds: readonly RecordKind[] = RECORD_KINDS,
): Promise<QualityRun> {
  const freshness = freshnessPart(db, filter, kinds);
  const checks = visibleChecks(filter).map((id) => QUALITY_CHECK_MODULES[id]);
  const parts = [freshness.statements, ...checks.map((c) => c.statements(db, filter))];
  const results = await db.batch(parts.flat());
  // Each part's results, in order: the batch answers the statements in the order given.
  const starts = parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.length, 0));
  const [shopResults = [], ...checkResults] = parts.map((p, i) =>
    results.slice(starts[i], (starts[i] ?? 0) + p.length),
  );
  const built = checks.map((c, i) => c.build(checkResults[i] ?? [], filter));
  return {
    shops: freshness.read(shopResults),
    checks: built,
    totals: built.reduce((sum, c) => addCounts(sum, c.counts), NO_FINDINGS),
  };
}

/** GET /api/v1/quality: the 数据质量 page. */
export async function qualityReport(db: D1Database, filter: ReportFilter): Promise<QualityReport> {
  const run = await runQuality(db, filter);
  return {
    meta: reportMeta(filter),
    freshness: run.shops.map(toShopFreshness),
    checks: run.checks,
    totals: run.totals,
  };
}
