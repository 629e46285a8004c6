import type { Platform, QualityFindingOf, RecordKind } from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { type ReportFilter, shopCondition, shopKey } from "../reports/filter.ts";
import {
  addCounts,
  checkResult,
  MAX_FINDINGS,
  NO_FINDINGS,
  type QualityCheck,
  rowsOf,
} from "./check.ts";
import { OUT_OF_RANGE_RULES, type OutOfRangeRule } from "./out-of-range-rules.ts";

interface RuleRow {
  platform: Platform;
  shop_id: string;
  date: string | null;
  subject: string;
  title: string | null;
  value: number;
  lim: number;
  total: number;
}

function ruleStatement(db: D1Database, filter: ReportFilter, rule: OutOfRangeRule) {
  const where = shopCondition(filter, "x");
  const values = {
    workspace: filter.workspaceId,
    from: filter.range.from,
    to: filter.range.to,
    now: filter.now,
    today: filter.today,
  };
  return db
    .prepare(
      `SELECT *, count(*) OVER () AS total FROM (${rule.sql}${where.sql})
       ORDER BY weight DESC, date DESC, subject LIMIT ${MAX_FINDINGS}`,
    )
    .bind(...rule.params.map((p) => values[p]), ...where.params);
}

/** Where the dashboard shows the subject: the day's overview, traffic or ads; the inventory. */
function linkFor(kind: RecordKind, row: RuleRow): string {
  const shop = shopKey(row.platform, row.shop_id);
  if (kind === "sku" || row.date === null) return dashboardLink("/inventory", { shop });
  const path = kind === "traffic" ? "/traffic" : kind === "ad" ? "/ads" : "/";
  return dashboardLink(path, { from: row.date, to: row.date, shop });
}

/**
 * out_of_range: values outside what the platform allows or what is plausible, one rule each
 * (out-of-range-rules.ts). Listed by tier, then in the rules' order, the furthest past the
 * limit first; counts are every offending row (SQL counts past the listed ones).
 */
export const outOfRangeCheck: QualityCheck<"out_of_range"> = {
  id: "out_of_range",
  statements: (db, filter) => OUT_OF_RANGE_RULES.map((rule) => ruleStatement(db, filter, rule)),
  build(results) {
    let counts = NO_FINDINGS;
    const findings: Array<QualityFindingOf<"out_of_range">> = [];
    OUT_OF_RANGE_RULES.forEach((rule, i) => {
      const rows = rowsOf<RuleRow>(results[i]);
      counts = addCounts(counts, { ...NO_FINDINGS, [rule.tier]: rows[0]?.total ?? 0 });
      for (const row of rows)
        findings.push({
          check: "out_of_range",
          tier: rule.tier,
          platform: row.platform,
          shopId: row.shop_id,
          date: row.date,
          link: linkFor(rule.kind, row),
          kind: rule.kind,
          subject: row.subject,
          title: row.title,
          rule: rule.rule,
          value: row.value,
          limit: row.lim,
        });
    });
    // Rows arrive per rule, biggest first: a stable sort by tier keeps that order inside a tier.
    return checkResult("out_of_range", findings, () => 0, counts);
  },
};
