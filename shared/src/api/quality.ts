import * as z from "zod";
import { type RecordKind, RecordKindSchema } from "../schemas/record.ts";
import { PlatformSchema } from "../schemas/primitives.ts";
import { ReportMetaSchema } from "./reports/query.ts";

/**
 * Data quality (数据质量): how fresh and complete each shop's data is, and the checks whose
 * findings say where report figures cannot be trusted. Tiers: blocking = a report figure is
 * wrong or missing because of it; warning = a figure may mislead; info = worth knowing.
 */
export const QUALITY_TIERS = ["blocking", "warning", "info"] as const;
export const QualityTierSchema = z.enum(QUALITY_TIERS);
export type QualityTier = z.infer<typeof QualityTierSchema>;

export const QUALITY_CHECKS = [
  "key_conflict",
  "out_of_range",
  "day_total_mismatch",
  "outer_code_products",
  "missing_cost",
] as const;
export const QualityCheckIdSchema = z.enum(QUALITY_CHECKS);
export type QualityCheckId = z.infer<typeof QualityCheckIdSchema>;

/**
 * Kinds every trading day has: a shop takes orders and its platform reports traffic daily, so a
 * day without them is missing data. Refunds, ads and settlements happen on some days only: a
 * day without one is normal, so they have no gaps and no day coverage, only their freshness.
 */
export const DAILY_RECORD_KINDS = ["order", "traffic"] as const satisfies readonly RecordKind[];
export function isDailyKind(kind: RecordKind): boolean {
  return (DAILY_RECORD_KINDS as readonly RecordKind[]).includes(kind);
}

/** A run of consecutive Beijing days in the range without records of one kind. */
export const DayGapSchema = z.object({ from: z.string(), to: z.string(), days: z.number().int() });
export type DayGap = z.infer<typeof DayGapSchema>;

/** One record kind of one shop over the chosen range. */
export const KindFreshnessSchema = z.object({
  kind: RecordKindSchema,
  /** Records of the kind dated in the range (SKUs are undated: all of the shop's). */
  records: z.number().int(),
  /** Newest capture (the page's time) and newest arrival at the Worker, epoch ms. */
  lastCapturedAt: z.number().int().nullable(),
  lastReceivedAt: z.number().int().nullable(),
  /** Days of the range with at least one record; null for undated kinds (SKUs). */
  daysWithData: z.number().int().nullable(),
  daysInRange: z.number().int(),
  /** Runs of missing days inside the range, oldest first (at most 50). */
  gaps: z.array(DayGapSchema),
});
export type KindFreshness = z.infer<typeof KindFreshnessSchema>;

export const ShopFreshnessSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  shopName: z.string().nullable(),
  lastCapturedAt: z.number().int().nullable(),
  lastReceivedAt: z.number().int().nullable(),
  /** True when the sync_stopped alert rule would fire for the shop now. */
  syncStopped: z.boolean(),
  kinds: z.array(KindFreshnessSchema),
});
export type ShopFreshness = z.infer<typeof ShopFreshnessSchema>;

const findingBase = {
  tier: QualityTierSchema,
  platform: PlatformSchema.nullable(),
  shopId: z.string().nullable(),
  /** Beijing day the finding is about, when it has one. */
  date: z.string().nullable(),
  /** Dashboard path that shows the subject, e.g. "/products?shop=taobao:1". */
  link: z.string().nullable(),
};

/** The same paid order with different paid amounts from two sources (an import and a capture). */
export const KeyConflictFindingSchema = z.object({
  check: z.literal("key_conflict"),
  ...findingBase,
  orderId: z.string(),
  /** The version reports use now, and the other source's figure. */
  storedFen: z.number().int(),
  storedSource: z.string(),
  otherFen: z.number().int(),
  otherSource: z.string(),
  detectedAt: z.number().int(),
});

