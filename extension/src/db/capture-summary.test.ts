// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { sku } from "../sync/test-support.ts";
import { logCapture } from "./capture-log.ts";
import { readCaptureSummary } from "./capture-summary.ts";
import type { TongshuDb } from "./schema.ts";
import { withTestDb } from "./test-db.ts";
import { upsertRecords } from "./upsert-records.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

const SESSION = 1_763_800_000_000;

async function fail(shop: string | null) {
  await logCapture(db, {
    at: SESSION,
    url: "https://mms.pinduoduo.com/x",
    parser: null,
    shop,
    outcome: "failed",
    code: "no_parser",
    message: "no parser",
    records: 0,
    written: 0,
    envelope: null,
  });
}

describe("readCaptureSummary", () => {
  it("counts per shop what this session captured and what is stored, once per record", async () => {
    // Two SKUs from an earlier session; one of them seen again this session, twice.
    await upsertRecords(db, [sku(1, 1, SESSION - 10_000), sku(2, 1, SESSION - 10_000)], 1);
    await upsertRecords(db, [sku(1, 2, SESSION + 1)], 2);
    await upsertRecords(db, [sku(1, 3, SESSION + 2), sku(3, 1, SESSION + 2)], 3);
    await db.shops.put({
      key: "pdd|879846125",
      platform: "pdd",
      shopId: "879846125",
      shopName: "禾屿官方旗舰店",
      lastCapturedAt: SESSION + 2,
    });
    const summary = await readCaptureSummary(db, SESSION);
    expect(summary.shops).toHaveLength(1);
    const [shop] = summary.shops;
    expect(shop?.shopName).toBe("禾屿官方旗舰店");
    expect(shop?.lastCapturedAt).toBe(SESSION + 2);
    expect(shop?.kinds.sku).toEqual({ session: 2, total: 3 });
    expect(shop?.kinds.order).toEqual({ session: 0, total: 0 });
  });

  it("counts nothing for this session before the session is known", async () => {
    await upsertRecords(db, [sku(1, 1, SESSION)], 1);
    const summary = await readCaptureSummary(db, null);
    expect(summary.shops[0]?.kinds.sku).toEqual({ session: 0, total: 1 });
  });

  it("counts failures per shop and those without a shop apart", async () => {
    await fail("pdd|879846125");
    await fail("pdd|879846125");
    await fail(null);
    await fail("jd|11258196");
    const summary = await readCaptureSummary(db, SESSION);
    expect(summary.failedCaptures).toBe(4);
    expect(summary.unattributedFailures).toBe(1);
    expect(summary.shops.map((s) => [s.platform, s.shopId, s.failures])).toEqual([
      ["jd", "11258196", 1],
      ["pdd", "879846125", 2],
    ]);
  });
});
