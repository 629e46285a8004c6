import type {
  QualityCheckId,
  QualityCheckResult,
  QualityFinding,
  QualityFindingOf,
  QualityTier,
} from "@tongshu/shared";
import type { ReportFilter } from "../reports/filter.ts";

/** Findings listed per check; counts stay complete beyond them. */
export const MAX_FINDINGS = 200;

export type TierCounts = Record<QualityTier, number>;
export const NO_FINDINGS: TierCounts = { blocking: 0, warning: 0, info: 0 };
const TIER_ORDER: Record<QualityTier, number> = { blocking: 0, warning: 1, info: 2 };

/**
 * One data-quality check (one file each): the statements it adds to the request's single D1
 * batch, and how it reads their results.
 */
export interface QualityCheck<C extends QualityCheckId> {
  id: C;
  statements: (db: D1Database, filter: ReportFilter) => D1PreparedStatement[];
  build: (results: D1Result[], filter: ReportFilter) => QualityCheckResult;
}

/** The rows of a statement's result. */
export const rowsOf = <T>(result: D1Result | undefined): T[] => (result?.results ?? []) as T[];

/** Counts per tier of a list of findings. */
export function countTiers(findings: ReadonlyArray<{ tier: QualityTier }>): TierCounts {
  const counts = { ...NO_FINDINGS };
  for (const f of findings) counts[f.tier] += 1;
  return counts;
}

/** Adds tier counts. */
export function addCounts(a: TierCounts, b: TierCounts): TierCounts {
  return {
    blocking: a.blocking + b.blocking,
    warning: a.warning + b.warning,
    info: a.info + b.info,
  };
}

/**
 * A check's result: findings ordered most important first (tier, then `weight` descending: the
 * biggest), cut to MAX_FINDINGS; `counts` when the caller counted more than it listed (SQL).
 */
export function checkResult<C extends QualityCheckId>(
  check: C,
  findings: Array<QualityFindingOf<C>>,
  weight: (f: QualityFindingOf<C>) => number,
  counts: TierCounts = countTiers(findings),
): QualityCheckResult {
  const sorted = [...findings].sort(
    (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || weight(b) - weight(a),
  );
  return { check, counts, findings: sorted.slice(0, MAX_FINDINGS) as QualityFinding[] };
}

/** The single shop of a group of rows ("platform:shopId" min and max equal), else none. */
export function singleShop(
  first: string | null,
  last: string | null,
): { platform: QualityFinding["platform"]; shopId: string | null } {
  if (first === null || first !== last) return { platform: null, shopId: null };
  const at = first.indexOf(":");
  return {
    platform: first.slice(0, at) as QualityFinding["platform"],
    shopId: first.slice(at + 1),
  };
}
