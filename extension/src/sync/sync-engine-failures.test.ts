// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { TongshuDb } from "../db/schema.ts";
import { BACKOFF_BASE_MS } from "./backoff.ts";
import { readSyncState } from "./sync-state.ts";
import { engineFor, json, ok, seed, server } from "./test-support.ts";
import { withTestDb } from "../db/test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

const unavailable = () => json(503, { error: { code: "internal", message: "D1 overloaded" } });

describe("sync engine: transient failures back off", () => {
  it("backs off with full jitter after a 5xx and keeps the outbox", async () => {
    await seed(db, 3);
    const { engine, time } = engineFor(db, server(unavailable).fetch, { random: () => 0.999 });
    const start = time.now();
    const first = await engine.runOnce();
    expect(first).toMatchObject({ outcome: "failed", pending: 3 });
    expect(first.error).toMatchObject({ status: 503, message: "internal: D1 overloaded" });
    expect(first.nextAttemptAt).toBeGreaterThan(start);
    expect(first.nextAttemptAt).toBeLessThanOrEqual(start + BACKOFF_BASE_MS);
    time.set(first.nextAttemptAt ?? 0);
    const second = await engine.runOnce();
    expect(second.nextAttemptAt).toBeLessThanOrEqual(time.now() + 2 * BACKOFF_BASE_MS);
    expect(second.nextAttemptAt).toBeGreaterThan(time.now() + BACKOFF_BASE_MS);
    expect((await readSyncState(db)).consecutiveFailures).toBe(2);
  });

  it("waits out the backoff unless forced", async () => {
    await seed(db, 1);
    const fake = server(unavailable);
    const { engine } = engineFor(db, fake.fetch);
    await engine.runOnce();
    expect((await engine.runOnce()).outcome).toBe("waiting");
    expect(fake.batches).toHaveLength(1);
    expect((await engine.runOnce({ force: true })).outcome).toBe("failed");
    expect(fake.batches).toHaveLength(2);
  });

  it("honours Retry-After on 429", async () => {
    await seed(db, 1);
    const limited = () =>
      json(
        429,
        { error: { code: "rate_limited", message: "slow down" } },
        { "retry-after": "120" },
      );
    const { engine, time } = engineFor(db, server(limited).fetch, { random: () => 0 });
    const result = await engine.runOnce();
    expect(result.nextAttemptAt).toBe(time.now() + 120_000);
  });

  it("treats a timeout as a failure to retry", async () => {
    await seed(db, 1);
    const hang = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError")),
        );
      });
    const { engine } = engineFor(db, hang, { timeoutMs: 20 });
    const result = await engine.runOnce();
    expect(result).toMatchObject({ outcome: "failed", pending: 1 });
    expect(result.error).toMatchObject({ status: null, message: "no answer within 0 s" });
  });

  it("treats a network error and a non-Tongshu answer as failures to retry", async () => {
    await seed(db, 1);
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    const { engine } = engineFor(db, offline);
    expect((await engine.runOnce()).error?.message).toBe("network error: Failed to fetch");
    const portal = async () => new Response("<html>login</html>", { status: 200 });
    const again = engineFor(db, portal).engine;
    const result = await again.runOnce({ force: true });
    expect(result).toMatchObject({ outcome: "failed", pending: 1 });
    expect((await readSyncState(db)).consecutiveFailures).toBe(2);
  });

  it("does not quarantine on 404 (wrong server) or 403", async () => {
    await seed(db, 2);
    const notFound = () => json(404, { error: { code: "not_found", message: "no route" } });
    const { engine } = engineFor(db, server(notFound).fetch);
    expect((await engine.runOnce()).outcome).toBe("failed");
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.outbox.count()).toBe(2);
  });
});

describe("sync engine: a revoked device", () => {
  it("stops on 401, marks needsPairing and keeps every queued record", async () => {
    await seed(db, 4);
    const revoked = () => json(401, { error: { code: "unauthenticated", message: "revoked" } });
    const fake = server(revoked);
    const { engine } = engineFor(db, fake.fetch);
    const result = await engine.runOnce();
    expect(result).toMatchObject({ outcome: "needs_pairing", pending: 4 });
    expect(await readSyncState(db)).toMatchObject({ needsPairing: true, nextAttemptAt: null });
    expect(await db.skus.count()).toBe(4);
    expect(await db.quarantine.count()).toBe(0);
    expect((await engine.runOnce({ force: true })).outcome).toBe("needs_pairing");
    expect(fake.batches).toHaveLength(1);
  });
});

describe("sync engine: resuming after the service worker is killed", () => {
  it("a fresh engine honours the persisted backoff, then delivers", async () => {
    await seed(db, 2);
    const first = engineFor(db, server(unavailable).fetch);
    const failed = await first.engine.runOnce();
    const fake = server();
    const fresh = engineFor(db, fake.fetch, { now: first.time.now });
    expect((await fresh.engine.runOnce()).outcome).toBe("waiting");
    first.time.set(failed.nextAttemptAt ?? 0);
    expect(await fresh.engine.runOnce()).toMatchObject({ outcome: "sent", pending: 0 });
    expect(await readSyncState(db)).toMatchObject({ consecutiveFailures: 0, nextAttemptAt: null });
  });

  it("retries a batch whose answer was lost with the same batch id", async () => {
    await seed(db, 3);
    const applied = new Set<string>();
    let dropAnswer = true;
    const fake = server((batch) => {
      const duplicate = applied.has(batch.batchId);
      applied.add(batch.batchId);
      if (dropAnswer) {
        dropAnswer = false;
        throw new TypeError("connection reset"); // applied, but the answer never arrived
      }
      return json(200, {
        batchId: batch.batchId,
        accepted: 3,
        written: 0,
        rejected: [],
        duplicate,
      });
    });
    await engineFor(db, fake.fetch).engine.runOnce();
    const fresh = engineFor(db, fake.fetch);
    expect(await fresh.engine.runOnce({ force: true })).toMatchObject({
      outcome: "sent",
      pending: 0,
    });
    expect(fake.batches[1]?.batchId).toBe(fake.batches[0]?.batchId);
  });

  it("waits for a lease left by a killed worker to expire", async () => {
    await seed(db, 1);
    const { engine, time } = engineFor(db, server().fetch);
    await db.syncState.put({
      id: "sync",
      lastSuccessAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextAttemptAt: null,
      needsPairing: false,
      lease: { holder: "dead-worker", expiresAt: time.now() + 60_000 },
    });
    expect((await engine.runOnce()).outcome).toBe("busy");
    time.advance(60_001);
    expect((await engine.runOnce()).outcome).toBe("sent");
  });

  it("runUntilIdle({ waitForBackoff }) rides out a flaky server", async () => {
    await seed(db, 1100);
    let calls = 0;
    const flaky = server((batch) => (++calls % 2 === 1 ? unavailable() : ok(batch)));
    const slept: number[] = [];
    const { engine, time } = engineFor(db, flaky.fetch, {
      sleep: async (ms) => {
        slept.push(ms);
        time.advance(ms);
      },
    });
    const result = await engine.runUntilIdle({ waitForBackoff: true });
    expect(result).toMatchObject({ outcome: "idle", pending: 0, accepted: 1100, requests: 6 });
    expect(slept).toHaveLength(3);
    // Time is fake here; the limit is for 1,100 records through fake-indexeddb on a busy machine.
  }, 30_000);
});
