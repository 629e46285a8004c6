import type { RecordKind } from "@tongshu/shared";
import Dexie from "dexie";
import {
  assembleCaptureSummary,
  type CaptureSummary,
  type KindCounts,
} from "../lib/capture-summary.ts";
import { KIND_TABLES, type TongshuDb } from "./schema.ts";

const KINDS = Object.keys(KIND_TABLES) as RecordKind[];

/** Per kind: records of `shop` stored in total, and those captured at or after `since`. */
async function countShop(
  db: TongshuDb,
  shop: string,
  since: number | null,
): Promise<Record<RecordKind, KindCounts>> {
  const entries = await Promise.all(
    KINDS.map(async (kind) => {
      const table = db.recordTable(kind);
      const total = await table.where("shop").equals(shop).count();
      const session =
        since === null
          ? 0
          : await table
              .where("[shop+capturedAt]")
              .between([shop, since], [shop, Dexie.maxKey], true, true)
              .count();
      return [kind, { session, total }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<RecordKind, KindCounts>;
}

/**
 * The popup's per-shop view, read from indexes only (no record or envelope is loaded), so
 * asking every few seconds stays cheap however much is stored. A record counts for this
 * session when its stored version was captured since `sessionStartedAt`: a newer capture
 * always replaces the stored version, so every record seen this session qualifies, once.
 */
export async function readCaptureSummary(
  db: TongshuDb,
  sessionStartedAt: number | null,
): Promise<CaptureSummary> {
  const shops = await db.shops.toArray();
  const keys = new Set(shops.map((s) => s.key));
  for (const kind of KINDS)
    for (const key of await db.recordTable(kind).orderBy("shop").uniqueKeys())
      keys.add(String(key));
  const counts = new Map<string, Record<RecordKind, KindCounts>>();
  for (const key of keys) counts.set(key, await countShop(db, key, sessionStartedAt));
  const failuresByShop = new Map<string, number>();
  const failed = await db.captureLog
    .where("[outcome+shop]")
    .between(["failed", Dexie.minKey], ["failed", Dexie.maxKey])
    .keys();
  for (const indexKey of failed) {
    const shop = Array.isArray(indexKey) ? String(indexKey[1]) : "";
    failuresByShop.set(shop, (failuresByShop.get(shop) ?? 0) + 1);
  }
  return assembleCaptureSummary({
    sessionStartedAt,
    shops,
    counts,
    failuresByShop,
    failedCaptures: await db.captureLog.where("outcome").equals("failed").count(),
  });
}
