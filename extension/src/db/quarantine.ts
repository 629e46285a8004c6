import { KIND_TABLES, type TongshuDb } from "./schema.ts";

/** Quarantine reasons grouped, most frequent first, for the popup and options pages. */
export async function quarantineReasons(
  db: TongshuDb,
  limit = 10,
): Promise<Array<{ reason: string; count: number }>> {
  const counts = new Map<string, number>();
  await db.quarantine.each((entry) => {
    counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
  });
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
    .slice(0, limit);
}

/**
 * Puts quarantined records back in the outbox (their latest stored version goes out), e.g.
 * after the server was fixed. Returns how many were queued.
 */
export async function requeueQuarantine(db: TongshuDb, now: number): Promise<number> {
  const tables = Object.values(KIND_TABLES).map((name) => db.table(name));
  return db.transaction("rw", [db.outbox, db.quarantine, ...tables], async () => {
    const entries = await db.quarantine.toArray();
    let queued = 0;
    for (const entry of entries) {
      if (await db.recordTable(entry.kind).get(entry.key)) {
        await db.outbox.put({ key: entry.key, kind: entry.kind, queuedAt: now });
        queued += 1;
      }
    }
    await db.quarantine.clear();
    return queued;
  });
}

/**
 * Deletes everything this browser captured (records, outbox, quarantine, shops, capture log,
 * sync state). Only ever on the user's explicit request when unpairing.
 */
export async function clearLocalData(db: TongshuDb): Promise<void> {
  const tables = [
    ...Object.values(KIND_TABLES).map((name) => db.table(name)),
    db.outbox,
    db.quarantine,
    db.shops,
    db.captureLog,
    db.syncState,
  ];
  await db.transaction("rw", tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
