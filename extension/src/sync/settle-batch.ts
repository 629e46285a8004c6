import { KIND_TABLES, type TongshuDb } from "../db/schema.ts";
import type { BatchItem } from "./batching.ts";

export interface SettleCounts {
  /** Outbox entries removed (sent and unchanged since). */
  removed: number;
  /** Record versions moved to quarantine. */
  quarantined: number;
}

/**
 * After the server answered for `items`: quarantines the versions it refused (by index into
 * `items`, with its reason) and removes from the outbox exactly the entries that are still what
 * was sent, i.e. not re-queued later and with the same stored hash. A record re-captured while
 * the batch was in flight stays queued for the next batch.
 */
export async function settleBatch(
  db: TongshuDb,
  items: readonly BatchItem[],
  refused: ReadonlyMap<number, string>,
  now: number,
): Promise<SettleCounts> {
  const tables = Object.values(KIND_TABLES).map((name) => db.table(name));
  return db.transaction("rw", [db.outbox, db.quarantine, ...tables], async () => {
    const queued = await db.outbox.bulkGet(items.map((item) => item.key));
    const stored = await Promise.all(items.map((item) => db.recordTable(item.kind).get(item.key)));
    const remove: string[] = [];
    const accepted: string[] = [];
    let quarantined = 0;
    for (const [i, item] of items.entries()) {
      const entry = queued[i];
      if (entry && entry.queuedAt <= item.queuedAt && stored[i]?.hash === item.hash) {
        remove.push(item.key);
      }
      const reason = refused.get(i);
      if (reason === undefined) {
        accepted.push(item.key);
        continue;
      }
      quarantined += 1;
      await db.quarantine.put({
        key: item.key,
        kind: item.kind,
        reason,
        at: now,
        record: item.record,
      });
    }
    await db.outbox.bulkDelete(remove);
    // This key got through now: an earlier refusal of it is no longer news.
    await db.quarantine.bulkDelete(accepted);
    return { removed: remove.length, quarantined };
  });
}

/** Every item of a batch refused for the same reason. */
export function refuseAll(count: number, reason: string): Map<number, string> {
  return new Map(Array.from({ length: count }, (_, i) => [i, reason]));
}
