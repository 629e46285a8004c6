// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { seed, sku } from "../sync/test-support.ts";
import { clearLocalData, quarantineReasons, requeueQuarantine } from "./quarantine.ts";
import type { TongshuDb } from "./schema.ts";
import { withTestDb } from "./test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

async function hold(n: number, reason: string) {
  const key = (await db.skus.toArray())[n]?.key ?? "";
  await db.outbox.delete(key);
  await db.quarantine.put({ key, kind: "sku", reason, at: 1, record: sku(n) });
}

describe("quarantine", () => {
  it("groups reasons, most frequent first", async () => {
    await seed(db, 3);
    await hold(0, "b");
    await hold(1, "a");
    await hold(2, "a");
    expect(await quarantineReasons(db)).toEqual([
      { reason: "a", count: 2 },
      { reason: "b", count: 1 },
    ]);
  });

  it("requeues quarantined records", async () => {
    await seed(db, 2);
    await hold(0, "x");
    expect(await db.outbox.count()).toBe(1);
    expect(await requeueQuarantine(db, 5000)).toBe(1);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.quarantine.count()).toBe(0);
  });

  it("clears every local table on request", async () => {
    await seed(db, 2);
    await hold(0, "x");
    await clearLocalData(db);
    expect([await db.skus.count(), await db.outbox.count(), await db.quarantine.count()]).toEqual([
      0, 0, 0,
    ]);
  });
});
