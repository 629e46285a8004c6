// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import { fileURLToPath } from "node:url";
import type { CaptureEnvelope } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET } from "../cli/replay.ts";
import type { TongshuDb } from "../db/schema.ts";
import { withTestDb } from "../db/test-db.ts";
import { parseCapturePrefs } from "../lib/capture-prefs.ts";
import { loadEnvelope } from "../platforms/fixture-files.ts";
import { filterRecords, isCaptureWanted } from "./capture-filter.ts";
import { handleCapture } from "./handle-capture.ts";

const fixture = (path: string) =>
  loadEnvelope(fileURLToPath(new URL(`../platforms/${path}.envelope.json`, import.meta.url)));

const pddGoods = fixture("pdd/fixtures/goods-list-page1");
const jdOrders = fixture("jd/fixtures/sff-orders-page1");
const taobaoLogin = fixture("taobao/fixtures/sold-orders-login");

const off = (value: Record<string, unknown>) => parseCapturePrefs(value);

describe("isCaptureWanted", () => {
  it("wants everything by default", () => {
    const prefs = parseCapturePrefs(undefined);
    for (const envelope of [pddGoods, jdOrders, taobaoLogin])
      expect(isCaptureWanted(prefs, envelope)).toBe(true);
  });

  it("drops a platform switched off, whether the shop, the parser or the host says so", () => {
    const noPdd = off({ platforms: { pdd: false } });
    expect(isCaptureWanted(noPdd, pddGoods)).toBe(false);
    expect(isCaptureWanted(noPdd, { ...pddGoods, shop: null })).toBe(false);
    const unknownPddPath: CaptureEnvelope = {
      ...pddGoods,
      url: "https://mms.pinduoduo.com/some/new/api",
      shop: null,
    };
    expect(isCaptureWanted(noPdd, unknownPddPath)).toBe(false);
    expect(isCaptureWanted(noPdd, jdOrders)).toBe(true);
  });

  it("reads the sandbox back offices as their real hosts", () => {
    const sandbox = {
      ...pddGoods,
      url: "http://127.0.0.1:8787/sandbox/pdd/mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
      shop: null,
    };
    expect(isCaptureWanted(off({ platforms: { pdd: false } }), sandbox)).toBe(false);
    expect(isCaptureWanted(off({ kinds: { sku: false } }), sandbox)).toBe(false);
  });

  it("treats Tmall shops as Taobao's", () => {
    const tmall = {
      ...taobaoLogin,
      shop: { platform: "tmall" as const, shopId: "1", shopName: null },
    };
    expect(isCaptureWanted(off({ platforms: { taobao: false } }), tmall)).toBe(false);
  });

  it("drops a capture only when every kind its parser emits is off", () => {
    expect(isCaptureWanted(off({ kinds: { sku: false } }), pddGoods)).toBe(false);
    // JD's gateway parser emits orders and SKUs: one of them on is enough to read it.
    expect(isCaptureWanted(off({ kinds: { order: false } }), jdOrders)).toBe(true);
    expect(isCaptureWanted(off({ kinds: { order: false, sku: false } }), jdOrders)).toBe(false);
  });
});

describe("filterRecords", () => {
  it("keeps only allowed platforms and kinds", () => {
    const base = { shopId: "1", capturedAt: 1, source: { url: "https://x", parser: "p@1" } };
    const records = [
      { ...base, kind: "order", platform: "jd" },
      { ...base, kind: "sku", platform: "jd" },
      { ...base, kind: "sku", platform: "pdd" },
    ] as unknown as Parameters<typeof filterRecords>[1];
    const { kept, dropped } = filterRecords(
      off({ kinds: { order: false }, platforms: { pdd: false } }),
      records,
    );
    expect(kept.map((r) => `${r.platform}/${r.kind}`)).toEqual(["jd/sku"]);
    expect(dropped).toBe(2);
  });
});

describe("handleCapture with capture switched off", () => {
  let db: TongshuDb;
  withTestDb((opened) => {
    db = opened;
  });

  it("stores and queues nothing of a kind switched off, and logs nothing", async () => {
    const outcome = await handleCapture(
      db,
      pddGoods,
      FIXTURE_SECRET,
      1,
      off({ kinds: { sku: false } }),
    );
    expect(outcome).toMatchObject({ ok: false, code: "capture_off", records: 0, written: 0 });
    expect([await db.skus.count(), await db.outbox.count(), await db.captureLog.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(await db.shops.count()).toBe(0);
  });

  it("stores the same capture once the kind is on again", async () => {
    const outcome = await handleCapture(db, pddGoods, FIXTURE_SECRET, 1, parseCapturePrefs({}));
    expect(outcome.ok).toBe(true);
    expect(await db.skus.count()).toBe(5);
    expect(await db.outbox.count()).toBe(5);
  });

  it("filters the records of a kind switched off out of a parser that emits several kinds", async () => {
    const outcome = await handleCapture(
      db,
      jdOrders,
      FIXTURE_SECRET,
      1,
      off({ kinds: { order: false } }),
    );
    expect(outcome).toMatchObject({ ok: true, records: 0, written: 0 });
    expect([await db.orders.count(), await db.outbox.count()]).toEqual([0, 0]);
    expect((await db.captureLog.toArray()).map((e) => [e.outcome, e.records])).toEqual([
      ["stored", 0],
    ]);
  });

  it("keeps no failure envelope of a platform switched off", async () => {
    const outcome = await handleCapture(
      db,
      taobaoLogin,
      FIXTURE_SECRET,
      1,
      off({ platforms: { taobao: false } }),
    );
    expect(outcome.code).toBe("capture_off");
    expect(await db.captureLog.count()).toBe(0);
    await handleCapture(db, taobaoLogin, FIXTURE_SECRET, 2, parseCapturePrefs({}));
    expect((await db.captureLog.toArray()).map((e) => e.outcome)).toEqual(["failed"]);
  });
});
