import type {
  CanonicalRecord,
  CaptureEnvelope,
  Platform,
  RecordKind,
  RecordOfKind,
} from "@tongshu/shared";
import Dexie, { type Table } from "dexie";

/** One record version as stored: the record itself plus what the upsert rule compares. */
export interface StoredRecord<R extends CanonicalRecord = CanonicalRecord> {
  /** The natural key (DESIGN.md), the primary key. */
  key: string;
  /** "platform|shopId", for per-shop queries. */
  shop: string;
  capturedAt: number;
  hash: string;
  record: R;
}

/** An unsent change: the latest version of `key` goes out with the next sync batch. */
export interface OutboxEntry {
  key: string;
  kind: RecordKind;
  queuedAt: number;
}

/** The outcome of one capture, kept for the popup and for bug reports (last 500). */
export interface CaptureLogEntry {
  id?: number;
  at: number;
  url: string;
  parser: string | null;
  shop: string | null;
  outcome: "stored" | "failed";
  code: string | null;
  message: string | null;
  records: number;
  written: number;
  /** Only for failures: the envelope as received, so a maintainer can replay it. */
  envelope: CaptureEnvelope | null;
}

/**
 * A record version the server refused (or that cannot be sent at all). It leaves the outbox so
 * it never blocks the rest; a newer capture of the same key queues it again.
 */
export interface QuarantineEntry {
  key: string;
  kind: RecordKind;
  reason: string;
  at: number;
  record: CanonicalRecord;
}

/** Why the last sync attempt failed, for the popup. */
export interface SyncError {
  at: number;
  message: string;
  /** HTTP status, or null for a network error or timeout. */
  status: number | null;
}

/**
 * The sync engine's memory, one row (id "sync"), so backoff and the pairing state survive a
 * service worker being killed or the browser restarting.
 */
export interface SyncStateRow {
  id: "sync";
  lastSuccessAt: number | null;
  lastError: SyncError | null;
  consecutiveFailures: number;
  nextAttemptAt: number | null;
  needsPairing: boolean;
  /** Who is syncing now; a lease past its expiry belongs to a killed worker and is free. */
  lease: { holder: string; expiresAt: number } | null;
}

export interface ShopEntry {
  key: string;
  platform: Platform;
  shopId: string;
  shopName: string | null;
  lastCapturedAt: number;
}

/** Table name per record kind. */
export const KIND_TABLES = {
  order: "orders",
  sku: "skus",
  traffic: "traffic",
  ad: "ads",
  refund: "refunds",
  settlement: "settlements",
} as const satisfies Record<RecordKind, string>;

/**
 * The extension's IndexedDB, opened only by the service worker and extension pages (a content
 * script would open the seller site's IndexedDB instead). Schema versions live here only.
 */
export class TongshuDb extends Dexie {
  orders!: Table<StoredRecord<RecordOfKind<"order">>, string>;
  skus!: Table<StoredRecord<RecordOfKind<"sku">>, string>;
  traffic!: Table<StoredRecord<RecordOfKind<"traffic">>, string>;
  ads!: Table<StoredRecord<RecordOfKind<"ad">>, string>;
  refunds!: Table<StoredRecord<RecordOfKind<"refund">>, string>;
  settlements!: Table<StoredRecord<RecordOfKind<"settlement">>, string>;
  outbox!: Table<OutboxEntry, string>;
  captureLog!: Table<CaptureLogEntry, number>;
  shops!: Table<ShopEntry, string>;
  quarantine!: Table<QuarantineEntry, string>;
  syncState!: Table<SyncStateRow, string>;

  constructor(name = "tongshu") {
    super(name);
    this.version(1).stores({
      orders: "key, shop, capturedAt",
      skus: "key, shop",
      traffic: "key, shop",
      ads: "key, shop",
      refunds: "key, shop",
      settlements: "key, shop",
      outbox: "key, queuedAt",
      captureLog: "++id, at, outcome",
      shops: "key",
    });
    // Version 2 (sync): refused records and the engine's persisted state.
    this.version(2).stores({
      quarantine: "key, at",
      syncState: "id",
    });
    // Version 3 (popup): per-shop counts of what this browser session captured, and failures
    // per shop, answered from indexes alone (the popup asks every few seconds).
    this.version(3).stores({
      orders: "key, shop, capturedAt, [shop+capturedAt]",
      skus: "key, shop, [shop+capturedAt]",
      traffic: "key, shop, [shop+capturedAt]",
      ads: "key, shop, [shop+capturedAt]",
      refunds: "key, shop, [shop+capturedAt]",
      settlements: "key, shop, [shop+capturedAt]",
      captureLog: "++id, at, outcome, [outcome+shop]",
    });
  }

  /** The table holding records of `kind`. */
  recordTable(kind: RecordKind): Table<StoredRecord, string> {
    return this.table(KIND_TABLES[kind]);
  }
}
