import * as z from "zod";
import { ALERT_RULE_IDS, AlertRuleIdSchema } from "../alerts/rules.ts";
import { PlatformSchema } from "../schemas/primitives.ts";
import { isBusinessDate } from "../time.ts";
import { ShopKeySchema } from "./reports/query.ts";

export const ALERT_STATES = ["new", "seen", "resolved"] as const;
export const AlertStateSchema = z.enum(ALERT_STATES);
export type AlertState = z.infer<typeof AlertStateSchema>;
export const AlertSeveritySchema = z.enum(["urgent", "warning", "info"]);
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;

/** What a rule measured: figures (fen, ratios, counts, dates) and plain-text names, never HTML. */
export const AlertEvidenceSchema = z.record(
  z.string(),
  z.union([z.number(), z.string(), z.null()]),
);
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;

/** One finding of one rule about one subject (shop, product in a shop, campaign) on one day. */
export const AlertSchema = z.object({
  id: z.string(),
  rule: AlertRuleIdSchema,
  /** Shop key, product key @ shop, campaign key or metric:shop (see worker/src/alerts). */
  subject: z.string(),
  platform: PlatformSchema.nullable(),
  shopId: z.string().nullable(),
  shopName: z.string().nullable(),
  /** The Beijing day the finding is about (yesterday's figures, or the day a condition began). */
  date: z.string(),
  severity: AlertSeveritySchema,
  state: AlertStateSchema,
  evidence: AlertEvidenceSchema,
  /** Dashboard path with filters, e.g. "/inventory?shop=taobao:57300001". */
  link: z.string(),
  firstSeenAt: z.number().int(),
  lastSeenAt: z.number().int(),
  stateChangedAt: z.number().int(),
  /** Member who last changed the state; null = the system (opened or auto-resolved). */
  stateChangedBy: z.string().nullable(),
});
export type Alert = z.infer<typeof AlertSchema>;

const DateSchema = z.string().refine(isBusinessDate, "expected a date YYYY-MM-DD");
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(",").filter((x) => x.length > 0))
    .pipe(z.array(item).max(50));

export const ALERTS_MAX_LIMIT = 200;

/** GET /api/v1/alerts: every filter optional; `format=csv` exports every match (up to a cap). */
export const AlertListQuerySchema = z.object({
  state: list(AlertStateSchema).optional(),
  rule: list(AlertRuleIdSchema).optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  platform: list(PlatformSchema).optional(),
  shop: list(ShopKeySchema).optional(),
  limit: z.coerce.number().int().min(1).max(ALERTS_MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  format: z.enum(["json", "csv"]).default("json"),
  lang: z.enum(["zh-CN", "en"]).default("zh-CN"),
});
export type AlertListQuery = z.infer<typeof AlertListQuerySchema>;

/** Newest first (date, then first seen); `nextOffset` is null on the last page. */
export const AlertListResponseSchema = z.object({
  alerts: z.array(AlertSchema),
  nextOffset: z.number().int().nullable(),
  /** Matches per state under the same filters but any state (for badges). */
  counts: z.object({ new: z.number().int(), seen: z.number().int(), resolved: z.number().int() }),
});
export type AlertListResponse = z.infer<typeof AlertListResponseSchema>;

/** PATCH /api/v1/alerts/:id. */
export const UpdateAlertRequestSchema = z.object({ state: AlertStateSchema }).strict();
export type UpdateAlertRequest = z.infer<typeof UpdateAlertRequestSchema>;
export const UpdateAlertResponseSchema = z.object({ alert: AlertSchema });

/** POST /api/v1/alerts/evaluate (and the cron): what one evaluation did. */
export const EvaluateAlertsResponseSchema = z.object({
  evaluatedAt: z.number().int(),
  today: z.string(),
  /** Findings per enabled rule (rules switched off are absent). */
  found: z.record(z.string(), z.number().int()),
  /** New alerts, and alerts the system had resolved that hold again. */
  opened: z.number().int(),
  /** Alerts found again: evidence and last-seen time refreshed, state kept. */
  updated: z.number().int(),
  /** Open alerts whose condition no longer holds, resolved by the system. */
  resolved: z.number().int(),
});
export type EvaluateAlertsResponse = z.infer<typeof EvaluateAlertsResponseSchema>;

/** One rule as settings show it: whether it runs, with what, and the defaults to go back to. */
export const AlertRuleSettingSchema = z.object({
  rule: AlertRuleIdSchema,
  enabled: z.boolean(),
  params: z.record(z.string(), z.number()),
  defaults: z.record(z.string(), z.number()),
  updatedAt: z.number().int().nullable(),
  updatedBy: z.string().nullable(),
});
export type AlertRuleSetting = z.infer<typeof AlertRuleSettingSchema>;

/** GET /api/v1/settings/alert-rules: every rule, in ALERT_RULE_IDS order. */
export const AlertRulesResponseSchema = z.object({
  rules: z.array(AlertRuleSettingSchema).length(ALERT_RULE_IDS.length),
});
export type AlertRulesResponse = z.infer<typeof AlertRulesResponseSchema>;

/**
 * PUT /api/v1/settings/alert-rules/:rule: `params` are overrides (any subset of the rule's
 * parameters, checked by its schema); `{}` goes back to the defaults.
 */
export const UpdateAlertRuleRequestSchema = z
  .object({
    enabled: z.boolean(),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type UpdateAlertRuleRequest = z.infer<typeof UpdateAlertRuleRequestSchema>;
export const UpdateAlertRuleResponseSchema = z.object({ rule: AlertRuleSettingSchema });
