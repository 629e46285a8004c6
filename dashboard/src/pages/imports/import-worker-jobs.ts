/**
 * The import worker's work, apart from its message glue so it can be tested. Worker-only: this
 * is the one module that loads "@tongshu/shared/imports/index" (the CSV and xlsx readers), so
 * they never reach the page's bundle or its main thread.
 */
import type { ShopRef } from "@tongshu/shared";
import {
  IMPORT_FORMATS,
  type ImportTable,
  importBatches,
  importCapturedAt,
  mapImportTable,
  readImportFile,
  sha256Hex,
  UnreadableFileError,
} from "@tongshu/shared/imports/index";
import type { ImportPlan, ImportPreview, WorkerFailure } from "./import-messages.ts";
import { toPreview } from "./import-preview.ts";

/** A file as the worker holds it between the preview and the plan. */
export interface ReadImport {
  table: ImportTable;
  fileSha256: string;
  fileName: string;
  lastModified: number;
}

/** Reads a file's bytes into a table and its preview. */
export async function readJob(
  bytes: Uint8Array,
  file: { name: string; size: number; lastModified: number },
): Promise<{ read: ReadImport; preview: ImportPreview }> {
  const table = await readImportFile(bytes, file.name);
  const fileSha256 = await sha256Hex(bytes);
  return {
    read: { table, fileSha256, fileName: file.name, lastModified: file.lastModified },
    preview: toPreview(table, file.size, IMPORT_FORMATS),
  };
}

/** Maps the read table into records of `shop` and encodes the ingest batches. */
export async function planJob(read: ReadImport, shop: ShopRef, now: number): Promise<ImportPlan> {
  const format = read.table.format;
  if (!format) throw new Error("the file's format was not recognised");
  if (!format.platforms.includes(shop.platform)) {
    throw new Error(`${format.id} is not an export of ${shop.platform}`);
  }
  const mapped = mapImportTable(read.table, format, {
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt: importCapturedAt(read.lastModified, now),
    sourceUrl: `import:${read.fileName}`,
  });
  const batches = await importBatches(mapped.records, { sha256: read.fileSha256, ...shop });
  const encoder = new TextEncoder();
  return {
    fileSha256: read.fileSha256,
    shop,
    // The English detail is only needed where the code alone cannot say what failed.
    issues: mapped.issues.map((issue) =>
      issue.code === "invalid_record" ? issue : { ...issue, message: "" },
    ),
    dataRows: mapped.dataRows,
    skippedRows: mapped.skippedRows,
    records: mapped.records.length,
    batches: batches.map((batch) => encoder.encode(JSON.stringify(batch))),
    batchRecords: batches.map((batch) => batch.records.length),
  };
}

/** A thrown error as the page words it: an unreadable file by its code, anything else as is. */
export function describeFailure(error: unknown): WorkerFailure {
  if (error instanceof UnreadableFileError) return { kind: "unreadable", code: error.code };
  return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
}
