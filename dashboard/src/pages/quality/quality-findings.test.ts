import type { QualityCheckResult, QualityFinding } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  countOf,
  formatRuleValue,
  listedOfTotal,
  orderedChecks,
  parseTier,
  ruleLabelKey,
  safeLink,
  shopNames,
  sourceKind,
  visibleFindings,
} from "./quality-findings.ts";

const base = { platform: "taobao", shopId: "1", date: "2026-11-03", link: null } as const;
const missingCost = (tier: "warning" | "info", paidFen: number): QualityFinding => ({
  check: "missing_cost",
  ...base,
  tier,
  productKey: `p${paidFen}`,
  name: "连衣裙",
  outerCode: null,
  units: 1,
  paidFen,
});

const result: QualityCheckResult = {
  check: "missing_cost",
  // 260 findings counted, 3 listed (the API lists at most 200, most important first).
  counts: { blocking: 0, warning: 10, info: 250 },
  findings: [missingCost("warning", 900), missingCost("warning", 800), missingCost("info", 5)],
};

describe("tier counts", () => {
  it("counts one tier or all", () => {
    expect(countOf(result.counts, null)).toBe(260);
    expect(countOf(result.counts, "warning")).toBe(10);
    expect(countOf(result.counts, "blocking")).toBe(0);
  });

  it("lists the findings of a tier and says when the list is cut", () => {
    expect(visibleFindings(result, "warning")).toHaveLength(2);
    expect(visibleFindings(result, null)).toHaveLength(3);
    expect(listedOfTotal(result, null)).toEqual({ shown: 3, total: 260 });
    expect(listedOfTotal(result, "info")).toEqual({ shown: 1, total: 250 });
    const whole = { ...result, counts: { blocking: 0, warning: 2, info: 1 } };
    expect(listedOfTotal(whole, null)).toBeNull();
    expect(listedOfTotal(whole, "blocking")).toBeNull();
  });

  it("reads a tier from the URL", () => {
    expect(parseTier("blocking")).toBe("blocking");
    expect(parseTier("info")).toBe("info");
    expect(parseTier("urgent")).toBeNull();
    expect(parseTier(null)).toBeNull();
  });

  it("orders checks as QUALITY_CHECKS does", () => {
    const of = (check: QualityCheckResult["check"]): QualityCheckResult => ({
      check,
      counts: { blocking: 0, warning: 0, info: 0 },
      findings: [],
    });
    const checks = [of("missing_cost"), of("key_conflict"), of("day_total_mismatch")];
    expect(orderedChecks(checks).map((c) => c.check)).toEqual([
      "key_conflict",
      "day_total_mismatch",
      "missing_cost",
    ]);
  });
});

describe("finding cells", () => {
  it("names a source in words", () => {
    expect(sourceKind("import/taobao-orders")).toBe("import");
    expect(sourceKind("taobao/sold-orders")).toBe("capture");
    expect(sourceKind("importer")).toBe("capture");
  });

  it("formats values in the rule's unit", () => {
    expect(formatRuleValue("refund_over_paid", 12_345)).toBe("¥123.45");
    expect(formatRuleValue("buyers_over_visitors", 1234)).toBe("1,234");
    // 2026-11-11 10:20 Beijing.
    expect(formatRuleValue("paid_in_future", Date.UTC(2026, 10, 11, 2, 20))).toBe(
      "2026-11-11 10:20",
    );
    expect(formatRuleValue("some_new_rule", 1.5)).toBe("1.5");
  });

  it("knows rule names, and not unknown ones", () => {
    expect(ruleLabelKey("refund_over_paid")).toBe("quality.rule.refund_over_paid");
    expect(ruleLabelKey("some_new_rule")).toBeNull();
    expect(ruleLabelKey("toString")).toBeNull();
  });

  it("links only to same-origin paths", () => {
    expect(safeLink("/products?shop=taobao:1")).toBe("/products?shop=taobao:1");
    expect(safeLink("//evil.example/x")).toBeNull();
    expect(safeLink("https://evil.example/")).toBeNull();
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("/\\evil.example")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });

  it("finds shop names by key, the id when unnamed", () => {
    const names = shopNames([
      {
        platform: "jd",
        shopId: "9",
        shopName: null,
        lastCapturedAt: null,
        lastReceivedAt: null,
        syncStopped: false,
        kinds: [],
      },
      {
        platform: "taobao",
        shopId: "1",
        shopName: "淘宝店",
        lastCapturedAt: null,
        lastReceivedAt: null,
        syncStopped: false,
        kinds: [],
      },
    ]);
    expect(names.get("jd:9")).toBe("9");
    expect(names.get("taobao:1")).toBe("淘宝店");
  });
});
