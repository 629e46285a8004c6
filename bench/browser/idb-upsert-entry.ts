// Bundled by bench/idb.bench.ts for a plain page in Chromium: the extension's own upsert code
// (Dexie + the newer-capture-wins rule + outbox) against raw IndexedDB puts of the same rows.
import type { CanonicalRecord } from "@tongshu/shared";
import { TongshuDb } from "../../extension/src/db/schema.ts";
import { upsertRecords } from "../../extension/src/db/upsert-records.ts";

function skus(n: number, capturedAt: number): CanonicalRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: "sku",
    platform: "pdd",
    shopId: "879846125",
    capturedAt,
    source: {
      url: "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
      parser: "pdd/goods-list@1",
    },
    itemId: String(500_000_000 + Math.floor(i / 4)),
    skuId: String(1_000_000_000 + i),
    outerSkuId: `TS-${i}`,
    title: `禾屿收纳盒 ${i}`,
    skuText: "白色",
    priceFen: 1990 + (i % 100),
    stock: i % 300,
    status: "onsale",
  }));
}

async function upsert(n: number): Promise<number> {
  const db = new TongshuDb(`bench-${Math.random()}`);
  await db.open();
  const records = skus(n, 1_763_700_000_000);
  const started = performance.now();
  await upsertRecords(db, records, Date.now());
  const ms = performance.now() - started;
  db.close();
  await db.delete();
  return ms;
}

async function raw(n: number): Promise<number> {
  const name = `raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore("skus", { keyPath: "key" });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = skus(n, 1_763_700_000_000).map((record, i) => ({ key: `k${i}`, record }));
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("skus", "readwrite");
    const store = tx.objectStore("skus");
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

Object.assign(globalThis, { benchUpsert: upsert, benchRaw: raw });
