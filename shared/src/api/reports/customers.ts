import * as z from "zod";
import { RFM_SEGMENTS, type RfmSegmentId } from "../../metrics/customers.ts";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ReportMetaSchema } from "./query.ts";

const int = z.number().int();
const BuyerGroupSchema = z.object({ buyers: int, orders: int, paidFen: int });

const RepurchaseRateSchema = z.object({
  windowDays: int,
  eligible: int,
  repurchased: int,
  rate: z.number().nullable(),
  pending: int,
});

const scoreValue = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** Customer figures of one platform, or of all (buyers are per platform, so they add up). */
export const CustomerFiguresSchema = z.object({
  /** Buyers whose first paid order ever (in the filtered shops) falls in the range. */
  newBuyers: BuyerGroupSchema,
  /** Buyers in the range who had paid before it. */
  returningBuyers: BuyerGroupSchema,
  /** Paid orders without a buyer key: counted as orders, never as buyers. */
  unknownBuyerOrders: z.object({ orders: int, paidFen: int }),
  /** Of the buyers in the range, who paid again within 30 / 90 days of their first order in it. */
  repurchase: z.object({ d30: RepurchaseRateSchema, d90: RepurchaseRateSchema }),
  /** RFM as of the range end over the lookback (see RFM_THRESHOLDS). */
  rfm: z.object({
    buyers: int,
    segments: z.array(
      z.object({
        segment: z.enum(RFM_SEGMENTS.map((s) => s.id) as [RfmSegmentId, ...RfmSegmentId[]]),
        buyers: int,
        orders: int,
        paidFen: int,
        share: z.number().nullable(),
      }),
    ),
    grid: z.array(z.object({ r: scoreValue, f: scoreValue, buyers: int })),
  }),
});
export type CustomerFigures = z.infer<typeof CustomerFiguresSchema>;

/** GET /api/v1/reports/customers: aggregates only, never a buyer key. */
export const CustomersReportSchema = z.object({
  meta: ReportMetaSchema,
  rfmWindow: z.object({ from: z.string(), to: z.string() }),
  total: CustomerFiguresSchema,
  platforms: z.array(CustomerFiguresSchema.extend({ platform: PlatformSchema })),
});
export type CustomersReport = z.infer<typeof CustomersReportSchema>;
