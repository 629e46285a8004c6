import type { CanonicalRecord, RecordKind, ShopRef } from "@tongshu/shared";
import type { OutboxEntry, TongshuDb } from "../db/schema.ts";

/** At most this many records per request. */
export const MAX_BATCH_RECORDS = 500;
/** Serialized records per request stay near 1 MiB, a quarter of the server's 4 MiB limit. */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** The server accepts names for at most this many shops per batch. */
const MAX_BATCH_SHOPS = 100;

/** One outbox entry with the record version that goes out for it. */
export interface BatchItem {
  key: string;
  kind: RecordKind;
  /** The outbox entry's queuedAt when read: a later re-queue means a newer change. */
  queuedAt: number;
  /** The stored version's hash: a different hash after sending means a newer capture. */
  hash: string;
  record: CanonicalRecord;
}

export interface BatchLimits {
  maxRecords: number;
  maxBytes: number;
}

const encoder = new TextEncoder();

/** Bytes a record adds to the request body (its JSON plus a separating comma). */
export function recordBytes(record: CanonicalRecord): number {
  return encoder.encode(JSON.stringify(record)).length + 1;
}

/**
 * Reads the oldest outbox entries with their stored versions, up to the count and byte limits
 * (a single record over the byte limit still goes alone, so the server can judge it). Entries
 * whose record is gone are dropped from the outbox. Empty when nothing is queued.
 */
export async function readBatch(
  db: TongshuDb,
  limits: BatchLimits = { maxRecords: MAX_BATCH_RECORDS, maxBytes: MAX_BATCH_BYTES },
): Promise<BatchItem[]> {
  for (;;) {
    const entries = await db.outbox.orderBy("queuedAt").limit(limits.maxRecords).toArray();
    if (entries.length === 0) return [];
    const versions = await Promise.all(
      entries.map((entry) => db.recordTable(entry.kind).get(entry.key)),
    );
    const items: BatchItem[] = [];
    const orphans: OutboxEntry[] = [];
    let bytes = 0;
    for (const [i, entry] of entries.entries()) {
      const stored = versions[i];
      if (!stored) {
        orphans.push(entry);
        continue;
      }
      const size = recordBytes(stored.record);
      if (items.length > 0 && bytes + size > limits.maxBytes) break;
      bytes += size;
      items.push({ ...entry, hash: stored.hash, record: stored.record });
    }
    await dropOrphans(db, orphans);
    if (items.length > 0 || orphans.length === 0) return items;
  }
}

/** Removes outbox entries whose record no longer exists (re-checked inside the transaction). */
async function dropOrphans(db: TongshuDb, orphans: OutboxEntry[]): Promise<void> {
  for (const entry of orphans) {
    const table = db.recordTable(entry.kind);
    await db.transaction("rw", db.outbox, table, async () => {
      if (!(await table.get(entry.key))) await db.outbox.delete(entry.key);
    });
  }
}

/**
 * A batch id derived from what the batch carries (sorted natural keys, record hashes and
 * queue times), so a batch rebuilt from the same outbox after the service worker was killed has
 * the same id and the server's idempotency turns it into a no-op. The queue time is in it so a
 * record deliberately queued again (out of quarantine) is not answered with an old verdict.
 */
export async function batchIdOf(items: readonly BatchItem[]): Promise<string> {
  const text = items
    .map((item) => `${item.key}\u0000${item.hash}\u0000${item.queuedAt}`)
    .sort()
    .join("\n");
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  const hex = Array.from(new Uint8Array(digest).slice(0, 24), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
  return `tsb_${hex}`;
}

/** The names of the batch's shops, as this browser learned them. */
export async function shopsOf(db: TongshuDb, items: readonly BatchItem[]): Promise<ShopRef[]> {
  const keys = [...new Set(items.map((i) => `${i.record.platform}|${i.record.shopId}`))];
  const shops = await db.shops.bulkGet(keys.slice(0, MAX_BATCH_SHOPS));
  return shops.flatMap((entry) => {
    if (!entry) return [];
    // The server refuses names over 200 characters, and one bad name would refuse the batch.
    return [
      {
        platform: entry.platform,
        shopId: entry.shopId,
        shopName: entry.shopName?.slice(0, 200) ?? null,
      },
    ];
  });
}

/** Halves a batch the server found too large. */
export function splitInHalves<T>(items: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}
