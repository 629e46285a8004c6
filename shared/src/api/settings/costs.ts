import * as z from "zod";
import { BusinessDateSchema, FenSchema } from "../../schemas/primitives.ts";
import { MAX_IMPORT_ROWS, ProductIdSchema } from "./common.ts";

// ---------------------------------------------------------------- costs

export const ProductCostSchema = z.object({
  productId: z.string(),
  effectiveFrom: z.string(),
  unitCostFen: z.number().int(),
  packagingFen: z.number().int(),
  createdAt: z.number().int(),
  createdBy: z.string(),
});
export type ProductCost = z.infer<typeof ProductCostSchema>;

/** GET /api/v1/settings/costs[?productId=]: oldest first; all products without productId. */
export const CostHistoryQuerySchema = z.object({ productId: ProductIdSchema.optional() });
export const CostHistoryResponseSchema = z.object({ costs: z.array(ProductCostSchema) });
export type CostHistoryResponse = z.infer<typeof CostHistoryResponseSchema>;

/** POST /api/v1/settings/costs: sets the row of that product and date (packaging 0 if omitted). */
export const SetCostRequestSchema = z
  .object({
    productId: ProductIdSchema,
    effectiveFrom: BusinessDateSchema,
    unitCostFen: FenSchema,
    packagingFen: FenSchema.default(0),
  })
  .strict();
export type SetCostRequest = z.input<typeof SetCostRequestSchema>;
export const CostResponseSchema = z.object({ cost: ProductCostSchema });
export type CostResponse = z.infer<typeof CostResponseSchema>;

/** POST /api/v1/settings/costs/import: many rows at once, all or nothing (virtual ids allowed). */
export const ImportCostsRequestSchema = z
  .object({ costs: z.array(SetCostRequestSchema).min(1).max(MAX_IMPORT_ROWS) })
  .strict()
  .refine((b) => {
    const keys = b.costs.map((c) => `${c.productId}\u0000${c.effectiveFrom}`);
    return new Set(keys).size === keys.length;
  }, "a product has two costs from the same date");
export type ImportCostsRequest = z.input<typeof ImportCostsRequestSchema>;
export const ImportCostsResponseSchema = z.object({ costs: z.array(ProductCostSchema) });
export type ImportCostsResponse = z.infer<typeof ImportCostsResponseSchema>;

/** DELETE /api/v1/settings/costs */
export const DeleteCostRequestSchema = z
  .object({ productId: ProductIdSchema, effectiveFrom: BusinessDateSchema })
  .strict();
export type DeleteCostRequest = z.infer<typeof DeleteCostRequestSchema>;
