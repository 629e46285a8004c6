import * as z from "zod";
import { AdSchema } from "./ad.ts";
import { OrderSchema } from "./order.ts";
import { RefundSchema } from "./refund.ts";
import { SettlementSchema } from "./settlement.ts";
import { SkuSchema } from "./sku.ts";
import { TrafficSchema } from "./traffic.ts";

/** Any canonical record: what parsers emit, the Worker stores and reports read. */
export const CanonicalRecordSchema = z.discriminatedUnion("kind", [
  OrderSchema,
  SkuSchema,
  TrafficSchema,
  AdSchema,
  RefundSchema,
  SettlementSchema,
]);
export type CanonicalRecord = z.infer<typeof CanonicalRecordSchema>;
export type RecordKind = CanonicalRecord["kind"];
export type RecordOfKind<K extends RecordKind> = Extract<CanonicalRecord, { kind: K }>;

export const RECORD_KINDS = ["order", "sku", "traffic", "ad", "refund", "settlement"] as const;
export const RecordKindSchema = z.enum(RECORD_KINDS);

/**
 * The natural key of a record, as the list of values that identify it (DESIGN.md). Two records
 * with the same key are versions of one fact; the newer `capturedAt` wins.
 */
export function naturalKeyParts(record: CanonicalRecord): string[] {
  const shop = [record.kind, record.platform, record.shopId];
  switch (record.kind) {
    case "order":
      return [...shop, record.orderId];
    case "sku":
      return [...shop, record.itemId, record.skuId];
    case "traffic":
      // `days` is part of the key: a 7-day figure starting on a date is not the 1-day one.
      return [...shop, record.date, String(record.days), record.itemId ?? ""];
    case "ad":
      return [...shop, record.date, record.channel, record.campaignId];
    case "refund":
      return [...shop, record.refundId];
    case "settlement":
      return [...shop, record.entryId];
  }
}

/** The natural key as one string, for maps and IndexedDB primary keys. */
export function naturalKey(record: CanonicalRecord): string {
  return naturalKeyParts(record).join("|");
}

/** A stored or incoming version of a record: when it was captured and a hash of its content. */
export interface RecordVersion {
  capturedAt: number;
  hash: string;
}

/**
 * The upsert rule: does `incoming` replace `stored`? A newer capture wins and an older one is
 * ignored. Two different contents captured at the same instant are ordered by their hash, so
 * applying batches in any order, or twice, ends in the same state.
 */
export function isNewerVersion(
  incoming: RecordVersion,
  stored: RecordVersion | undefined,
): boolean {
  if (stored === undefined || incoming.capturedAt > stored.capturedAt) return true;
  return incoming.capturedAt === stored.capturedAt && incoming.hash > stored.hash;
}
