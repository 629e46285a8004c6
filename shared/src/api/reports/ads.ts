import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ComparedSchema, ReportMetaSchema } from "./query.ts";

const int = z.number().int();
const nullableNumber = z.number().nullable();

/** Ad figures of one slice (see shared/metrics/ads.ts): summed parts and recomputed ratios. */
export const AdFiguresSchema = z.object({
  spendFen: int,
  impressions: int,
  clicks: int,
  attributedOrders: int,
  attributedFen: int,
  ctr: nullableNumber,
  cpcFen: int.nullable(),
  conversionRate: nullableNumber,
  roas: nullableNumber,
  acos: nullableNumber,
});
export type AdFiguresDto = z.infer<typeof AdFiguresSchema>;

/** Each ad figure with 环比 and 同比. */
export const AdKpisSchema = z.object({
  spendFen: ComparedSchema,
  impressions: ComparedSchema,
  clicks: ComparedSchema,
  ctr: ComparedSchema,
  cpcFen: ComparedSchema,
  conversionRate: ComparedSchema,
  attributedOrders: ComparedSchema,
  attributedFen: ComparedSchema,
  roas: ComparedSchema,
  acos: ComparedSchema,
});
export type AdKpis = z.infer<typeof AdKpisSchema>;

/** Paid amount of the same filter (rollup_shop_day) and spend as a share of it. */
const salesShare = {
  salesFen: int,
  /** Spend ÷ paid amount; null when sales are 0. */
  spendShare: nullableNumber,
};

/** GET /api/v1/reports/ads */
export const AdsReportSchema = z.object({
  meta: ReportMetaSchema,
  total: z.object({
    figures: AdFiguresSchema,
    kpis: AdKpisSchema,
    ...salesShare,
    /** Spend share of sales with 环比 and 同比. */
    spendShareKpi: ComparedSchema,
  }),
  platforms: z.array(
    z.object({
      platform: PlatformSchema,
      figures: AdFiguresSchema,
      kpis: AdKpisSchema,
      ...salesShare,
    }),
  ),
  /** Per platform and channel id ("ztc", "jzt" …; names in AD_CHANNELS). */
  channels: z.array(
    z.object({
      platform: PlatformSchema,
      channel: z.string(),
      figures: AdFiguresSchema,
      /** Share of the total spend. */
      spendOfTotal: nullableNumber,
      kpis: AdKpisSchema,
    }),
  ),
  /** Per campaign in the range, most spend first; the name as last captured. */
  campaigns: z.array(
    z.object({
      platform: PlatformSchema,
      shopId: z.string(),
      shopName: z.string().nullable(),
      channel: z.string(),
      campaignId: z.string(),
      campaignName: z.string().nullable(),
      figures: AdFiguresSchema,
    }),
  ),
  /** Per promoted item (itemId null: records that name no single item), most spend first. */
  items: z.array(
    z.object({
      platform: PlatformSchema,
      shopId: z.string(),
      itemId: z.string().nullable(),
      title: z.string().nullable(),
      figures: AdFiguresSchema,
    }),
  ),
  /** Every day of the range. */
  days: z.array(z.object({ date: z.string(), figures: AdFiguresSchema, ...salesShare })),
  /**
   * 直通车 account rows left out because 万相台 rows of the same shop and day hold the same
   * keyword spend (关键词推广 runs inside 万相台): counting both would double it.
   */
  overlap: z.object({ shopDays: int, spendFen: int }),
});
export type AdsReport = z.infer<typeof AdsReportSchema>;
