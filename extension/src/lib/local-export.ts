import type { CanonicalRecord } from "@tongshu/shared";
import type {
  CaptureLogEntry,
  OutboxEntry,
  QuarantineEntry,
  ShopEntry,
  StoredRecord,
  SyncStateRow,
} from "../db/schema.ts";
import { redactEnvelope, redactMessage, redactUrl } from "./redact-envelope.ts";

/** Every IndexedDB table, as read for the export (db/local-data.ts). */
export interface LocalTables {
  orders: StoredRecord[];
  skus: StoredRecord[];
  traffic: StoredRecord[];
  ads: StoredRecord[];
  refunds: StoredRecord[];
  settlements: StoredRecord[];
  outbox: OutboxEntry[];
  quarantine: QuarantineEntry[];
  shops: ShopEntry[];
  captureLog: CaptureLogEntry[];
  syncState: SyncStateRow[];
}
export type LocalTableName = keyof LocalTables;

export const EXPORT_TABLES: readonly LocalTableName[] = [
  "orders",
  "skus",
  "traffic",
  "ads",
  "refunds",
  "settlements",
  "outbox",
  "quarantine",
  "shops",
  "captureLog",
  "syncState",
];

export interface ExportMeta {
  exportedAt: number;
  extensionVersion: string;
}

/**
 * Left out of every export. buyerKey: DESIGN.md lets it leave the browser only to the team's own
 * server, and anyone holding the workspace secret could test a guessed buyer id against it in a
 * file passed around. hash: a digest of the whole record, buyerKey included, so it allows the
 * same test.
 */
export const OMITTED_FIELDS = {
  buyerKey:
    "Order buyerKey (HMAC of the buyer id) is left out: it stays between this browser and your own server.",
  hash: "The stored content hash is left out: it covers buyerKey.",
} as const;

function exportRecord(record: CanonicalRecord): Omit<CanonicalRecord, "buyerKey"> {
  if (record.kind !== "order") return record;
  const { buyerKey: _omitted, ...rest } = record;
  return rest;
}

function exportStored({ hash: _hash, record, ...row }: StoredRecord) {
  return { ...row, record: exportRecord(record) };
}

function exportLogEntry(entry: CaptureLogEntry): CaptureLogEntry {
  // Entries are redacted when written; the current rules run again for entries kept from older versions.
  return {
    ...entry,
    url: redactUrl(entry.url),
    message: entry.message === null ? null : redactMessage(entry.message),
    envelope: entry.envelope === null ? null : redactEnvelope(entry.envelope),
  };
}

function exportRows(name: LocalTableName, tables: LocalTables): unknown[] {
  switch (name) {
    case "quarantine":
      return tables.quarantine.map((q) => ({ ...q, record: exportRecord(q.record) }));
    case "captureLog":
      return tables.captureLog.map(exportLogEntry);
    case "outbox":
    case "shops":
    case "syncState":
      return tables[name];
    default:
      return tables[name].map(exportStored);
  }
}

/** Rows per JSON part: one huge string for a big store would be needlessly hard on memory. */
const ROWS_PER_PART = 1000;

/**
 * The "export local data" file, as parts of one JSON document (for a Blob). Every table with
 * its row count; buyerKey and hashes left out, capture-log envelopes redacted again.
 */
export function buildLocalExport(
  tables: LocalTables,
  meta: ExportMeta,
): { counts: Record<LocalTableName, number>; parts: string[] } {
  const counts = Object.fromEntries(
    EXPORT_TABLES.map((name) => [name, tables[name].length]),
  ) as Record<LocalTableName, number>;
  const head = {
    format: "tongshu-local-data",
    version: 1,
    exportedAt: meta.exportedAt,
    extensionVersion: meta.extensionVersion,
    omitted: OMITTED_FIELDS,
    counts,
  };
  const parts = [`${JSON.stringify(head).slice(0, -1)},"tables":{`];
  EXPORT_TABLES.forEach((name, index) => {
    parts.push(`${index === 0 ? "" : ","}${JSON.stringify(name)}:[`);
    const rows = exportRows(name, tables);
    for (let i = 0; i < rows.length; i += ROWS_PER_PART) {
      const chunk = rows.slice(i, i + ROWS_PER_PART).map((row) => JSON.stringify(row));
      parts.push(`${i === 0 ? "" : ","}${chunk.join(",")}`);
    }
    parts.push("]");
  });
  parts.push("}}");
  return { counts, parts };
}
