import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pairedWorkspace } from "../e2e/lib/paired-workspace.ts";
import { TongshuDb } from "../extension/src/db/schema.ts";
import { upsertRecords } from "../extension/src/db/upsert-records.ts";
import { createSyncEngine } from "../extension/src/sync/sync-engine.ts";
import { freePort } from "../scripts/lib/free-port.ts";
import { applyLocalMigrations, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { demoRecords, rawSqliteRowsPerSecond } from "./ingest.bench.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const RECORDS = 20_000;

/** End-to-end sync: the extension's outbox (IndexedDB) → real sync engine → wrangler dev → D1. */
export async function benchSync(): Promise<BenchEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), "tongshu-bench-sync-"));
  const persistTo = join(dir, "state");
  await applyLocalMigrations(persistTo);
  const server = await startDevServer({ port: await freePort(), persistTo });
  const db = new TongshuDb("bench-sync");
  try {
    const records = [...demoRecords(0.15)].slice(0, RECORDS);
    await upsertRecords(db, records, Date.now());
    const paired = await pairedWorkspace(server.url, "bench@example.com");
    const engine = createSyncEngine({
      db,
      fetch: (u, i) => fetch(u, i),
      now: Date.now,
      random: Math.random,
      serverUrl: server.url,
      token: paired.token,
    });
    const started = performance.now();
    const result = await engine.runUntilIdle({ waitForBackoff: true });
    const seconds = (performance.now() - started) / 1000;
    if ((await db.outbox.count()) !== 0)
      throw new Error(`sync stopped early: ${result.outcome} ${result.error?.message ?? ""}`);
    const raw = await rawSqliteRowsPerSecond(dir, records);
    return [
      entry({
        name: "sync: extension store → Worker → D1",
        metric: "records/s",
        value: RECORDS / seconds,
        baselineName: "raw better-sqlite3 insert, same rows",
        baseline: raw.perSecond * (raw.records / raw.rows),
        notes: `${RECORDS.toLocaleString("en-US")} records in ${result.requests} batches (≤500 records / 1 MiB each), one in flight, over HTTP to wrangler dev.`,
      }),
    ];
  } finally {
    db.close();
    await db.delete();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
