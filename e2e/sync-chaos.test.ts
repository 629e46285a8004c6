import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CanonicalRecord } from "@tongshu/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIND_TABLES, TongshuDb } from "../extension/src/db/schema.ts";
import { upsertRecords } from "../extension/src/db/upsert-records.ts";
import { createSyncEngine } from "../extension/src/sync/sync-engine.ts";
import { freePort } from "../scripts/lib/free-port.ts";
import {
  applyLocalMigrations,
  type DevServer,
  startDevServer,
} from "../scripts/lib/wrangler-dev.ts";
import { createDemoWorkspace } from "../worker/src/demo/index.ts";
import { type ChaosProxy, startChaosProxy } from "./lib/chaos-proxy.ts";
import { d1Checksums, pairedWorkspace } from "./lib/paired-workspace.ts";

const RECORDS = 20_000;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function demoRecords(count: number): CanonicalRecord[] {
  const out: CanonicalRecord[] = [];
  for (const chunk of createDemoWorkspace({
    seed: 7,
    today: "2026-11-20",
    scale: 0.15,
  }).records()) {
    out.push(...chunk);
    if (out.length >= count) break;
  }
  return out.slice(0, count);
}

/** Checksums of the extension's store in the same form as the Worker's dev checksum route. */
async function storeChecksums(
  db: TongshuDb,
): Promise<Record<string, { records: number; checksum: string }>> {
  const out: Record<string, { records: number; checksum: string }> = {};
  for (const [kind, table] of Object.entries(KIND_TABLES)) {
    const hashes = (await db.table(table).toArray()).map((r: { hash: string }) => r.hash).sort();
    const digest = await crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(hashes.join("\n")),
    );
    out[kind] = {
      records: hashes.length,
      checksum: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join(""),
    };
  }
  return out;
}

describe("sync reliability: 20k records through a misbehaving network and a crashing Worker", () => {
  let persistTo = "";
  let server: DevServer;
  let proxy: ChaosProxy;
  let db: TongshuDb;

  beforeAll(async () => {
    persistTo = mkdtempSync(join(tmpdir(), "tongshu-chaos-"));
    await applyLocalMigrations(persistTo);
    server = await startDevServer({ port: await freePort(), persistTo });
    proxy = await startChaosProxy(server.url, seeded(20261122));
    db = new TongshuDb("chaos");
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
    db?.close();
    rmSync(persistTo, { recursive: true, force: true });
  });

  it("ends with D1 equal to the extension's store, record for record", async () => {
    const paired = await pairedWorkspace(server.url, "chaos@example.com");
    const records = demoRecords(RECORDS);
    await upsertRecords(db, records, Date.now());
    expect(await db.outbox.count()).toBe(RECORDS);

    let clock = Date.now();
    const engine = createSyncEngine({
      db,
      fetch: (url, init) => fetch(url, init),
      now: () => clock,
      random: seeded(42),
      serverUrl: proxy.url,
      token: paired.token,
      timeoutMs: 1_000,
      limits: { maxRecords: 400 },
      // Backoff waits happen on a virtual clock: the suite tests behaviour, not patience.
      sleep: async (ms) => {
        clock += ms;
      },
    });

    // Crash the Worker twice while batches are in flight, restarting it on the same local D1.
    let crashes = 0;
    proxy.onForwarded(async (count) => {
      if (count === 12 || count === 30) {
        crashes++;
        await server.kill();
        server = await startDevServer({ port: await freePort(), persistTo });
        proxy.setTarget(server.url);
      }
    });

    // Mid-run, some records are captured again with newer content: the newer version must win.
    let recaptured = false;
    for (let round = 0; round < 200 && (await db.outbox.count()) > 0; round++) {
      await engine.runUntilIdle({ waitForBackoff: true, maxRuns: 20 });
      if (!recaptured && round >= 2) {
        recaptured = true;
        const changed = records
          .filter((r) => r.kind === "sku")
          .slice(0, 50)
          .map((r) => ({
            ...r,
            capturedAt: r.capturedAt + 1,
            ...(r.kind === "sku" ? { stock: (r.stock ?? 0) + 1 } : {}),
          }));
        await upsertRecords(db, changed as CanonicalRecord[], Date.now());
      }
    }
    proxy.onForwarded(null);

    expect(await db.outbox.count()).toBe(0);
    expect(await db.table("quarantine").count()).toBe(0);
    expect(crashes).toBe(2);
    expect(
      proxy.stats.failed503 + proxy.stats.droppedBefore + proxy.stats.droppedAfter,
    ).toBeGreaterThan(5);
    expect(proxy.stats.duplicated + proxy.stats.replayedOld).toBeGreaterThan(2);
    expect(proxy.stats.timedOut).toBeGreaterThan(0);

    const local = await storeChecksums(db);
    const remote = await d1Checksums(server.url, paired.workspaceId);
    expect(Object.values(local).reduce((s, k) => s + k.records, 0)).toBe(RECORDS);
    expect(remote).toEqual(local);
  });
});
