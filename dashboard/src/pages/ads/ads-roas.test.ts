import type { AlertRuleSetting } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { formatRoas, isBelowTarget, roasTarget } from "./ads-roas.ts";

const rule = (over: Partial<AlertRuleSetting>): AlertRuleSetting => ({
  rule: "roas_low",
  enabled: true,
  params: { targetRoas: 2.5, minSpendFen: 5_000 },
  defaults: { targetRoas: 2, minSpendFen: 5_000 },
  updatedAt: null,
  updatedBy: null,
  ...over,
});

describe("roasTarget", () => {
  it("reads the roas_low rule's effective parameters", () => {
    const other = rule({ rule: "low_stock", params: { coverDays: 7, urgentDays: 2 } });
    expect(roasTarget([other, rule({})])).toEqual({ targetRoas: 2.5, minSpendFen: 5_000 });
  });
  it("is null when the rule is off, missing or has no positive target", () => {
    expect(roasTarget([rule({ enabled: false })])).toBeNull();
    expect(roasTarget([])).toBeNull();
    expect(roasTarget([rule({ params: { minSpendFen: 0 } })])).toBeNull();
    expect(roasTarget([rule({ params: { targetRoas: 0 } })])).toBeNull();
  });
  it("takes no spend floor when the rule has none", () => {
    expect(roasTarget([rule({ params: { targetRoas: 3 } })])).toEqual({
      targetRoas: 3,
      minSpendFen: 0,
    });
  });
});

describe("isBelowTarget", () => {
  const target = { targetRoas: 2, minSpendFen: 5_000 };
  it("flags ROAS under the target once spend reaches the floor", () => {
    // ¥60 spend, ¥90 GMV: ROAS 1.5 < 2.
    expect(isBelowTarget({ spendFen: 6_000, roas: 1.5 }, target)).toBe(true);
    // Spend with no attributed sale at all: ROAS 0.
    expect(isBelowTarget({ spendFen: 5_000, roas: 0 }, target)).toBe(true);
  });
  it("leaves alone campaigns at or over target, under the floor, or without a target", () => {
    expect(isBelowTarget({ spendFen: 6_000, roas: 2 }, target)).toBe(false);
    expect(isBelowTarget({ spendFen: 4_999, roas: 0.5 }, target)).toBe(false);
    expect(isBelowTarget({ spendFen: 0, roas: null }, { targetRoas: 2, minSpendFen: 0 })).toBe(
      false,
    );
    expect(isBelowTarget({ spendFen: 6_000, roas: 0.5 }, null)).toBe(false);
  });
});

describe("formatRoas", () => {
  it("shows a multiple with two decimals and a dash when unknown", () => {
    expect(formatRoas(3.256)).toBe("3.26");
    expect(formatRoas(2)).toBe("2.00");
    expect(formatRoas(null)).toBe("—");
  });
});
