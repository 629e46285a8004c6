import type { SyncStateRow, TongshuDb } from "../db/schema.ts";

export type SyncState = Omit<SyncStateRow, "id">;

/** A lease outlives the longest single request (30 s timeout) with room to spare. */
export const LEASE_MS = 90_000;

export const INITIAL_SYNC_STATE: SyncState = {
  lastSuccessAt: null,
  lastError: null,
  consecutiveFailures: 0,
  nextAttemptAt: null,
  needsPairing: false,
  lease: null,
};

/** The persisted sync state (initial values before the first run). */
export async function readSyncState(db: TongshuDb): Promise<SyncState> {
  const row = await db.syncState.get("sync");
  if (!row) return { ...INITIAL_SYNC_STATE };
  const { id: _id, ...state } = row;
  return state;
}

/** Read-modify-write in one transaction, so a patch never clobbers a concurrent lease change. */
export async function patchSyncState(
  db: TongshuDb,
  patch: (current: SyncState) => Partial<SyncState>,
): Promise<SyncState> {
  return db.transaction("rw", db.syncState, async () => {
    const current = await readSyncState(db);
    const next = { ...current, ...patch(current) };
    await db.syncState.put({ id: "sync", ...next });
    return next;
  });
}

/**
 * Takes (or renews) the sync lease for `holder`. Two service-worker instances can overlap for
 * a moment; the persisted lease keeps them from sending at once. An expired lease is free.
 */
export async function acquireLease(db: TongshuDb, holder: string, now: number): Promise<boolean> {
  return db.transaction("rw", db.syncState, async () => {
    const current = await readSyncState(db);
    const lease = current.lease;
    if (lease && lease.holder !== holder && lease.expiresAt > now) return false;
    await db.syncState.put({
      id: "sync",
      ...current,
      lease: { holder, expiresAt: now + LEASE_MS },
    });
    return true;
  });
}

export async function releaseLease(db: TongshuDb, holder: string): Promise<void> {
  await patchSyncState(db, (current) => (current.lease?.holder === holder ? { lease: null } : {}));
}

/** After pairing or unpairing: a fresh start, with no backoff and no stale error. */
export async function resetSyncState(db: TongshuDb): Promise<void> {
  await patchSyncState(db, () => ({
    lastError: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    needsPairing: false,
  }));
}
