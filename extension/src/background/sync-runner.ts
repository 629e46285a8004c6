import { createSyncEngine } from "../sync/sync-engine.ts";
import { database } from "./database.ts";
import { readDevice } from "./device-store.ts";

/** Every minute: the safety net that picks up whatever a killed worker left queued. */
export const SYNC_ALARM = "tongshu-sync";
/** One-shot, at the end of a backoff. */
export const RETRY_ALARM = "tongshu-sync-retry";
/** Captures often come in bursts (a paged list): wait for the burst to end. */
const CAPTURE_DEBOUNCE_MS = 5_000;
/** A run sends at most this many batches, so one wake-up stays well inside the worker's limits. */
const MAX_BATCHES_PER_RUN = 40;

let running: Promise<void> | null = null;
let again = false;
let debounce: ReturnType<typeof setTimeout> | undefined;

async function runSync(force: boolean): Promise<void> {
  const device = await readDevice();
  if (device === null) return;
  const engine = createSyncEngine({
    db: database(),
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    random: Math.random,
    serverUrl: device.serverUrl,
    token: device.token,
  });
  const result = await engine.runUntilIdle({ force, maxRuns: MAX_BATCHES_PER_RUN });
  if (result.nextAttemptAt !== null) {
    await chrome.alarms.create(RETRY_ALARM, { when: result.nextAttemptAt });
  } else if (result.outcome === "sent") {
    // Stopped at the batch cap with more queued: carry on soon, in a fresh event.
    await chrome.alarms.create(RETRY_ALARM, { when: Date.now() + 1_000 });
  }
}

/**
 * Runs sync unless a run is already going in this worker (then one more run follows it, so a
 * request is never lost). Other worker instances are kept out by the engine's lease.
 */
export function requestSync(force = false): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = runSync(force)
    .catch((error: unknown) => console.warn("tongshu sync failed", error))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void requestSync();
      }
    });
  return running;
}

/** After a capture stored something: sync once the burst is over. */
export function requestSyncSoon(): void {
  clearTimeout(debounce);
  debounce = setTimeout(() => void requestSync(), CAPTURE_DEBOUNCE_MS);
}

/** Creates the periodic alarm if the browser lost it (alarms may not survive an update). */
export async function ensureSyncAlarm(): Promise<void> {
  if (!(await chrome.alarms.get(SYNC_ALARM))) {
    await chrome.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  }
}

export function onSyncAlarm(alarm: chrome.alarms.Alarm): void {
  if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void requestSync();
}
