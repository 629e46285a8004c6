import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ReportMetaSchema } from "./query.ts";

export const PRODUCT_SORTS = ["sales", "units", "refunds", "margin"] as const;

/** Options of GET /api/v1/reports/products beyond the common filter. */
export const ProductsOptionsSchema = z.object({
  /** Ranking order; `margin` needs the right to see costs. */
  sort: z.enum(PRODUCT_SORTS).default("sales"),
  /** Products returned (the ranking, ABC classes and totals always cover all of them). */
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ProductsOptions = z.infer<typeof ProductsOptionsSchema>;

const fen = z.number().int();
const nullableFen = fen.nullable();

/** One platform's part of a product's sales. */
export const ProductPlatformSchema = z.object({
  platform: PlatformSchema,
  /** Shop ids on this platform that sold the product. */
  shops: z.array(z.string()),
  units: z.number().int(),
  paidFen: fen,
  refundFen: fen,
});

/** One platform SKU of a product, for drill-down. */
export const ProductSkuSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  itemId: z.string(),
  /** The SKU id, '' for items without SKUs. */
  skuKey: z.string(),
  /** Untrusted platform text: show as text, never as HTML or a formula. */
  title: z.string(),
  outerCode: z.string().nullable(),
  units: z.number().int(),
  paidFen: fen,
  refundFen: fen,
});

export const ProductRowSchema = z.object({
  /** Position in the requested sort (1 = first). */
  rank: z.number().int(),
  /** A product row's id, "outer:<code>" (grouped by outer code) or "sku:…" (a lone SKU). */
  productId: z.string(),
  /** The name set in settings, else the title of the best-selling SKU. */
  name: z.string(),
  /** True when the name was set in settings. */
  named: z.boolean(),
  outerCode: z.string().nullable(),
  abc: z.enum(["A", "B", "C"]),
  units: z.number().int(),
  paidFen: fen,
  refundFen: fen,
  netSalesFen: fen,
  refundRate: z.number().nullable(),
  /** Share of all products' paid amount (0..1). */
  share: z.number().nullable(),
  /** Σ units × the unit cost in force on each day; null when unknown or not visible. */
  costFen: nullableFen,
  /** Paid − refunds − cost; null when the cost is unknown or not visible. */
  marginFen: nullableFen,
  marginRate: z.number().nullable(),
  previousUnits: z.number().int(),
  previousPaidFen: fen,
  /** 环比 of paid amount and units; null when the previous period had none. */
  paidVsPrevious: z.number().nullable(),
  unitsVsPrevious: z.number().nullable(),
  platforms: z.array(ProductPlatformSchema),
  skus: z.array(ProductSkuSchema),
});
export type ProductRow = z.infer<typeof ProductRowSchema>;

/** GET /api/v1/reports/products: the cross-platform product ranking. */
export const ProductsReportSchema = z.object({
  meta: ReportMetaSchema,
  sort: z.enum(PRODUCT_SORTS),
  /** False for members who may not see costs: every cost and margin figure is null. */
  costsVisible: z.boolean(),
  /** Products with sales in the range (before `limit`). */
  productCount: z.number().int(),
  /** The whole filtered range (equal to the overview's figures for the same filter). */
  totals: z.object({
    units: z.number().int(),
    paidFen: fen,
    refundFen: fen,
    netSalesFen: fen,
    refundRate: z.number().nullable(),
    /** The products' part of paid: order lines; the rest is postage and order-level amounts. */
    productsPaidFen: fen,
    otherPaidFen: fen,
  }),
  products: z.array(ProductRowSchema),
});
export type ProductsReport = z.infer<typeof ProductsReportSchema>;
