import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ComparedSchema, ReportMetaSchema } from "./query.ts";

const count = z.number().int().nullable();

/** Traffic of a span (see shared/metrics/traffic.ts `spanFigures`); null is unknown. */
export const SpanFiguresSchema = z.object({
  /** platform-span: the platform's own figure for exactly the span; daily-sum: additive sums, distinct unknown. */
  source: z.enum(["platform-span", "daily-sum", "unknown"]),
  visitors: count,
  buyers: count,
  cartBuyers: count,
  pageViews: count,
  paidOrders: count,
  paidFen: count,
  conversionRate: z.number().nullable(),
  missingDates: z.array(z.string()),
});
export type SpanFiguresDto = z.infer<typeof SpanFiguresSchema>;

/** Visitors → add-to-cart buyers → paying buyers, only where the platform gave the span's figures. */
export const TrafficFunnelSchema = z.object({
  visitors: z.number().int(),
  cartBuyers: count,
  buyers: count,
  cartRate: z.number().nullable(),
  conversionRate: z.number().nullable(),
});

/** Figures with 环比 and 同比 (blank where either span cannot be answered). */
export const TrafficKpisSchema = z.object({
  visitors: ComparedSchema,
  pageViews: ComparedSchema,
  buyers: ComparedSchema,
  conversionRate: ComparedSchema,
  cartBuyers: ComparedSchema,
  paidOrders: ComparedSchema,
  paidFen: ComparedSchema,
});
export type TrafficKpis = z.infer<typeof TrafficKpisSchema>;

const DaySchema = z.object({ date: z.string(), figures: SpanFiguresSchema });

/** GET /api/v1/reports/traffic */
export const TrafficReportSchema = z.object({
  meta: ReportMetaSchema,
  /** All shops: additive figures summed; visitors and buyers only when there is one shop. */
  total: z.object({ figures: SpanFiguresSchema, kpis: TrafficKpisSchema }),
  /** Every day of the range, over all shops (same rule as the total). */
  days: z.array(DaySchema),
  /** Shops with shop-level traffic captured in the range or the previous period. */
  shops: z.array(
    z.object({
      platform: PlatformSchema,
      shopId: z.string(),
      shopName: z.string().nullable(),
      figures: SpanFiguresSchema,
      funnel: TrafficFunnelSchema.nullable(),
      kpis: TrafficKpisSchema,
      days: z.array(DaySchema),
    }),
  ),
  /** Items with item-level traffic in the range, most visitors (then page views) first. */
  items: z.array(
    z.object({
      platform: PlatformSchema,
      shopId: z.string(),
      itemId: z.string(),
      title: z.string().nullable(),
      figures: SpanFiguresSchema,
    }),
  ),
});
export type TrafficReport = z.infer<typeof TrafficReportSchema>;
