import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ReportMetaSchema } from "./query.ts";

const fen = z.number().int();
const count = z.number().int();

/** Paid orders of one span: amount (fen, postage included, as order totals are) and count. */
export const LiveFiguresSchema = z.object({ paidFen: fen, orders: count });
export type LiveFigures = z.infer<typeof LiveFiguresSchema>;

/** Today until now against yesterday until the same time of day (Beijing). */
export const LiveComparisonSchema = z.object({
  today: LiveFiguresSchema,
  yesterday: LiveFiguresSchema,
  /** Relative change (0.25 = +25%); null when yesterday had none. */
  vsYesterday: z.object({ paidFen: z.number().nullable(), orders: z.number().nullable() }),
});
export type LiveComparison = z.infer<typeof LiveComparisonSchema>;

export const LiveHourSchema = z.object({
  /** Beijing hour of payment, 0–23 (hour 9 = 09:00–09:59). */
  hour: z.number().int().min(0).max(23),
  platform: PlatformSchema,
  today: LiveFiguresSchema,
  /** The same hour yesterday; the current hour only until the same minute. */
  yesterday: LiveFiguresSchema,
});
export type LiveHour = z.infer<typeof LiveHourSchema>;

export const LiveProductSchema = z.object({
  rank: z.number().int(),
  /** Cross-platform product key, as the products report uses. */
  productId: z.string(),
  /** The name set in settings, else the best-selling SKU's title (untrusted text: show as text). */
  name: z.string(),
  /** Platforms that sold it today, best first. */
  platforms: z.array(PlatformSchema),
  units: count,
  /** Σ order-line paid amounts today (no postage). */
  paidFen: fen,
});
export type LiveProduct = z.infer<typeof LiveProductSchema>;

/**
 * GET /api/v1/reports/live (大屏): today so far, from orders by payment time. Takes the platform
 * and shop filter; the date range is always today (meta says so), whatever the query asks.
 */
export const LiveReportSchema = z.object({
  meta: ReportMetaSchema,
  /** The instant the figures run to. */
  asOf: z.number().int(),
  today: z.string(),
  yesterday: z.string(),
  /** Beijing hour of `asOf`: `hourly` covers hours 0..currentHour. */
  currentHour: z.number().int().min(0).max(23),
  total: LiveComparisonSchema,
  /**
   * Every platform with a shop in the filter or with sales, best today first (so a wall shows
   * a card even before the day's first order).
   */
  platforms: z.array(LiveComparisonSchema.extend({ platform: PlatformSchema })),
  /** Every hour 0..currentHour × every platform above (zeros included), hour then platform. */
  hourly: z.array(LiveHourSchema),
  /** Up to 10 products by today's paid amount. */
  topProducts: z.array(LiveProductSchema).max(10),
});
export type LiveReport = z.infer<typeof LiveReportSchema>;
