import type { LocalTables } from "../lib/local-export.ts";
import { KIND_TABLES, type TongshuDb } from "./schema.ts";

/**
 * What "clear local data" empties: everything captured, with its queue, refusals, shops and
 * capture log. Pairing and settings live in chrome.storage and stay; so does the sync state
 * (last success, backoff), which belongs to the connection rather than to the data.
 */
export const CAPTURED_TABLES = [
  ...Object.values(KIND_TABLES),
  "outbox",
  "quarantine",
  "shops",
  "captureLog",
] as const;
export type CapturedTable = (typeof CAPTURED_TABLES)[number];
export type CapturedCounts = Record<CapturedTable, number>;

/** Every table, for the full export (no secrets live in IndexedDB: they stay in chrome.storage). */
export const ALL_TABLES = [...CAPTURED_TABLES, "syncState"] as const;
export type LocalTable = (typeof ALL_TABLES)[number];

export async function countLocalData(db: TongshuDb): Promise<CapturedCounts> {
  const counts = await Promise.all(CAPTURED_TABLES.map((name) => db.table(name).count()));
  return Object.fromEntries(
    CAPTURED_TABLES.map((name, i) => [name, counts[i] ?? 0]),
  ) as CapturedCounts;
}

/**
 * Deletes everything captured, in one transaction so a capture arriving meanwhile lands wholly
 * before or after; returns how many rows each table held. Only on the user's explicit request.
 */
export async function clearCapturedData(db: TongshuDb): Promise<CapturedCounts> {
  const tables = CAPTURED_TABLES.map((name) => db.table(name));
  return db.transaction("rw", tables, async () => {
    const counts = await countLocalData(db);
    await Promise.all(tables.map((table) => table.clear()));
    return counts;
  });
}

/** Every row of every table, for the export (lib/local-export.ts shapes and redacts it). */
export async function readLocalTables(db: TongshuDb): Promise<LocalTables> {
  return db.transaction(
    "r",
    ALL_TABLES.map((name) => db.table(name)),
    async () => ({
      orders: await db.orders.toArray(),
      skus: await db.skus.toArray(),
      traffic: await db.traffic.toArray(),
      ads: await db.ads.toArray(),
      refunds: await db.refunds.toArray(),
      settlements: await db.settlements.toArray(),
      outbox: await db.outbox.toArray(),
      quarantine: await db.quarantine.toArray(),
      shops: await db.shops.toArray(),
      captureLog: await db.captureLog.toArray(),
      syncState: await db.syncState.toArray(),
    }),
  );
}
