import type { SyncError, TongshuDb } from "../db/schema.ts";
import type { BatchLimits } from "./batching.ts";
import type { FetchLike } from "./post-json.ts";

export interface SyncEngineOptions {
  db: TongshuDb;
  fetch: FetchLike;
  /** Epoch milliseconds; injected so tests and chaos runs control time. */
  now: () => number;
  /** Uniform in [0, 1): the backoff jitter. */
  random: () => number;
  serverUrl: string;
  token: string;
  /** Waits between runs in runUntilIdle({ waitForBackoff }); defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  limits?: Partial<BatchLimits>;
  /** Identifies this engine's lease; defaults to a random UUID. */
  holder?: string;
}

export type SyncOutcome =
  /** Nothing queued. */
  | "idle"
  /** A batch went through (records accepted, or refused into quarantine). */
  | "sent"
  /** The attempt failed; a retry is scheduled at nextAttemptAt. */
  | "failed"
  /** Still backing off from an earlier failure: nothing was sent. */
  | "waiting"
  /** The server does not know the token: nothing more until the user pairs again. */
  | "needs_pairing"
  /** Another run (here or in another service worker instance) holds the lease. */
  | "busy";

export interface SyncRunResult {
  outcome: SyncOutcome;
  /** HTTP requests made. */
  requests: number;
  /** Records the server accepted. */
  accepted: number;
  quarantined: number;
  /** Outbox entries still queued after the run. */
  pending: number;
  nextAttemptAt: number | null;
  error: SyncError | null;
}

export const EMPTY_RESULT: SyncRunResult = {
  outcome: "idle",
  requests: 0,
  accepted: 0,
  quarantined: 0,
  pending: 0,
  nextAttemptAt: null,
  error: null,
};

export interface SyncEngine {
  /** One batch at most. `force` ignores a pending backoff (the "sync now" button). */
  runOnce(options?: { force?: boolean }): Promise<SyncRunResult>;
  /** Batches until the outbox is empty or a run stops; optionally sleeps through backoff. */
  runUntilIdle(options?: RunUntilIdleOptions): Promise<SyncRunResult>;
}

export interface RunUntilIdleOptions {
  force?: boolean;
  maxRuns?: number;
  waitForBackoff?: boolean;
}
