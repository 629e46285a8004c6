import * as z from "zod";
import { PlatformSchema } from "../../schemas/primitives.ts";
import { ReportMetaSchema } from "./query.ts";

export const INVENTORY_LISTS = ["low", "over", "slow", "reorder", "all"] as const;

/** Options of GET /api/v1/reports/inventory: which rows the CSV export holds. */
export const InventoryOptionsSchema = z.object({
  list: z.enum(INVENTORY_LISTS).default("all"),
});
export type InventoryOptions = z.infer<typeof InventoryOptionsSchema>;

/** One platform SKU of a product: its listing's stock and its sales. */
export const InventorySkuSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  itemId: z.string(),
  skuId: z.string(),
  /** Untrusted platform text. */
  title: z.string(),
  skuText: z.string().nullable(),
  outerCode: z.string().nullable(),
  /** Stock of the latest capture; null = unknown (never captured, or not shown), not zero. */
  stock: z.number().int().nullable(),
  /** Listing status (onsale, offshelf, soldout); null when no listing was captured. */
  status: z.string().nullable(),
  units7: z.number().int(),
  units30: z.number().int(),
  lastSaleDate: z.string().nullable(),
});

export const InventoryPlatformSchema = z.object({
  platform: PlatformSchema,
  shops: z.array(z.string()),
  stock: z.number().int().nullable(),
  units30: z.number().int(),
});

const ReorderSchema = z.object({
  reorderPoint: z.number().int(),
  reorderNow: z.boolean(),
  quantity: z.number().int(),
});

export const InventoryProductSchema = z.object({
  productId: z.string(),
  name: z.string(),
  named: z.boolean(),
  outerCode: z.string().nullable(),
  /** Σ known SKU stocks; null when no SKU's stock is known. */
  stock: z.number().int().nullable(),
  /** SKUs whose stock is unknown (their stock is not in `stock`). */
  unknownStockSkus: z.number().int(),
  units7: z.number().int(),
  units30: z.number().int(),
  /** Units per day over the 7 and 30 days ending yesterday. */
  velocity7: z.number(),
  velocity30: z.number(),
  /** Which velocity cover uses: 30-day, or 7-day when the product first sold inside the window. */
  velocityBasis: z.enum(["7d", "30d"]),
  /** Stock ÷ velocity; null when stock is unknown or nothing sells. */
  daysOfCover: z.number().nullable(),
  stockOutDate: z.string().nullable(),
  firstSaleDate: z.string().nullable(),
  lastSaleDate: z.string().nullable(),
  daysSinceLastSale: z.number().int().nullable(),
  leadTimeDays: z.number().int(),
  safetyStockDays: z.number().int(),
  reorder: ReorderSchema.nullable(),
  flags: z.object({
    lowStock: z.boolean(),
    overstock: z.boolean(),
    slowMoving: z.boolean(),
    reorder: z.boolean(),
  }),
  platforms: z.array(InventoryPlatformSchema),
  skus: z.array(InventorySkuSchema),
});
export type InventoryProduct = z.infer<typeof InventoryProductSchema>;

/** GET /api/v1/reports/inventory: stock now, sales velocity, cover and the action lists. */
export const InventoryReportSchema = z.object({
  meta: ReportMetaSchema,
  /** Velocity windows (Beijing days ending yesterday); stock is the latest capture. */
  windows: z.object({
    days7: z.object({ from: z.string(), to: z.string() }),
    days30: z.object({ from: z.string(), to: z.string() }),
  }),
  settings: z.object({
    leadTimeDays: z.number().int(),
    safetyStockDays: z.number().int(),
    slowMovingDays: z.number().int(),
    overstockDays: z.number().int(),
    reorderCoverDays: z.number().int(),
  }),
  /** Products, shortest cover first (unknown cover last). */
  products: z.array(InventoryProductSchema),
  /** Product ids of each list, in the order of `products`. */
  lists: z.object({
    lowStock: z.array(z.string()),
    overstock: z.array(z.string()),
    slowMoving: z.array(z.string()),
    reorder: z.array(z.string()),
  }),
});
export type InventoryReport = z.infer<typeof InventoryReportSchema>;
