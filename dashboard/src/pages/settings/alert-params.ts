import {
  type AlertRuleId,
  type AlertRuleParams,
  alertParamsOverrideSchema,
  formatFen,
} from "@tongshu/shared";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatCount } from "../../lib/format.ts";
import {
  fenToYuanInput,
  type Parsed,
  parseDecimalInput,
  parseYuanInput,
} from "./settings-inputs.ts";

/** Every parameter name of every rule. */
export type ParamKey = { [R in AlertRuleId]: keyof AlertRuleParams<R> & string }[AlertRuleId];

export type ParamUnit = "days" | "percent" | "points" | "yuan" | "orders" | "times" | "hours" | "z";

/** How a rule parameter is typed and explained; the bounds restate the shared schema for hints. */
export interface ParamSpec {
  key: ParamKey;
  unit: ParamUnit;
  min: number;
  /** True when `min` itself is not allowed (the schema says "greater than"). */
  minExclusive: boolean;
  max: number;
  maxExclusive: boolean;
  integer: boolean;
}

const spec = (
  key: ParamKey,
  unit: ParamUnit,
  [min, max]: [number, number],
  options: { integer?: boolean; minExclusive?: boolean; maxExclusive?: boolean } = {},
): ParamSpec => ({
  key,
  unit,
  min,
  max,
  integer: options.integer ?? false,
  minExclusive: options.minExclusive ?? false,
  maxExclusive: options.maxExclusive ?? false,
});

/** Every rule's parameters in the order the form shows them (see shared/src/alerts/rules.ts). */
export const ALERT_PARAM_SPECS: Record<AlertRuleId, ParamSpec[]> = {
  low_stock: [
    spec("coverDays", "days", [0, 365], { minExclusive: true }),
    spec("urgentDays", "days", [0, 365], { integer: true }),
  ],
  sales_drop: [
    spec("dropPercent", "percent", [0, 100], { minExclusive: true, maxExclusive: true }),
    spec("minBaselineFen", "yuan", [0, 10_000_000_000]),
  ],
  refund_spike: [
    spec("minOrders", "orders", [1, 1_000_000], { integer: true }),
    spec("multiple", "times", [1, 100]),
    spec("pointsAbove", "points", [0, 100]),
  ],
  roas_low: [
    spec("targetRoas", "times", [0, 1000], { minExclusive: true }),
    spec("minSpendFen", "yuan", [0, 10_000_000_000]),
  ],
  sync_stopped: [spec("hours", "hours", [1, 720], { integer: true })],
  anomaly: [
    spec("threshold", "z", [0, 100], { minExclusive: true }),
    spec("minHistoryDays", "days", [3, 28], { integer: true }),
  ],
};

/** A parameter's value as an input's text: money in yuan, the rest as the number. */
export function paramToInput(unit: ParamUnit, value: number): string {
  return unit === "yuan" ? fenToYuanInput(value) : String(value);
}

/** The allowed range in words, for hints; money bounds as ¥ amounts, big counts grouped. */
export function paramRange(param: ParamSpec): ErrorMessage {
  const show = (n: number) => (param.unit === "yuan" ? formatFen(n) : formatCount(n));
  const params = { min: show(param.min), max: show(param.max) };
  if (param.minExclusive && param.maxExclusive)
    return { key: "settingsData.range.openBoth", params };
  if (param.minExclusive) return { key: "settingsData.range.openMin", params };
  return {
    key: param.integer ? "settingsData.range.closedInteger" : "settingsData.range.closed",
    params,
  };
}

/**
 * An input's text → the parameter value (fen for money), checked by the rule's own schema so
 * the form accepts exactly what the server accepts.
 */
export function parseParamInput(rule: AlertRuleId, param: ParamSpec, text: string): Parsed<number> {
  const parsed = param.unit === "yuan" ? parseYuanInput(text) : parseDecimalInput(text);
  if (!parsed.ok) return parsed;
  const checked = alertParamsOverrideSchema(rule).safeParse({ [param.key]: parsed.value });
  // The hint under the field says the range, so the error need not repeat it.
  if (!checked.success) return { ok: false, error: { key: "settingsData.input.outOfRange" } };
  return parsed;
}

/** Only the parameters that differ from the defaults, so later default changes still apply. */
export function alertOverrides(
  values: Readonly<Record<string, number>>,
  defaults: Readonly<Record<string, number>>,
): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([key, v]) => defaults[key] !== v));
}
