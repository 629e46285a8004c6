import * as z from "zod";
import { FenSchema, IdSchema, InstantSchema, RecordBaseSchema, TextSchema } from "./primitives.ts";

export const RefundStatusSchema = z.enum(["pending", "approved", "rejected", "refunded", "closed"]);
export type RefundStatus = z.infer<typeof RefundStatusSchema>;

export const RefundSchema = RecordBaseSchema.extend({
  kind: z.literal("refund"),
  refundId: IdSchema,
  orderId: IdSchema,
  /** The order line refunded, when the platform says which. */
  lineId: IdSchema.nullable(),
  amountFen: FenSchema,
  reason: TextSchema(200).nullable(),
  status: RefundStatusSchema,
  createdAt: InstantSchema,
  completedAt: InstantSchema.nullable(),
});
export type Refund = z.infer<typeof RefundSchema>;
