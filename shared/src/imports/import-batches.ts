import { IMPORT_BATCH_RECORDS } from "../api/imports.ts";
import type { RecordBatch } from "../api/records.ts";
import type { Platform } from "../schemas/primitives.ts";
import type { MappedRecord } from "./types.ts";

/** SHA-256 of bytes as hex (WebCrypto: browsers, workers and Node alike). */
export async function sha256Hex(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The ingest batches of one file imported into one shop. Batch ids derive from the file's hash,
 * the shop and the position, so importing the same file again sends the same batches and the
 * Worker answers "duplicate" without writing; the same file into another shop is new data.
 */
export async function importBatches(
  records: readonly MappedRecord[],
  file: { sha256: string; platform: Platform; shopId: string; shopName: string | null },
  size = IMPORT_BATCH_RECORDS,
): Promise<RecordBatch[]> {
  const base = (await sha256Hex(`${file.sha256}|${file.platform}|${file.shopId}`)).slice(0, 40);
  const batches: RecordBatch[] = [];
  for (let start = 0; start < records.length; start += size) {
    batches.push({
      batchId: `imp-${base}-${start / size}`,
      records: records.slice(start, start + size).map((mapped) => mapped.record),
      shops: [{ platform: file.platform, shopId: file.shopId, shopName: file.shopName }],
    });
  }
  return batches;
}

/** The capture time of imported records: the file's last-modified time, never after now. */
export function importCapturedAt(lastModified: number | null, now: number): number {
  return lastModified !== null && Number.isFinite(lastModified) && lastModified > 0
    ? Math.min(Math.trunc(lastModified), now)
    : now;
}
