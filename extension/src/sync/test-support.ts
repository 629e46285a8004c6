import type { CanonicalRecord, RecordBatch, RecordBatchResult } from "@tongshu/shared";
import { RecordBatchSchema } from "@tongshu/shared";
import type { TongshuDb } from "../db/schema.ts";
import { createSyncEngine, type SyncEngineOptions } from "./sync-engine.ts";
import { upsertRecords } from "../db/upsert-records.ts";

/** A valid sku record; `n` picks the item, `stock` changes its content (and hash). */
export function sku(n: number, stock = 1, capturedAt = 1_763_700_000_000, title = "收纳盒") {
  return {
    kind: "sku" as const,
    platform: "pdd" as const,
    shopId: "879846125",
    capturedAt,
    source: { url: "https://mms.pinduoduo.com/goods", parser: "pdd/goods-list@1" },
    itemId: String(500_000 + n),
    skuId: String(900_000 + n),
    outerSkuId: null,
    title,
    skuText: "白色",
    priceFen: 3990,
    stock,
    status: "onsale" as const,
  } satisfies CanonicalRecord;
}

/** Queues `count` sku records, each at its own queuedAt (oldest first = lowest n). */
export async function seed(db: TongshuDb, count: number, from = 0): Promise<void> {
  for (let n = from; n < from + count; n++) await upsertRecords(db, [sku(n)], 1000 + n);
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

export const ok = (batch: RecordBatch, rejected: RecordBatchResult["rejected"] = []) =>
  json(200, {
    batchId: batch.batchId,
    accepted: batch.records.length - rejected.length,
    written: batch.records.length - rejected.length,
    rejected,
    duplicate: false,
  });

/** Reads and validates what the engine sent, as the Worker would. */
export function readBatchBody(init: RequestInit): RecordBatch {
  return RecordBatchSchema.parse(JSON.parse(String(init.body)));
}

/** A settable clock. */
export function clock(start = 1_763_800_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) };
}

export type Handler = (batch: RecordBatch, init: RequestInit) => Response | Promise<Response>;

/** A fake Worker: records every batch it receives and answers with `handler`. */
export function server(handler: Handler = (batch) => ok(batch)) {
  const batches: RecordBatch[] = [];
  const urls: string[] = [];
  const headers: Array<Record<string, string>> = [];
  const fetch = async (url: string, init: RequestInit) => {
    urls.push(url);
    headers.push(init.headers as Record<string, string>);
    const batch = readBatchBody(init);
    batches.push(batch);
    return handler(batch, init);
  };
  return { fetch, batches, urls, headers };
}

/** An engine on `db` with a settable clock and a fixed jitter of 0.5. */
export function engineFor(
  db: TongshuDb,
  fetch: SyncEngineOptions["fetch"],
  extra: Partial<SyncEngineOptions> = {},
) {
  const time = clock();
  return {
    time,
    engine: createSyncEngine({
      db,
      fetch,
      now: time.now,
      random: () => 0.5,
      serverUrl: "https://tongshu.example.com",
      token: "tok_1",
      ...extra,
    }),
  };
}
