import * as z from "zod";
import { AlertRuleIdSchema } from "../alerts/rules.ts";
import { PlatformSchema } from "../schemas/primitives.ts";
import { AlertEvidenceSchema, AlertSeveritySchema } from "./alerts.ts";
import { LiveComparisonSchema } from "./reports/live.ts";

const count = z.number().int();
const DaySpanSchema = z.object({ from: z.string(), to: z.string() });

/** Most open alerts one insights response lists (`alertCount` says how many are open). */
export const DEVICE_INSIGHTS_MAX_ALERTS = 20;

/**
 * A platform SKU as the platform's own pages show it: [platform, shopId, itemId, skuId], so the
 * overlay finds a product from a row of a seller back-office list. skuId is "0" for an item
 * without variants (the parsers' convention).
 */
export const InsightSkuKeySchema = z.tuple([PlatformSchema, z.string(), z.string(), z.string()]);
export type InsightSkuKey = z.infer<typeof InsightSkuKeySchema>;

/** One platform's part of a product (only platforms where it is listed or sold). */
export const InsightPlatformSchema = z.object({
  platform: PlatformSchema,
  /** Σ known stock of its SKUs on this platform; null = unknown (never captured), not zero. */
  stock: count.nullable(),
  /** Units sold in the 7 and 30 days ending yesterday (`windows`). */
  units7: count,
  units30: count,
});
export type InsightPlatform = z.infer<typeof InsightPlatformSchema>;

/** One cross-platform product: the inventory report's figures, plus margin when visible. */
export const InsightProductSchema = z.object({
  /** Cross-platform product key, as the reports use ("outer:<code>", "sku:…" or a product id). */
  productId: z.string(),
  /** Untrusted text (a platform title unless named in settings): render as text only. */
  name: z.string(),
  outerCode: z.string().nullable(),
  /** Σ known stock on every platform; null when no SKU's stock is known. */
  stock: count.nullable(),
  units7: count,
  units30: count,
  /** Days the stock lasts at the current velocity; null when stock is unknown or nothing sells. */
  daysOfCover: z.number().nullable(),
  /** Beijing date the stock runs out; null with `daysOfCover`. */
  stockOutDate: z.string().nullable(),
  /** Cover shorter than lead time + safety stock (the inventory report's 低库存). */
  lowStock: z.boolean(),
  /** Units to order now; null unless the inventory report says reorder now. */
  reorderQuantity: count.nullable(),
  /**
   * (Paid − refunds − cost) ÷ (paid − refunds) over the 30 days ending yesterday, as the
   * products report computes it; null when costs are not visible, a cost is missing, or it
   * did not sell.
   */
  marginRate: z.number().nullable(),
  platforms: z.array(InsightPlatformSchema),
  skus: z.array(InsightSkuKeySchema),
});
export type InsightProduct = z.infer<typeof InsightProductSchema>;

/** An open alert, as the alerts list shows it. */
export const InsightAlertSchema = z.object({
  id: z.string(),
  rule: AlertRuleIdSchema,
  severity: AlertSeveritySchema,
  platform: PlatformSchema.nullable(),
  shopId: z.string().nullable(),
  /** Untrusted platform text; null when the shop's name was never captured. */
  shopName: z.string().nullable(),
  /** The Beijing day the finding is about. */
  date: z.string(),
  /** What the rule measured (fen, ratios, counts, dates, plain-text names). */
  evidence: AlertEvidenceSchema,
  /** Dashboard path with filters (prefix the server URL), e.g. "/inventory?shop=taobao:1". */
  link: z.string(),
});
export type InsightAlert = z.infer<typeof InsightAlertSchema>;

/**
 * GET /api/v1/devices/insights (device token): the team's figures for the in-page overlay, with
 * the rights of the member who paired the device (their shops; costs only if they may see
 * them). Cache it (the server says `private, max-age=60`) and refresh in the background.
 */
export const DeviceInsightsResponseSchema = z.object({
  /** Epoch ms the figures were read. */
  generatedAt: z.number().int(),
  /** Beijing date of `generatedAt`. */
  today: z.string(),
  /** False when the pairing member may not see costs: every `marginRate` is then null. */
  costsVisible: z.boolean(),
  /** "platform:shopId" keys the figures are limited to (the member's scope); null = all shops. */
  shops: z.array(z.string()).nullable(),
  /** The velocity windows of `units7`/`units30` (Beijing days ending yesterday). */
  windows: z.object({ days7: DaySpanSchema, days30: DaySpanSchema }),
  /** Today until now against yesterday until the same time of day, as the live report. */
  live: z.object({
    total: LiveComparisonSchema,
    /** Every platform with a shop in scope or with sales, best today first. */
    platforms: z.array(LiveComparisonSchema.extend({ platform: PlatformSchema })),
  }),
  /** Every product of the inventory report (listed, or sold in 30 days), shortest cover first. */
  products: z.array(InsightProductSchema),
  /** Open (new or seen) alerts in scope, most severe first, then newest; at most 20. */
  alerts: z.array(InsightAlertSchema).max(DEVICE_INSIGHTS_MAX_ALERTS),
  /** All open alerts in scope (may exceed the list). */
  alertCount: count,
});
export type DeviceInsightsResponse = z.infer<typeof DeviceInsightsResponseSchema>;
