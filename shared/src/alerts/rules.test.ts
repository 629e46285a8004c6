import { describe, expect, it } from "vitest";
import {
  ALERT_RULE_DEFAULTS,
  ALERT_RULE_IDS,
  ALERT_RULE_PARAMS,
  alertParamsOverrideSchema,
  effectiveAlertParams,
  isAlertRuleId,
} from "./rules.ts";

describe("alert rules", () => {
  it("has valid defaults for every rule", () => {
    for (const rule of ALERT_RULE_IDS)
      expect(ALERT_RULE_PARAMS[rule].parse(ALERT_RULE_DEFAULTS[rule])).toEqual(
        ALERT_RULE_DEFAULTS[rule],
      );
  });

  it("overlays stored overrides on the defaults", () => {
    expect(effectiveAlertParams("sales_drop", { dropPercent: 50 })).toEqual({
      dropPercent: 50,
      minBaselineFen: 50000,
    });
    expect(effectiveAlertParams("low_stock", null)).toEqual({ coverDays: 7, urgentDays: 2 });
    // A stored value that no longer validates gives the defaults, not a broken rule.
    expect(effectiveAlertParams("roas_low", { targetRoas: -1 })).toEqual({
      targetRoas: 2,
      minSpendFen: 5000,
    });
  });

  it("validates overrides: a subset of the rule's parameters, in range", () => {
    const schema = alertParamsOverrideSchema("refund_spike");
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ minOrders: 20 }).success).toBe(true);
    expect(schema.safeParse({ minOrders: 0 }).success).toBe(false);
    expect(schema.safeParse({ minOrders: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ hours: 3 }).success).toBe(false);
    expect(alertParamsOverrideSchema("sales_drop").safeParse({ dropPercent: 100 }).success).toBe(
      false,
    );
  });

  it("knows its ids", () => {
    expect(isAlertRuleId("anomaly")).toBe(true);
    expect(isAlertRuleId("toString")).toBe(false);
  });
});
