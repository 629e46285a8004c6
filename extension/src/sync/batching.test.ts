// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { TongshuDb } from "../db/schema.ts";
import { upsertRecords } from "../db/upsert-records.ts";
import { type BatchItem, batchIdOf, readBatch, recordBytes, splitInHalves } from "./batching.ts";
import { seed, sku } from "./test-support.ts";
import { withTestDb } from "../db/test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

describe("readBatch", () => {
  it("takes the oldest entries first, at most 500", async () => {
    await seed(db, 620);
    const items = await readBatch(db);
    expect(items).toHaveLength(500);
    expect(items[0]?.record).toEqual(sku(0));
    expect(items.map((i) => i.queuedAt)).toEqual([...items.map((i) => i.queuedAt)].sort());
    expect(items.at(-1)?.queuedAt).toBe(1499);
  });

  it("stops before the byte limit", async () => {
    await seed(db, 50);
    const size = recordBytes(sku(10));
    const items = await readBatch(db, { maxRecords: 500, maxBytes: size * 7 + 3 });
    expect(items).toHaveLength(7);
    const total = items.reduce((sum, i) => sum + recordBytes(i.record), 0);
    expect(total).toBeLessThanOrEqual(size * 7 + 3);
  });

  it("keeps a default batch under 1 MiB of records even when records are large", async () => {
    const big = Array.from({ length: 40 }, (_, n) =>
      sku(n, 1, 1_763_700_000_000, "大".repeat(10_000)),
    );
    await upsertRecords(db, big, 1000);
    const items = await readBatch(db);
    const total = items.reduce((sum, i) => sum + recordBytes(i.record), 0);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(40);
    expect(total).toBeLessThanOrEqual(1024 * 1024);
  });

  it("sends a record larger than the byte limit alone", async () => {
    await seed(db, 3);
    const items = await readBatch(db, { maxRecords: 500, maxBytes: 10 });
    expect(items).toHaveLength(1);
  });

  it("drops outbox entries whose record is gone and reads past them", async () => {
    await seed(db, 3);
    await db.skus.delete((await readBatch(db))[0]?.key ?? "");
    const items = await readBatch(db, { maxRecords: 1, maxBytes: 1_000_000 });
    expect(items.map((i) => i.record)).toEqual([sku(1)]);
    expect(await db.outbox.count()).toBe(2);
  });

  it("is empty when nothing is queued", async () => {
    expect(await readBatch(db)).toEqual([]);
  });
});

describe("batchIdOf", () => {
  const item = (key: string, hash: string, queuedAt = 1): BatchItem => ({
    key,
    hash,
    kind: "sku",
    queuedAt,
    record: sku(1),
  });

  it("depends on keys, hashes and queue times, not on their order", async () => {
    const a = await batchIdOf([item("k1", "h1"), item("k2", "h2")]);
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(await batchIdOf([item("k2", "h2"), item("k1", "h1")])).toBe(a);
    expect(await batchIdOf([item("k1", "h1"), item("k2", "h3")])).not.toBe(a);
    expect(await batchIdOf([item("k1", "h1")])).not.toBe(a);
    // Queued again out of quarantine: a new id, so the server does not replay its old verdict.
    expect(await batchIdOf([item("k1", "h1"), item("k2", "h2", 9)])).not.toBe(a);
  });

  it("is the same for a batch rebuilt from an unchanged outbox", async () => {
    await seed(db, 20);
    expect(await batchIdOf(await readBatch(db))).toBe(await batchIdOf(await readBatch(db)));
  });
});

describe("splitInHalves", () => {
  it("splits odd and even lengths without losing items", () => {
    expect(splitInHalves([1, 2, 3, 4, 5])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(splitInHalves([1, 2])).toEqual([[1], [2]]);
  });
});
