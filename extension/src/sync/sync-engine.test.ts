// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { TongshuDb } from "../db/schema.ts";
import { upsertRecords } from "../db/upsert-records.ts";
import type { SyncEngineOptions } from "./sync-engine.ts";
import { readSyncState } from "./sync-state.ts";
import { engineFor, json, ok, seed, server, sku } from "./test-support.ts";
import { withTestDb } from "../db/test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

function engine(fetch: SyncEngineOptions["fetch"], extra: Partial<SyncEngineOptions> = {}) {
  return engineFor(db, fetch, extra);
}

describe("sync engine: delivery", () => {
  it("sends queued records with the device token and empties the outbox", async () => {
    await seed(db, 3);
    const fake = server();
    const { engine: e, time } = engine(fake.fetch);
    const result = await e.runOnce();
    expect(result).toMatchObject({ outcome: "sent", requests: 1, accepted: 3, pending: 0 });
    expect(fake.urls).toEqual(["https://tongshu.example.com/api/v1/ingest"]);
    expect(fake.headers[0]?.authorization).toBe("Bearer tok_1");
    expect(fake.batches[0]?.records).toEqual([sku(0), sku(1), sku(2)]);
    expect(fake.batches[0]?.shops).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.skus.count()).toBe(3);
    expect(await readSyncState(db)).toMatchObject({
      lastSuccessAt: time.now(),
      consecutiveFailures: 0,
      lease: null,
    });
    expect((await e.runOnce()).outcome).toBe("idle");
  });

  it("sends shop names the browser learned with the batch", async () => {
    await seed(db, 1);
    await db.shops.put({
      key: "pdd|879846125",
      platform: "pdd",
      shopId: "879846125",
      shopName: "禾屿官方旗舰店",
      lastCapturedAt: 1,
    });
    const fake = server();
    await engine(fake.fetch).engine.runOnce();
    expect(fake.batches[0]?.shops).toEqual([
      { platform: "pdd", shopId: "879846125", shopName: "禾屿官方旗舰店" },
    ]);
  });

  it("drains a large outbox in batches of at most 500, oldest first", async () => {
    await seed(db, 1203);
    const fake = server();
    const result = await engine(fake.fetch).engine.runUntilIdle();
    expect(result).toMatchObject({ outcome: "idle", requests: 3, accepted: 1203, pending: 0 });
    expect(fake.batches.map((b) => b.records.length)).toEqual([500, 500, 203]);
    expect(fake.batches[1]?.records[0]).toEqual(sku(500));
  });

  it("keeps one batch in flight: a second run while one is sending is busy", async () => {
    await seed(db, 5);
    let inFlight = 0;
    let maxInFlight = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fake = server(async (batch) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await gate;
      inFlight -= 1;
      return ok(batch);
    });
    const first = engine(fake.fetch).engine;
    const other = engine(fake.fetch).engine;
    const running = first.runOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect((await first.runOnce()).outcome).toBe("busy");
    expect((await other.runOnce()).outcome).toBe("busy"); // another worker: the lease says no
    release();
    expect((await running).outcome).toBe("sent");
    expect(maxInFlight).toBe(1);
    expect(fake.batches).toHaveLength(1);
  });

  it("keeps a record re-captured while its batch was in flight queued, and sends it next", async () => {
    await seed(db, 3);
    const fake = server(async (batch) => {
      if (fake.batches.length === 1) await upsertRecords(db, [sku(1, 7, 1_763_700_000_500)], 5000);
      return ok(batch);
    });
    const { engine: e } = engine(fake.fetch);
    expect((await e.runOnce()).pending).toBe(1);
    expect((await db.outbox.toArray()).map((o) => o.queuedAt)).toEqual([5000]);
    await e.runOnce();
    expect(fake.batches[1]?.records).toEqual([sku(1, 7, 1_763_700_000_500)]);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe("sync engine: refusals", () => {
  it("quarantines rejected records and still delivers the rest", async () => {
    await seed(db, 4);
    const fake = server((batch) => ok(batch, [{ index: 2, key: null, reason: "stock: negative" }]));
    const { engine: e, time } = engine(fake.fetch);
    const result = await e.runOnce();
    expect(result).toMatchObject({ outcome: "sent", accepted: 3, quarantined: 1, pending: 0 });
    const [held] = await db.quarantine.toArray();
    expect(held).toMatchObject({ kind: "sku", reason: "stock: negative", at: time.now() });
    expect(held?.record).toEqual(sku(2));
    expect((await e.runOnce()).outcome).toBe("idle"); // never retried forever
  });

  it("quarantines a batch the server refuses as a whole (4xx) with its message", async () => {
    await seed(db, 2);
    const refusal = { error: { code: "validation_failed", message: "records: bad" } };
    const { engine: e } = engine(server(() => json(422, refusal)).fetch);
    expect(await e.runOnce()).toMatchObject({ outcome: "sent", quarantined: 2, pending: 0 });
    expect((await db.quarantine.toArray()).map((q) => q.reason)).toEqual([
      "validation_failed: records: bad",
      "validation_failed: records: bad",
    ]);
  });

  it("splits on 413 down to single records and quarantines a record still too large", async () => {
    await seed(db, 8);
    const tooBig = JSON.stringify(sku(5));
    const fake = server((batch) => {
      const huge = batch.records.some((r) => JSON.stringify(r) === tooBig);
      if (batch.records.length > 2 || huge) {
        return json(413, { error: { code: "payload_too_large", message: "too large" } });
      }
      return ok(batch);
    });
    const { engine: e } = engine(fake.fetch);
    const result = await e.runOnce();
    expect(result).toMatchObject({ outcome: "sent", accepted: 7, quarantined: 1, pending: 0 });
    const sizes = fake.batches.map((b) => b.records.length);
    expect(sizes).toEqual([8, 4, 2, 2, 4, 2, 1, 1, 2]);
    const [held] = await db.quarantine.toArray();
    expect(held?.record).toEqual(sku(5));
    expect(held?.reason).toMatch(/^payload_too_large/);
  });

  it("sends a record again once a newer capture of it arrives, and clears its quarantine", async () => {
    await seed(db, 1);
    let refuse = true;
    const fake = server((batch) =>
      refuse ? ok(batch, [{ index: 0, key: null, reason: "x" }]) : ok(batch),
    );
    const { engine: e } = engine(fake.fetch);
    await e.runOnce();
    expect(await db.quarantine.count()).toBe(1);
    refuse = false;
    await upsertRecords(db, [sku(0, 2, 1_763_700_000_900)], 9000);
    await e.runOnce();
    expect(await db.quarantine.count()).toBe(0);
  });
});
