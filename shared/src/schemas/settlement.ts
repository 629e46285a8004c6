import * as z from "zod";
import { IdSchema, InstantSchema, RecordBaseSchema, SignedFenSchema } from "./primitives.ts";

export const SettlementTypeSchema = z.enum([
  "income",
  "commission",
  "service_fee",
  "ad",
  "shipping",
  "deposit",
  // Not in the design's first list: bills show refunds as their own entries (Pinduoduo classId 3).
  "refund",
  "other",
]);
export type SettlementType = z.infer<typeof SettlementTypeSchema>;

/** One line of a platform bill (货款明细 / 账单): signed, income positive, deductions negative. */
export const SettlementSchema = RecordBaseSchema.extend({
  kind: z.literal("settlement"),
  entryId: IdSchema,
  orderId: IdSchema.nullable(),
  occurredAt: InstantSchema,
  type: SettlementTypeSchema,
  amountFen: SignedFenSchema,
});
export type Settlement = z.infer<typeof SettlementSchema>;
