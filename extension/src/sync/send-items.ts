import type { SyncError, TongshuDb } from "../db/schema.ts";
import { type BatchItem, batchIdOf, shopsOf, splitInHalves } from "./batching.ts";
import type { FetchLike } from "./post-json.ts";
import { sendBatch } from "./send-batch.ts";
import { refuseAll, settleBatch } from "./settle-batch.ts";
import { acquireLease } from "./sync-state.ts";

/** Why sending stopped before the whole batch was answered. */
export type SendStop =
  | { kind: "retry"; error: SyncError; retryAfterMs: number | null }
  | { kind: "unauthenticated"; error: SyncError };

export interface SendContext {
  db: TongshuDb;
  fetch: FetchLike;
  now: () => number;
  serverUrl: string;
  token: string;
  timeoutMs: number;
  holder: string;
  /** Running totals for the caller's result. */
  tally: { requests: number; accepted: number; quarantined: number };
}

async function quarantine(
  ctx: SendContext,
  items: BatchItem[],
  refused: Map<number, string>,
): Promise<void> {
  const counts = await settleBatch(ctx.db, items, refused, ctx.now());
  ctx.tally.accepted += items.length - refused.size;
  ctx.tally.quarantined += counts.quarantined;
}

/**
 * Sends items as one batch, halving on 413 down to single records, and settles every part the
 * server answered. Returns null when all of it was answered, or why it stopped.
 */
export async function sendItems(ctx: SendContext, items: BatchItem[]): Promise<SendStop | null> {
  const { db, now } = ctx;
  // Renewed before every request: a lease taken over by another worker means stop here.
  if (!(await acquireLease(db, ctx.holder, now()))) {
    const error = { at: now(), message: "another sync run took over", status: null };
    return { kind: "retry", error, retryAfterMs: null };
  }
  const batchId = await batchIdOf(items);
  const shops = await shopsOf(db, items);
  const records = items.map((item) => item.record);
  const body = shops.length > 0 ? { batchId, records, shops } : { batchId, records };
  ctx.tally.requests += 1;
  const sent = await sendBatch(ctx.fetch, ctx.serverUrl, ctx.token, body, now(), ctx.timeoutMs);
  switch (sent.kind) {
    case "ok": {
      const refused = new Map<number, string>();
      for (const r of sent.result.rejected) {
        if (r.index >= 0 && r.index < items.length) refused.set(r.index, r.reason.slice(0, 500));
      }
      await quarantine(ctx, items, refused);
      return null;
    }
    case "too_large": {
      if (items.length === 1) {
        const reason = `payload_too_large: the server refuses a record this large (${sent.message})`;
        await quarantine(ctx, items, refuseAll(1, reason));
        return null;
      }
      for (const half of splitInHalves(items)) {
        const stop = await sendItems(ctx, half);
        if (stop) return stop;
      }
      return null;
    }
    case "refused":
      await quarantine(ctx, items, refuseAll(items.length, sent.message));
      return null;
    case "unauthenticated":
      return {
        kind: "unauthenticated",
        error: { at: now(), message: sent.message, status: sent.status },
      };
    case "retry":
      return {
        kind: "retry",
        error: { at: now(), message: sent.message, status: sent.status },
        retryAfterMs: sent.retryAfterMs,
      };
  }
}
