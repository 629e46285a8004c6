// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import type { CaptureEnvelope } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { CAPTURE_LOG_LIMIT, failedEnvelopes } from "../db/capture-log.ts";
import type { TongshuDb } from "../db/schema.ts";
import { upsertRecords } from "../db/upsert-records.ts";
import { handleCapture } from "./handle-capture.ts";
import { withTestDb } from "../db/test-db.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

const envelope: CaptureEnvelope = {
  url: "https://unknown.example.com/api/list",
  method: "GET",
  requestBody: null,
  status: 200,
  responseBody: "{}",
  capturedAt: Date.UTC(2026, 10, 20),
  shop: { platform: "pdd", shopId: "879846125", shopName: "禾屿官方旗舰店" },
};

const sku = (stock: number, capturedAt: number) => ({
  kind: "sku" as const,
  platform: "pdd" as const,
  shopId: "879846125",
  capturedAt,
  source: {
    url: "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
    parser: "pdd/goods-list@1",
  },
  itemId: "523456789012",
  skuId: "1234567890123",
  outerSkuId: "TS-KB-001-S",
  title: "收纳盒",
  skuText: "白色",
  priceFen: 3990,
  stock,
  status: "onsale" as const,
});

describe("handleCapture", () => {
  it("logs an unparseable capture with its envelope and stores nothing", async () => {
    const outcome = await handleCapture(db, envelope, null, 1000);
    expect(outcome).toEqual({
      ok: false,
      parser: null,
      records: 0,
      written: 0,
      code: "no_parser",
      shop: null,
    });
    expect(await db.skus.count()).toBe(0);
    const [failed] = await failedEnvelopes(db);
    expect(failed?.envelope).toEqual(envelope); // nothing personal in it to redact
    expect(failed?.code).toBe("no_parser");
  });

  it("keeps only the last entries of the capture log", async () => {
    for (let i = 0; i < CAPTURE_LOG_LIMIT + 5; i++) await handleCapture(db, envelope, null, i);
    expect(await db.captureLog.count()).toBe(CAPTURE_LOG_LIMIT);
    expect((await db.captureLog.orderBy("id").first())?.at).toBe(5);
  });
});

describe("upsertRecords", () => {
  it("lets a newer capture win, ignores an older one, and queues only changes", async () => {
    expect(await upsertRecords(db, [sku(10, 2000)], 1)).toEqual({ written: 1, unchanged: 0 });
    expect(await upsertRecords(db, [sku(10, 2000)], 2)).toEqual({ written: 0, unchanged: 1 });
    expect(await upsertRecords(db, [sku(3, 1000)], 3)).toEqual({ written: 0, unchanged: 1 });
    expect(await upsertRecords(db, [sku(7, 3000)], 4)).toEqual({ written: 1, unchanged: 0 });
    const [stored] = await db.skus.toArray();
    expect(stored?.record.stock).toBe(7);
    expect(stored?.key).toBe("sku|pdd|879846125|523456789012|1234567890123");
    expect(await db.outbox.toArray()).toEqual([
      { key: "sku|pdd|879846125|523456789012|1234567890123", kind: "sku", queuedAt: 4 },
    ]);
  });

  it("ends in the same state whatever the order of batches", async () => {
    await upsertRecords(db, [sku(7, 3000), sku(3, 1000)], 1);
    const forward = await db.skus.toArray();
    await db.skus.clear();
    await upsertRecords(db, [sku(3, 1000)], 1);
    await upsertRecords(db, [sku(7, 3000)], 1);
    expect(await db.skus.toArray()).toEqual(forward);
  });

  it("writes ten thousand records in chunks", async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...sku(i, 5000),
      skuId: String(1_000_000 + i),
    }));
    expect(await upsertRecords(db, many, 9)).toEqual({ written: 10_000, unchanged: 0 });
    expect(await db.skus.count()).toBe(10_000);
    expect(await db.outbox.count()).toBe(10_000);
  });
});
