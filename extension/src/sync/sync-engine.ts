import type { SyncError } from "../db/schema.ts";
import { nextAttemptDelay } from "./backoff.ts";
import { type BatchLimits, MAX_BATCH_BYTES, MAX_BATCH_RECORDS, readBatch } from "./batching.ts";
import { REQUEST_TIMEOUT_MS } from "./post-json.ts";
import { type SendContext, sendItems } from "./send-items.ts";
import { acquireLease, patchSyncState, readSyncState, releaseLease } from "./sync-state.ts";
import {
  EMPTY_RESULT,
  type RunUntilIdleOptions,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncOutcome,
  type SyncRunResult,
} from "./sync-types.ts";

export type { SyncEngine, SyncEngineOptions, SyncOutcome, SyncRunResult } from "./sync-types.ts";

/**
 * The sync core: outbox → batches → POST /api/v1/ingest → outbox/quarantine/state. No chrome.*
 * here, so it runs in Node tests and against a real server; all state that matters lives in
 * IndexedDB, so a fresh engine resumes where a killed one stopped.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, now, random } = options;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const limits: BatchLimits = {
    maxRecords: options.limits?.maxRecords ?? MAX_BATCH_RECORDS,
    maxBytes: options.limits?.maxBytes ?? MAX_BATCH_BYTES,
  };
  const holder = options.holder ?? crypto.randomUUID();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let running = false;
  const tally = { requests: 0, accepted: 0, quarantined: 0 };
  const ctx: SendContext = { ...options, timeoutMs, holder, tally };

  async function result(
    outcome: SyncOutcome,
    error: SyncError | null = null,
  ): Promise<SyncRunResult> {
    const state = await readSyncState(db);
    return {
      outcome,
      ...tally,
      pending: await db.outbox.count(),
      nextAttemptAt: state.nextAttemptAt,
      error,
    };
  }

  async function fail(error: SyncError, retryAfterMs: number | null): Promise<SyncRunResult> {
    await patchSyncState(db, (current) => {
      const failures = current.consecutiveFailures + 1;
      const delay = nextAttemptDelay(failures, random, retryAfterMs);
      return { consecutiveFailures: failures, lastError: error, nextAttemptAt: now() + delay };
    });
    return result("failed", error);
  }

  async function attempt(force: boolean): Promise<SyncRunResult> {
    const state = await readSyncState(db);
    if (state.needsPairing) return result("needs_pairing");
    if (!force && state.nextAttemptAt !== null && state.nextAttemptAt > now())
      return result("waiting");
    if (!(await acquireLease(db, holder, now()))) return result("busy");
    try {
      const items = await readBatch(db, limits);
      if (items.length === 0) return result("idle");
      const stop = await sendItems(ctx, items);
      if (stop === null) {
        await patchSyncState(db, () => ({
          lastSuccessAt: now(),
          consecutiveFailures: 0,
          nextAttemptAt: null,
        }));
        return result("sent");
      }
      if (stop.kind === "unauthenticated") {
        await patchSyncState(db, () => ({
          needsPairing: true,
          lastError: stop.error,
          nextAttemptAt: null,
        }));
        return result("needs_pairing", stop.error);
      }
      return await fail(stop.error, stop.retryAfterMs);
    } catch (error) {
      // A local fault (IndexedDB, a bug) backs off like a network error and shows in the popup.
      const message = `internal: ${error instanceof Error ? error.message : String(error)}`;
      return await fail({ at: now(), message, status: null }, null);
    } finally {
      await releaseLease(db, holder);
    }
  }

  async function runOnce(runOptions: { force?: boolean } = {}): Promise<SyncRunResult> {
    // One batch in flight per engine; the lease extends that across engines and workers.
    if (running) {
      const pending = await db.outbox.count();
      return { ...EMPTY_RESULT, outcome: "busy", pending };
    }
    running = true;
    Object.assign(tally, { requests: 0, accepted: 0, quarantined: 0 });
    try {
      return await attempt(runOptions.force ?? false);
    } finally {
      running = false;
    }
  }

  /** When a stopped run can usefully be tried again: after backoff, or a stale lease. */
  async function resumeAt(last: SyncRunResult): Promise<number | null> {
    if (last.outcome === "failed" || last.outcome === "waiting") return last.nextAttemptAt;
    if (last.outcome !== "busy") return null;
    const lease = (await readSyncState(db)).lease;
    return lease ? lease.expiresAt + 1 : now() + 1000;
  }

  async function runUntilIdle(runOptions: RunUntilIdleOptions = {}): Promise<SyncRunResult> {
    const maxRuns = runOptions.maxRuns ?? 1000;
    const total = { requests: 0, accepted: 0, quarantined: 0 };
    let last = await runOnce({ force: runOptions.force });
    for (let run = 1; ; run++) {
      total.requests += last.requests;
      total.accepted += last.accepted;
      total.quarantined += last.quarantined;
      if (run >= maxRuns) break;
      if (last.outcome === "sent") {
        last = await runOnce();
        continue;
      }
      const wakeAt = runOptions.waitForBackoff ? await resumeAt(last) : null;
      if (wakeAt === null) break;
      await sleep(Math.max(0, wakeAt - now()));
      last = await runOnce();
    }
    return { ...last, ...total };
  }

  return { runOnce, runUntilIdle };
}
