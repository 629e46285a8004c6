// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { seed } from "../sync/test-support.ts";
import { patchSyncState, readSyncState } from "../sync/sync-state.ts";
import { logCapture } from "./capture-log.ts";
import { clearCapturedData, countLocalData, readLocalTables } from "./local-data.ts";
import type { TongshuDb } from "./schema.ts";
import { withTestDb } from "./test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

async function fill() {
  await seed(db, 3);
  await db.shops.put({
    key: "pdd|879846125",
    platform: "pdd",
    shopId: "879846125",
    shopName: null,
    lastCapturedAt: 1,
  });
  await logCapture(db, {
    at: 1,
    url: "https://mms.pinduoduo.com/x",
    parser: null,
    shop: null,
    outcome: "failed",
    code: "no_parser",
    message: "x",
    records: 0,
    written: 0,
    envelope: null,
  });
  await patchSyncState(db, () => ({ lastSuccessAt: 42 }));
}

describe("local data", () => {
  it("counts every captured table", async () => {
    await fill();
    expect(await countLocalData(db)).toMatchObject({
      skus: 3,
      outbox: 3,
      shops: 1,
      captureLog: 1,
      orders: 0,
    });
  });

  it("clears everything captured, reports what it held, and keeps the sync state", async () => {
    await fill();
    const deleted = await clearCapturedData(db);
    expect(deleted).toMatchObject({ skus: 3, outbox: 3, shops: 1, captureLog: 1 });
    expect(Object.values(await countLocalData(db)).every((n) => n === 0)).toBe(true);
    expect((await readSyncState(db)).lastSuccessAt).toBe(42);
  });

  it("reads every table for the export", async () => {
    await fill();
    const tables = await readLocalTables(db);
    expect(tables.skus).toHaveLength(3);
    expect(tables.syncState).toHaveLength(1);
    expect(tables.captureLog[0]?.code).toBe("no_parser");
  });
});
