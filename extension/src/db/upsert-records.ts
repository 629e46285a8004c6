import {
  type CanonicalRecord,
  isNewerVersion,
  naturalKey,
  type RecordKind,
  recordHash,
} from "@tongshu/shared";
import { KIND_TABLES, type StoredRecord, type TongshuDb } from "./schema.ts";

/** Bulk writes go in chunks of this many rows (Dexie's guidance: about a thousand). */
export const CHUNK = 1000;

export interface UpsertCounts {
  /** Versions that replaced nothing or an older capture, and are queued for sync. */
  written: number;
  /** Records already stored at the same or a newer capture. */
  unchanged: number;
}

async function toStored(record: CanonicalRecord): Promise<StoredRecord> {
  return {
    key: naturalKey(record),
    shop: `${record.platform}|${record.shopId}`,
    capturedAt: record.capturedAt,
    hash: await recordHash(record),
    record,
  };
}

/** Keeps the winning version per key within one call (the same rule as against the store). */
function latestByKey(rows: StoredRecord[]): StoredRecord[] {
  const byKey = new Map<string, StoredRecord>();
  for (const row of rows) {
    const seen = byKey.get(row.key);
    if (!seen || isNewerVersion(row, seen)) byKey.set(row.key, row);
  }
  return [...byKey.values()];
}

async function upsertChunk(
  db: TongshuDb,
  kind: RecordKind,
  rows: StoredRecord[],
  now: number,
): Promise<number> {
  const table = db.recordTable(kind);
  return db.transaction("rw", table, db.outbox, async () => {
    const stored = await table.bulkGet(rows.map((r) => r.key));
    const winners = rows.filter((row, i) => isNewerVersion(row, stored[i]));
    if (winners.length === 0) return 0;
    await table.bulkPut(winners);
    await db.outbox.bulkPut(winners.map((w) => ({ key: w.key, kind, queuedAt: now })));
    return winners.length;
  });
}

/**
 * Upserts records by natural key with the design's rule (a newer capture wins; the same batch
 * twice changes nothing) and queues every change for sync. Chunked transactions per kind.
 */
export async function upsertRecords(
  db: TongshuDb,
  records: CanonicalRecord[],
  now: number,
): Promise<UpsertCounts> {
  const byKind = new Map<RecordKind, StoredRecord[]>();
  for (const record of records) {
    const rows = byKind.get(record.kind) ?? [];
    rows.push(await toStored(record));
    byKind.set(record.kind, rows);
  }
  let written = 0;
  for (const kind of Object.keys(KIND_TABLES) as RecordKind[]) {
    const rows = latestByKey(byKind.get(kind) ?? []);
    for (let i = 0; i < rows.length; i += CHUNK)
      written += await upsertChunk(db, kind, rows.slice(i, i + CHUNK), now);
  }
  return { written, unchanged: records.length - written };
}
