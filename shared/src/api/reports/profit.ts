import * as z from "zod";
import { WATERFALL_STEPS } from "../../metrics/profit.ts";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ComparedSchema, ReportMetaSchema } from "./query.ts";

const fen = z.number().int();

/** Profit parts and derived figures of one slice (see shared/metrics/profit.ts). */
export const ProfitFiguresSchema = z.object({
  revenueFen: fen,
  refundFen: fen,
  cogsFen: fen,
  feesFen: fen,
  adSpendFen: fen,
  shippingFen: fen,
  otherFen: fen,
  netSalesFen: fen,
  profitFen: fen,
  /** Profit ÷ net sales; null when net sales are not positive. */
  marginRate: z.number().nullable(),
});
export type ProfitFiguresDto = z.infer<typeof ProfitFiguresSchema>;

export const WaterfallStepSchema = z.object({
  step: z.enum(WATERFALL_STEPS),
  amountFen: fen,
  runningFen: fen,
});

/** Units kept (sold − refunded) with and without a unit cost on their sale day. */
export const CostCoverageSchema = z.object({
  costedUnits: z.number().int(),
  /** Units left out of the cost of goods: "profit excludes N units without cost". */
  uncostedUnits: z.number().int(),
  /** Net sales (paid − refunded) of those units' SKU-days. */
  uncostedRevenueFen: fen,
});

/** How the figures were made, so the dashboard can say what they include. */
export const ProfitBasisSchema = z.object({
  /** Fees from captured settlements, and fees estimated from platform rates. */
  feesSettledFen: fen,
  feesEstimatedFen: fen,
  /** Some fees come from rates rather than settlements. */
  feesEstimated: z.boolean(),
  /** Platforms with sales but no settings row: their rates and shipping counted as 0. */
  platformsWithoutSettings: z.array(PlatformSchema),
  /** Other costs booked for a whole platform: left out when a shop filter or scope narrows. */
  platformCostsIncluded: z.boolean(),
  /** Other costs booked for the whole workspace: only without platform and shop filters. */
  workspaceCostsIncluded: z.boolean(),
});

const row = { figures: ProfitFiguresSchema, uncostedUnits: z.number().int() };

/** A product or SKU line: revenue, refunds, COGS, allocated fees and item ad spend. */
const ItemRowFields = {
  productKey: z.string(),
  units: z.number().int(),
  refundedUnits: z.number().int(),
  ...row,
};

/** GET /api/v1/reports/profit (owners, admins, members allowed to see costs). */
export const ProfitReportSchema = z.object({
  meta: ReportMetaSchema.extend({ basis: ProfitBasisSchema }),
  total: z.object({
    figures: ProfitFiguresSchema,
    waterfall: z.array(WaterfallStepSchema),
    /** Every part, profit and margin with 环比 and 同比. */
    compare: z.object({
      revenueFen: ComparedSchema,
      refundFen: ComparedSchema,
      cogsFen: ComparedSchema,
      feesFen: ComparedSchema,
      adSpendFen: ComparedSchema,
      shippingFen: ComparedSchema,
      otherFen: ComparedSchema,
      profitFen: ComparedSchema,
      marginRate: ComparedSchema,
    }),
    coverage: CostCoverageSchema,
  }),
  /** Every day of the range. */
  byDay: z.array(z.object({ date: z.string(), ...row })),
  /** platform null: other costs booked for the whole workspace. */
  byPlatform: z.array(z.object({ platform: PlatformSchema.nullable(), ...row })),
  /** shopId null: other costs booked for a whole platform (or workspace, platform null too). */
  byShop: z.array(
    z.object({
      platform: PlatformSchema.nullable(),
      shopId: z.string().nullable(),
      shopName: z.string().nullable(),
      ...row,
    }),
  ),
  /**
   * Products by profit (fees pro rata to net sales within each shop-day; ad spend only where an
   * ad names an item). `unallocated` is what stays at shop level (postage, shop-level ads,
   * shipping, other costs): rows + unallocated = total.
   */
  byProduct: z.object({
    rows: z.array(
      z.object({
        name: z.string(),
        outerCode: z.string().nullable(),
        platforms: z.array(PlatformSchema),
        ...ItemRowFields,
      }),
    ),
    count: z.number().int(),
    unallocated: ProfitFiguresSchema,
  }),
  /** SKUs by profit, the top `limit`. */
  bySku: z.object({
    rows: z.array(
      z.object({
        platform: PlatformSchema,
        shopId: z.string(),
        itemId: z.string(),
        skuId: z.string(),
        outerSkuId: z.string().nullable(),
        title: z.string(),
        skuText: z.string().nullable(),
        ...ItemRowFields,
      }),
    ),
    count: z.number().int(),
  }),
  /** Paid orders of the range, by payment time, one page. */
  byOrder: z.object({
    page: z.number().int(),
    pageSize: z.number().int(),
    count: z.number().int(),
    rows: z.array(
      z.object({
        platform: PlatformSchema,
        shopId: z.string(),
        orderId: z.string(),
        date: z.string(),
        paidAt: z.number().int(),
        paidFen: fen,
        refundFen: fen,
        cogsFen: fen,
        feeFen: fen,
        /** The fee is the captured settlement, not an estimate. */
        feeSettled: z.boolean(),
        shippingFen: fen,
        profitFen: fen,
        uncostedUnits: z.number().int(),
      }),
    ),
  }),
});
export type ProfitReport = z.infer<typeof ProfitReportSchema>;

/** Profit-report options beyond the common filter. */
export const ProfitOptionsSchema = z.object({
  /** Rows of byProduct and bySku (top by profit). */
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  orderPage: z.coerce.number().int().min(1).max(100000).default(1),
  orderPageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProfitOptions = z.infer<typeof ProfitOptionsSchema>;
