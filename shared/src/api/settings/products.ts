import * as z from "zod";
import { IdSchema, PlatformSchema } from "../../schemas/primitives.ts";
import {
  MAX_IMPORT_ROWS,
  OuterCodeSchema,
  ProductIdSchema,
  ProductNameSchema,
  ReplenishmentDaysSchema,
  SkuIdSchema,
} from "./common.ts";

// ---------------------------------------------------------------- products

/** A platform SKU as the settings show it (listing data when captured, else order lines). */
export const SettingsSkuSchema = z.object({
  platform: PlatformSchema,
  shopId: z.string(),
  shopName: z.string().nullable(),
  itemId: z.string(),
  skuId: z.string(),
  title: z.string(),
  skuText: z.string().nullable(),
  outerCode: z.string().nullable(),
  /** Null when no listing was captured or the page shows no stock. */
  stock: z.number().int().nullable(),
  /** False when the SKU is known only from order lines. */
  listed: z.boolean(),
});
export type SettingsSku = z.infer<typeof SettingsSkuSchema>;

/** The unit cost in effect today (goods and packaging, fen). */
export const CurrentCostSchema = z.object({
  effectiveFrom: z.string(),
  unitCostFen: z.number().int(),
  packagingFen: z.number().int(),
});
export type CurrentCost = z.infer<typeof CurrentCostSchema>;

export const ProductSettingsSchema = z.object({
  id: z.string(),
  /** True for an "outer:<code>" group without a product row yet. */
  virtual: z.boolean(),
  /** The name a user gave, else the most common SKU title. */
  name: z.string(),
  outerCode: z.string().nullable(),
  /** Null = the workspace default (`defaults`). */
  leadTimeDays: z.number().int().nullable(),
  safetyStockDays: z.number().int().nullable(),
  skus: z.array(SettingsSkuSchema.extend({ linkedBy: z.enum(["manual", "outerCode"]) })),
  /** Only for members who may see costs: absent otherwise, null when no cost applies today. */
  cost: CurrentCostSchema.nullable().optional(),
});
export type ProductSettings = z.infer<typeof ProductSettingsSchema>;

export const ProductSuggestionSchema = z.object({
  productId: z.string(),
  name: z.string(),
  /** "outerCode": the codes match once normalised; "title": titles share most characters. */
  reason: z.enum(["outerCode", "title"]),
  /** 1 for a code match; the title similarity (0–1) otherwise. */
  score: z.number(),
});
export type ProductSuggestion = z.infer<typeof ProductSuggestionSchema>;

/** A SKU with no outer code and no manual link: it stands alone until linked. */
export const UnlinkedSkuSchema = SettingsSkuSchema.extend({
  suggestions: z.array(ProductSuggestionSchema),
});
export type UnlinkedSku = z.infer<typeof UnlinkedSkuSchema>;

/** GET /api/v1/settings/products */
export const ProductListResponseSchema = z.object({
  products: z.array(ProductSettingsSchema),
  unlinked: z.array(UnlinkedSkuSchema),
  defaults: z.object({ leadTimeDays: z.number().int(), safetyStockDays: z.number().int() }),
});
export type ProductListResponse = z.infer<typeof ProductListResponseSchema>;

/** A product row. */
export const ProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  outerCode: z.string().nullable(),
  leadTimeDays: z.number().int().nullable(),
  safetyStockDays: z.number().int().nullable(),
  createdAt: z.number().int(),
});
export type Product = z.infer<typeof ProductSchema>;
/** Answer of POST and PATCH /api/v1/settings/products[/:id]. */
export const ProductResponseSchema = z.object({ product: ProductSchema });
export type ProductResponse = z.infer<typeof ProductResponseSchema>;

/**
 * POST /api/v1/settings/products: an outer code already taken by a product is a 409. Days
 * left out (or null) use the workspace default.
 */
export const CreateProductRequestSchema = z
  .object({
    name: ProductNameSchema,
    outerCode: OuterCodeSchema.optional(),
    leadTimeDays: ReplenishmentDaysSchema.nullable().optional(),
    safetyStockDays: ReplenishmentDaysSchema.nullable().optional(),
  })
  .strict();
export type CreateProductRequest = z.input<typeof CreateProductRequestSchema>;

/** POST /api/v1/settings/products/import: all or nothing; any outer code already taken is a 409. */
export const ImportProductsRequestSchema = z
  .object({ products: z.array(CreateProductRequestSchema).min(1).max(MAX_IMPORT_ROWS) })
  .strict()
  .refine((b) => {
    const codes = b.products.flatMap((p) => (p.outerCode === undefined ? [] : [p.outerCode]));
    return new Set(codes).size === codes.length;
  }, "an outer code appears twice");
export type ImportProductsRequest = z.input<typeof ImportProductsRequestSchema>;
export const ImportProductsResponseSchema = z.object({ products: z.array(ProductSchema) });
export type ImportProductsResponse = z.infer<typeof ImportProductsResponseSchema>;

/** PATCH /api/v1/settings/products/:id: null days fall back to the workspace default. */
export const UpdateProductRequestSchema = z
  .object({
    name: ProductNameSchema.optional(),
    leadTimeDays: ReplenishmentDaysSchema.nullable().optional(),
    safetyStockDays: ReplenishmentDaysSchema.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "change at least one field");
export type UpdateProductRequest = z.input<typeof UpdateProductRequestSchema>;

// ---------------------------------------------------------------- product links

/** A platform SKU of the caller's workspace. */
export const SkuRefSchema = z
  .object({ platform: PlatformSchema, shopId: IdSchema, itemId: IdSchema, skuId: SkuIdSchema })
  .strict();
export type SkuRef = z.infer<typeof SkuRefSchema>;

/** PUT /api/v1/settings/product-links (DELETE takes the SkuRef alone). */
export const ProductLinkRequestSchema = SkuRefSchema.extend({
  productId: ProductIdSchema,
}).strict();
export type ProductLinkRequest = z.infer<typeof ProductLinkRequestSchema>;

export const ProductLinkResponseSchema = z.object({
  link: SkuRefSchema.extend({ productId: z.string(), createdAt: z.number().int() }),
});
export type ProductLinkResponse = z.infer<typeof ProductLinkResponseSchema>;