/** A value outside what the platform allows or what is plausible. */
export const OutOfRangeFindingSchema = z.object({
  check: z.literal("out_of_range"),
  ...findingBase,
  kind: RecordKindSchema,
  /** Order id, "itemId/skuId", campaign id or the traffic day. */
  subject: z.string(),
  /** Untrusted platform text (a title), shown as text only. */
  title: z.string().nullable(),
  /** Which rule: e.g. "refund_over_paid", "paid_over_goods", "buyers_over_visitors". */
  rule: z.string(),
  /** The offending value and the limit it broke, in the unit the rule names (fen, count, ratio). */
  value: z.number(),
  limit: z.number(),
});

/** Orders captured for a shop-day against the platform's own daily figure (生意参谋 payAmt …). */
export const DayTotalFindingSchema = z.object({
  check: z.literal("day_total_mismatch"),
  ...findingBase,
  ordersFen: z.number().int(),
  orders: z.number().int(),
  platformFen: z.number().int(),
  platformOrders: z.number().int().nullable(),
  /** ordersFen − platformFen, and that as a fraction of platformFen (null when it is 0). */
  diffFen: z.number().int(),
  diffRatio: z.number().nullable(),
});

/** SKUs with one outer code (商家编码) that resolve to two or more products. */
export const OuterCodeFindingSchema = z.object({
  check: z.literal("outer_code_products"),
  ...findingBase,
  outerCode: z.string(),
  products: z.array(
    z.object({
      productKey: z.string(),
      name: z.string().nullable(),
      skus: z.number().int(),
    }),
  ),
});

/** A product sold in the range without a unit cost: its profit is unknown. */
export const MissingCostFindingSchema = z.object({
  check: z.literal("missing_cost"),
  ...findingBase,
  productKey: z.string(),
  name: z.string().nullable(),
  outerCode: z.string().nullable(),
  units: z.number().int(),
  paidFen: z.number().int(),
});

export const QualityFindingSchema = z.discriminatedUnion("check", [
  KeyConflictFindingSchema,
  OutOfRangeFindingSchema,
  DayTotalFindingSchema,
  OuterCodeFindingSchema,
  MissingCostFindingSchema,
]);
export type QualityFinding = z.infer<typeof QualityFindingSchema>;
export type QualityFindingOf<C extends QualityCheckId> = Extract<QualityFinding, { check: C }>;

export const QualityCheckResultSchema = z.object({
  check: QualityCheckIdSchema,
  /** Findings per tier (all of them, also those past the listed ones). */
  counts: z.object({
    blocking: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
  /** The most important findings first (blocking, then the biggest), at most 200. */
  findings: z.array(QualityFindingSchema),
});
export type QualityCheckResult = z.infer<typeof QualityCheckResultSchema>;

/** GET /api/v1/quality?from&to&preset&platform&shop: the 数据质量 page. */
export const QualityReportSchema = z.object({
  meta: ReportMetaSchema,
  freshness: z.array(ShopFreshnessSchema),
  checks: z.array(QualityCheckResultSchema),
  totals: z.object({
    blocking: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
});
export type QualityReport = z.infer<typeof QualityReportSchema>;

/**
 * GET /api/v1/quality/summary?from&to&…&kinds=order,traffic: what every report page states
 * about its range: how fresh, how complete, and whether blocking findings touch it.
 */
export const QualitySummarySchema = z.object({
  meta: ReportMetaSchema,
  /** The kinds asked for, summed over the shops in the filter. */
  kinds: z.array(
    z.object({
      kind: RecordKindSchema,
      lastCapturedAt: z.number().int().nullable(),
      /** Shop-days of the range with records, and shop-days in the range (shops × days). */
      shopDaysWithData: z.number().int(),
      shopDays: z.number().int(),
      /** Shops (platform:shopId) with at least one missing day in the range. */
      shopsWithGaps: z.array(z.string()),
    }),
  ),
  /** Shops in the filter whose sync stopped (the sync_stopped rule). */
  stoppedShops: z.array(z.string()),
  totals: z.object({
    blocking: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
});
export type QualitySummary = z.infer<typeof QualitySummarySchema>;
