import * as z from "zod";

/**
 * The alert rules (issue 5, item 9). Each has parameters a workspace may change in settings;
 * a rule without a stored row runs with DEFAULTS (worker/src/alerts evaluates them).
 */
export const ALERT_RULE_IDS = [
  "low_stock",
  "sales_drop",
  "refund_spike",
  "roas_low",
  "sync_stopped",
  "anomaly",
] as const;
export const AlertRuleIdSchema = z.enum(ALERT_RULE_IDS);
export type AlertRuleId = z.infer<typeof AlertRuleIdSchema>;

// Up to ¥100,000,000.00: a bound, not a business limit.
const fen = z.number().int().min(0).max(10_000_000_000);

/** Parameter schemas per rule (strict: an unknown key is a typo, not a setting). */
export const ALERT_RULE_PARAMS = {
  /** Days of cover (stock ÷ 30-day velocity) below `coverDays`; urgent when it runs out within `urgentDays`. */
  low_stock: z
    .object({
      coverDays: z.number().gt(0).max(365),
      urgentDays: z.number().int().min(0).max(365),
    })
    .strict(),
  /** Yesterday's paid amount below the 4-week same-weekday mean by more than `dropPercent`. */
  sales_drop: z
    .object({
      dropPercent: z.number().gt(0).lt(100),
      minBaselineFen: fen,
    })
    .strict(),
  /** Yesterday's refund rate ≥ max(`multiple` × baseline, baseline + `pointsAbove` points). */
  refund_spike: z
    .object({
      minOrders: z.number().int().min(1).max(1_000_000),
      multiple: z.number().min(1).max(100),
      pointsAbove: z.number().min(0).max(100),
    })
    .strict(),
  /** A campaign's ROAS yesterday below `targetRoas` with spend of at least `minSpendFen`. */
  roas_low: z
    .object({
      targetRoas: z.number().gt(0).max(1000),
      minSpendFen: fen,
    })
    .strict(),
  /** No capture from a shop for `hours` hours after captures in the 7 days before. */
  sync_stopped: z
    .object({
      hours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30),
    })
    .strict(),
  /** |robust z| of yesterday's paid amount or orders against the previous 28 days. */
  anomaly: z
    .object({
      threshold: z.number().gt(0).max(100),
      minHistoryDays: z.number().int().min(3).max(28),
    })
    .strict(),
} as const satisfies Record<AlertRuleId, z.ZodType>;

export type AlertRuleParams<R extends AlertRuleId = AlertRuleId> = z.infer<
  (typeof ALERT_RULE_PARAMS)[R]
>;
export type AlertRuleParamsMap = { [R in AlertRuleId]: AlertRuleParams<R> };

/** What every workspace starts with. Money in fen: ¥500.00 baseline, ¥50.00 spend. */
export const ALERT_RULE_DEFAULTS: AlertRuleParamsMap = {
  low_stock: { coverDays: 7, urgentDays: 2 },
  sales_drop: { dropPercent: 30, minBaselineFen: 50_000 },
  refund_spike: { minOrders: 10, multiple: 2, pointsAbove: 10 },
  roas_low: { targetRoas: 2, minSpendFen: 5_000 },
  sync_stopped: { hours: 24 },
  anomaly: { threshold: 3.5, minHistoryDays: 14 },
};

/**
 * The parameters a rule runs with: its defaults overlaid with the stored overrides. Stored
 * values that no longer validate (a rule's schema changed) fall back to the defaults.
 */
export function effectiveAlertParams<R extends AlertRuleId>(
  rule: R,
  overrides: unknown,
): AlertRuleParams<R> {
  const defaults = ALERT_RULE_DEFAULTS[rule];
  const stored = typeof overrides === "object" && overrides !== null ? overrides : {};
  const parsed = ALERT_RULE_PARAMS[rule].safeParse({ ...defaults, ...stored });
  return (parsed.success ? parsed.data : defaults) as AlertRuleParams<R>;
}

/** Validates overrides for one rule: any subset of its parameters, nothing else. */
export function alertParamsOverrideSchema(rule: AlertRuleId) {
  return ALERT_RULE_PARAMS[rule].partial().strict();
}

export function isAlertRuleId(value: string): value is AlertRuleId {
  return (ALERT_RULE_IDS as readonly string[]).includes(value);
}
