import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ComparedSchema, ReportMetaSchema } from "./query.ts";

/** Sales figures of one span and slice (see shared/metrics/sales.ts). */
export const SalesFiguresSchema = z.object({
  orders: z.number().int(),
  units: z.number().int(),
  paidFen: z.number().int(),
  refundFen: z.number().int(),
  refundOrders: z.number().int(),
  netSalesFen: z.number().int(),
  buyers: z.number().int().nullable(),
  aovFen: z.number().int().nullable(),
  refundRate: z.number().nullable(),
  ordersPerBuyer: z.number().nullable(),
});
export type SalesFiguresDto = z.infer<typeof SalesFiguresSchema>;

/** The headline figures, each with 环比 and 同比. */
export const SalesKpisSchema = z.object({
  paidFen: ComparedSchema,
  netSalesFen: ComparedSchema,
  orders: ComparedSchema,
  units: ComparedSchema,
  buyers: ComparedSchema,
  aovFen: ComparedSchema,
  refundFen: ComparedSchema,
  refundRate: ComparedSchema,
});
export type SalesKpis = z.infer<typeof SalesKpisSchema>;

export const ShopSalesSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  shopName: z.string().nullable(),
  figures: SalesFiguresSchema,
  /** Share of the filtered total's paid amount (0..1). */
  share: z.number().nullable(),
  kpis: SalesKpisSchema,
});

export const PlatformSalesSchema = z.object({
  platform: PlatformSchema,
  figures: SalesFiguresSchema,
  share: z.number().nullable(),
  kpis: SalesKpisSchema,
});

/** GET /api/v1/reports/overview */
export const OverviewReportSchema = z.object({
  meta: ReportMetaSchema,
  kpis: SalesKpisSchema,
  /** One row per day of the range and platform with sales (days without sales are absent). */
  daily: z.array(
    z.object({
      date: z.string(),
      platform: PlatformSchema,
      orders: z.number().int(),
      units: z.number().int(),
      paidFen: z.number().int(),
      refundFen: z.number().int(),
    }),
  ),
  /** Every day of the range with the total figures (buyers counted distinct per day). */
  days: z.array(z.object({ date: z.string(), figures: SalesFiguresSchema })),
  platforms: z.array(PlatformSalesSchema),
  shops: z.array(ShopSalesSchema),
  /** Today until now against yesterday until the same time of day (Beijing). */
  live: z.object({
    asOf: z.number().int(),
    today: SalesFiguresSchema,
    yesterdaySameTime: SalesFiguresSchema,
    vsYesterday: z.object({
      paidFen: z.number().nullable(),
      orders: z.number().nullable(),
      buyers: z.number().nullable(),
    }),
  }),
});
export type OverviewReport = z.infer<typeof OverviewReportSchema>;

/** GET /api/v1/reports/platforms: the same figures side by side. */
export const PlatformsReportSchema = z.object({
  meta: ReportMetaSchema,
  total: z.object({ figures: SalesFiguresSchema, kpis: SalesKpisSchema }),
  platforms: z.array(PlatformSalesSchema),
  shops: z.array(ShopSalesSchema),
});
export type PlatformsReport = z.infer<typeof PlatformsReportSchema>;
