import {
  QUALITY_CHECKS,
  QUALITY_TIERS,
  type QualityCheckResult,
  type QualityFinding,
  type QualityTier,
  type ShopFreshness,
} from "@tongshu/shared";
import { type MessageKey, zhCN } from "../../i18n/zh-cn.ts";
import { formatBeijingDateTime, formatCount, formatMoney } from "../../lib/format.ts";

/** The tier a URL names (?tier=blocking), or null for every tier. */
export function parseTier(value: string | null): QualityTier | null {
  return (QUALITY_TIERS as readonly string[]).includes(value ?? "") ? (value as QualityTier) : null;
}

/** The checks in the page's fixed order (QUALITY_CHECKS), whatever order the API sent. */
export function orderedChecks(checks: QualityCheckResult[]): QualityCheckResult[] {
  const rank = (c: QualityCheckResult) => QUALITY_CHECKS.indexOf(c.check);
  return [...checks].sort((a, b) => rank(a) - rank(b));
}

/** Findings of all tiers, or of one tier. */
export function countOf(counts: QualityCheckResult["counts"], tier: QualityTier | null): number {
  return tier === null ? counts.blocking + counts.warning + counts.info : counts[tier];
}

/** The listed findings of a check, of one tier or of all. */
export function visibleFindings(
  result: QualityCheckResult,
  tier: QualityTier | null,
): QualityFinding[] {
  return tier === null ? result.findings : result.findings.filter((f) => f.tier === tier);
}

/**
 * When the API listed fewer findings than it counted (at most 200 per check): how many are
 * shown of how many. Null when every finding is listed.
 */
export function listedOfTotal(
  result: QualityCheckResult,
  tier: QualityTier | null,
): { shown: number; total: number } | null {
  const shown = visibleFindings(result, tier).length;
  const total = countOf(result.counts, tier);
  return shown < total ? { shown, total } : null;
}

/** Where a record came from, in words: an "import/…" parser read a file, any other captured a page. */
export function sourceKind(parser: string): "import" | "capture" {
  return parser.startsWith("import/") ? "import" : "capture";
}

/** A dashboard path from the API, or null: only same-origin paths become links. */
export function safeLink(link: string | null): string | null {
  if (link === null || !link.startsWith("/") || link.startsWith("//") || link.includes("\\"))
    return null;
  return link;
}

/** The unit of each out_of_range rule's value and limit (worker/src/quality/out-of-range-rules.ts). */
const RULE_UNITS: Record<string, "fen" | "count" | "ms"> = {
  refund_over_paid: "fen",
  paid_over_goods: "fen",
  paid_in_future: "ms",
  paid_over_limit: "fen",
  line_zero_price: "fen",
  buyers_over_visitors: "count",
  paid_orders_without_amount: "count",
  sku_zero_price: "fen",
  clicks_over_impressions: "count",
};

/** A rule's value or limit in its unit; an unknown rule's number as it is. */
export function formatRuleValue(rule: string, value: number): string {
  const unit = RULE_UNITS[rule];
  if (unit === "fen") return formatMoney(Math.round(value));
  if (unit === "ms") return formatBeijingDateTime(value);
  if (unit === "count") return formatCount(value);
  return String(value);
}

/** The message naming a rule, or null for a rule this dashboard does not know yet. */
export function ruleLabelKey(rule: string): MessageKey | null {
  const key = `quality.rule.${rule}`;
  return Object.hasOwn(zhCN, key) ? (key as MessageKey) : null;
}

/** Shop names by "platform:shopId", from the freshness list (findings carry only the id). */
export function shopNames(shops: ShopFreshness[]): Map<string, string> {
  return new Map(
    shops.map((s) => [`${s.platform}:${s.shopId}`, s.shopName ?? s.shopId] as [string, string]),
  );
}
