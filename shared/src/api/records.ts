import * as z from "zod";
import { ShopRefSchema } from "../schemas/envelope.ts";

/**
 * A batch of canonical records, as the extension's sync (POST /api/v1/ingest) and the demo
 * loader send them. Records stay `unknown` here: each is validated on its own so one bad
 * record is rejected alone.
 */
export const RecordBatchSchema = z.object({
  batchId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "batchId must be 8–64 characters of [A-Za-z0-9_-]"),
  records: z.array(z.unknown()).min(1).max(2000),
  /** Names of the shops the records belong to, as the page session showed them. */
  shops: z.array(ShopRefSchema).max(100).optional(),
});
export type RecordBatch = z.infer<typeof RecordBatchSchema>;

export const RejectedRecordSchema = z.object({
  index: z.number().int(),
  /** The record's natural key when it could be read. */
  key: z.string().nullable(),
  reason: z.string(),
});
export type RejectedRecord = z.infer<typeof RejectedRecordSchema>;

export const RecordBatchResultSchema = z.object({
  batchId: z.string(),
  /** Records written or already stored at the same or a newer capture. */
  accepted: z.number().int(),
  /** Of the accepted, how many changed the stored state. */
  written: z.number().int(),
  rejected: z.array(RejectedRecordSchema),
  /** True when this batch id had been applied before and nothing was done. */
  duplicate: z.boolean(),
});
export type RecordBatchResult = z.infer<typeof RecordBatchResultSchema>;
