import * as z from "zod";
import {
  BusinessDateSchema,
  CountSchema,
  FenSchema,
  IdSchema,
  RecordBaseSchema,
} from "./primitives.ts";

/**
 * Traffic for a shop or one item over `days` days starting at `date`. Every metric is nullable:
 * unknown is not zero. Visitors and buyers are distinct counts and never add up across items
 * or days.
 */
export const TrafficSchema = RecordBaseSchema.extend({
  kind: z.literal("traffic"),
  date: BusinessDateSchema,
  days: z.number().int().min(1).max(366),
  /** Null means shop level. */
  itemId: IdSchema.nullable(),
  visitors: CountSchema.nullable(),
  pageViews: CountSchema.nullable(),
  buyers: CountSchema.nullable(),
  paidOrders: CountSchema.nullable(),
  paidFen: FenSchema.nullable(),
  cartBuyers: CountSchema.nullable(),
  favBuyers: CountSchema.nullable(),
});
export type Traffic = z.infer<typeof TrafficSchema>;
