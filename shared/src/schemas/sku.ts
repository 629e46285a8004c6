import * as z from "zod";
import { CountSchema, FenSchema, IdSchema, RecordBaseSchema, TextSchema } from "./primitives.ts";

export const SkuStatusSchema = z.enum(["onsale", "offshelf", "soldout"]);
export type SkuStatus = z.infer<typeof SkuStatusSchema>;

export const SkuSchema = RecordBaseSchema.extend({
  kind: z.literal("sku"),
  itemId: IdSchema,
  /** For an item without variants, parsers use the item's own single SKU id or "0". */
  skuId: IdSchema,
  outerSkuId: TextSchema(128).nullable(),
  title: TextSchema(500),
  skuText: TextSchema(500).nullable(),
  /** What a buyer normally pays (Pinduoduo: the group price). */
  priceFen: FenSchema,
  /** Null when the page does not show stock. */
  stock: CountSchema.nullable(),
  status: SkuStatusSchema,
});
export type Sku = z.infer<typeof SkuSchema>;
