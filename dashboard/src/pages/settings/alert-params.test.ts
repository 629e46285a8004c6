import {
  ALERT_RULE_DEFAULTS,
  ALERT_RULE_IDS,
  ALERT_RULE_PARAMS,
  alertParamsOverrideSchema,
} from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  ALERT_PARAM_SPECS,
  alertOverrides,
  paramRange,
  paramToInput,
  parseParamInput,
} from "./alert-params.ts";

describe("ALERT_PARAM_SPECS", () => {
  it("covers exactly the parameters of every rule", () => {
    for (const rule of ALERT_RULE_IDS) {
      expect(ALERT_PARAM_SPECS[rule].map((p) => p.key).sort()).toEqual(
        Object.keys(ALERT_RULE_PARAMS[rule].shape).sort(),
      );
    }
  });

  it("states the bounds the shared schema enforces", () => {
    for (const rule of ALERT_RULE_IDS) {
      const schema = alertParamsOverrideSchema(rule);
      for (const p of ALERT_PARAM_SPECS[rule]) {
        const accepts = (value: number) => schema.safeParse({ [p.key]: value }).success;
        expect({ rule, key: p.key, min: accepts(p.min) }).toEqual({
          rule,
          key: p.key,
          min: !p.minExclusive,
        });
        expect({ rule, key: p.key, max: accepts(p.max) }).toEqual({
          rule,
          key: p.key,
          max: !p.maxExclusive,
        });
        expect(accepts(p.min - 1)).toBe(false);
        expect(accepts(p.max + 1)).toBe(false);
        expect({ rule, key: p.key, fraction: accepts(p.min + 1.5) }).toEqual({
          rule,
          key: p.key,
          fraction: !p.integer && p.unit !== "yuan",
        });
      }
    }
  });
});

describe("parameter inputs", () => {
  const [coverDays, urgentDays] = ALERT_PARAM_SPECS.low_stock;
  const [, minBaselineFen] = ALERT_PARAM_SPECS.sales_drop;
  if (!coverDays || !urgentDays || !minBaselineFen) throw new Error("specs changed");

  it("shows money in yuan and reads it back as fen", () => {
    expect(paramToInput("yuan", 50_000)).toBe("500.00");
    expect(parseParamInput("sales_drop", minBaselineFen, "800.5")).toEqual({
      ok: true,
      value: 80_050,
    });
  });

  it("accepts what the rule's schema accepts and nothing else", () => {
    expect(parseParamInput("low_stock", coverDays, "3.5")).toEqual({ ok: true, value: 3.5 });
    expect(parseParamInput("low_stock", coverDays, "0")).toEqual({
      ok: false,
      error: { key: "settingsData.input.outOfRange" },
    });
    expect(parseParamInput("low_stock", urgentDays, "1.5")).toEqual({
      ok: false,
      error: { key: "settingsData.input.outOfRange" },
    });
    expect(parseParamInput("low_stock", urgentDays, "x")).toEqual({
      ok: false,
      error: { key: "settingsData.input.numberInvalid" },
    });
  });

  it("says the range in words", () => {
    expect(paramRange(coverDays)).toEqual({
      key: "settingsData.range.openMin",
      params: { min: "0", max: "365" },
    });
    expect(paramRange(urgentDays)).toEqual({
      key: "settingsData.range.closedInteger",
      params: { min: "0", max: "365" },
    });
    expect(paramRange(minBaselineFen)).toEqual({
      key: "settingsData.range.closed",
      params: { min: "¥0.00", max: "¥100,000,000.00" },
    });
    const [dropPercent] = ALERT_PARAM_SPECS.sales_drop;
    if (!dropPercent) throw new Error("specs changed");
    expect(paramRange(dropPercent).key).toBe("settingsData.range.openBoth");
    const [minOrders] = ALERT_PARAM_SPECS.refund_spike;
    if (!minOrders) throw new Error("specs changed");
    expect(paramRange(minOrders).params).toEqual({ min: "1", max: "1,000,000" });
  });
});

describe("alertOverrides", () => {
  it("sends only values that differ from the defaults", () => {
    const defaults = ALERT_RULE_DEFAULTS.refund_spike;
    expect(alertOverrides({ minOrders: 10, multiple: 3, pointsAbove: 10 }, defaults)).toEqual({
      multiple: 3,
    });
    expect(alertOverrides({ ...defaults }, defaults)).toEqual({});
  });
});
