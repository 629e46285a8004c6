import * as z from "zod";
import { PlatformSchema } from "../schemas/primitives.ts";

/** Formats the importer knows (shared/src/imports/formats): platform export layouts. */
export const IMPORT_FORMAT_IDS = [
  "taobao-orders",
  "jd-orders",
  "pdd-orders",
  "taobao-items",
  "jd-items",
  "pdd-goods",
  "sycm-shop-daily",
  "jd-shop-daily",
  "pdd-shop-daily",
] as const;
export const ImportFormatIdSchema = z.enum(IMPORT_FORMAT_IDS);
export type ImportFormatId = z.infer<typeof ImportFormatIdSchema>;

/** POST /api/v1/imports (owner/admin): opens an import of one file into one shop. */
export const StartImportRequestSchema = z.object({
  fileName: z.string().min(1).max(255),
  /** SHA-256 of the file's bytes, hex: the batch ids derive from it, so a re-import is a no-op. */
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: ImportFormatIdSchema,
  platform: PlatformSchema,
  shopId: z.string().min(1).max(64),
  shopName: z.string().max(200).nullable(),
  /** Data rows in the file, records made of them, and rows left out as invalid. */
  rows: z.number().int().min(0),
  records: z.number().int().min(0),
  skippedRows: z.number().int().min(0),
});
export type StartImportRequest = z.infer<typeof StartImportRequestSchema>;

export const ImportStatusSchema = z.enum(["running", "done", "failed"]);

export const ImportLogEntrySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: ImportFormatIdSchema,
  platform: PlatformSchema,
  shopId: z.string(),
  shopName: z.string().nullable(),
  rows: z.number().int(),
  records: z.number().int(),
  skippedRows: z.number().int(),
  /** Summed over the batches the Worker received (see RecordBatchResult). */
  batches: z.number().int(),
  accepted: z.number().int(),
  written: z.number().int(),
  rejected: z.number().int(),
  duplicateBatches: z.number().int(),
  status: ImportStatusSchema,
  createdAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
  createdBy: z.string().nullable(),
});
export type ImportLogEntry = z.infer<typeof ImportLogEntrySchema>;

export const StartImportResponseSchema = z.object({ import: ImportLogEntrySchema });

/** POST /api/v1/imports/:id/finish: closes the import (failed when the client gave up). */
export const FinishImportRequestSchema = z.object({ status: z.enum(["done", "failed"]) });

/** GET /api/v1/imports: the latest imports of the workspace, newest first. */
export const ImportListResponseSchema = z.object({ imports: z.array(ImportLogEntrySchema) });
export type ImportListResponse = z.infer<typeof ImportListResponseSchema>;

/** Records per import batch: the ingest limit is 2,000; orders with many lines stay well inside. */
export const IMPORT_BATCH_RECORDS = 500;

/** The answer to start and finish: the import's log entry. */
export const FinishImportResponseSchema = StartImportResponseSchema;
