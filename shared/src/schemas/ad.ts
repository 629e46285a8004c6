import * as z from "zod";
import {
  BusinessDateSchema,
  CountSchema,
  FenSchema,
  IdSchema,
  RecordBaseSchema,
  TextSchema,
} from "./primitives.ts";

/** One campaign's figures for one Beijing day in one ad channel (直通车, 万相台, 京准通, 多多搜索 …). */
export const AdSchema = RecordBaseSchema.extend({
  kind: z.literal("ad"),
  date: BusinessDateSchema,
  /** Channel id, e.g. "ztc", "wxt", "tbk", "jzt", "pdd-search", "pdd-scene". */
  channel: z.string().regex(/^[a-z0-9-]{1,32}$/, "channel must be a short lower-case id"),
  campaignId: IdSchema,
  campaignName: TextSchema(200).nullable(),
  itemId: IdSchema.nullable(),
  spendFen: FenSchema,
  impressions: CountSchema,
  clicks: CountSchema,
  attributedOrders: CountSchema,
  attributedFen: FenSchema,
});
export type Ad = z.infer<typeof AdSchema>;
