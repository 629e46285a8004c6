import {
  type CanonicalRecord,
  isNewerVersion,
  type RecordBatch,
  type RecordBatchResult,
  type RejectedRecord,
  recordHash,
  type ShopRef,
} from "@tongshu/shared";
import { randomToken } from "../lib/crypto.ts";
import { rollupRefreshStatements } from "../rollups/refresh-rollups.ts";
import { recordConflictStatements } from "./record-conflicts.ts";
import {
  ORDER_LINE_COLUMNS,
  orderLineRows,
  type RowMeta,
  type SqlValue,
  TABLES,
} from "./record-tables.ts";
import { orderLineReplacements, shopUpserts, versionedUpserts } from "./upsert-sql.ts";
import { validateRecord } from "./validate-record.ts";

interface Versioned {
  record: CanonicalRecord;
  hash: string;
}

export interface ApplyOptions {
  now: number;
  deviceId?: string | null;
}

/** Keeps one version per natural key, the one the upsert rule would keep. */
async function latestVersions(
  records: Array<{ record: CanonicalRecord; key: string }>,
): Promise<Versioned[]> {
  const byKey = new Map<string, Versioned>();
  for (const { record, key } of records) {
    const candidate = { record, hash: await recordHash(record) };
    const stored = byKey.get(key);
    if (
      !stored ||
      isNewerVersion(
        { capturedAt: record.capturedAt, hash: candidate.hash },
        { capturedAt: stored.record.capturedAt, hash: stored.hash },
      )
    ) {
      byKey.set(key, candidate);
    }
  }
  return [...byKey.values()];
}

function shopRows(workspaceId: string, versions: Versioned[], names: ShopRef[]): SqlValue[][] {
  const shops = new Map<
    string,
    { platform: string; shopId: string; first: number; last: number }
  >();
  for (const { record } of versions) {
    const id = `${record.platform}|${record.shopId}`;
    const seen = shops.get(id);
    shops.set(id, {
      platform: record.platform,
      shopId: record.shopId,
      first: Math.min(seen?.first ?? record.capturedAt, record.capturedAt),
      last: Math.max(seen?.last ?? record.capturedAt, record.capturedAt),
    });
  }
  const nameOf = new Map(names.map((s) => [`${s.platform}|${s.shopId}`, s.shopName]));
  return [...shops.entries()].map(([id, s]) => [
    workspaceId,
    s.platform,
    s.shopId,
    nameOf.get(id) ?? null,
    s.first,
    s.last,
  ]);
}

interface RecordStatements {
  upserts: D1PreparedStatement[];
  lines: D1PreparedStatement[];
}

function recordStatements(
  db: D1Database,
  versions: Versioned[],
  metaBase: Omit<RowMeta, "hash">,
): RecordStatements {
  const statements: D1PreparedStatement[] = [];
  const lineRows: SqlValue[][] = [];
  for (const kind of Object.keys(TABLES) as Array<keyof typeof TABLES>) {
    const spec = TABLES[kind];
    const rows: SqlValue[][] = [];
    for (const { record, hash } of versions) {
      if (record.kind !== kind) continue;
      const meta = { ...metaBase, hash };
      // The spec's kind matches record.kind here; TypeScript cannot see through the loop.
      rows.push((spec.row as (r: CanonicalRecord, m: RowMeta) => SqlValue[])(record, meta));
      if (record.kind === "order") lineRows.push(...orderLineRows(record, meta));
    }
    if (rows.length > 0)
      statements.push(
        ...versionedUpserts(db, spec.table, spec.key, spec.columns, rows, spec.keepStored),
      );
  }
  const lines =
    lineRows.length > 0
      ? orderLineReplacements(db, ORDER_LINE_COLUMNS, lineRows, metaBase.writeToken)
      : [];
  return { upserts: statements, lines };
}

/**
 * Applies one batch of untrusted records to a workspace, atomically: each record is validated
 * alone (bad ones are listed with their reason, the rest land), versions are upserted by natural
 * key, and the batch id is remembered so the same batch twice changes nothing.
 */
export async function applyRecordBatch(
  db: D1Database,
  workspaceId: string,
  batch: RecordBatch,
  options: ApplyOptions,
): Promise<RecordBatchResult> {
  const seen = await db
    .prepare("SELECT result FROM ingest_batches WHERE workspace_id = ? AND batch_id = ?")
    .bind(workspaceId, batch.batchId)
    .first<{ result: string }>();
  if (seen)
    return { ...(JSON.parse(seen.result) as RecordBatchResult), written: 0, duplicate: true };

  const valid: Array<{ record: CanonicalRecord; key: string }> = [];
  const rejected: RejectedRecord[] = [];
  batch.records.forEach((input, index) => {
    const result = validateRecord(input, options.now);
    if (result.ok) valid.push(result);
    else rejected.push({ index, key: result.key, reason: result.reason });
  });

  const versions = await latestVersions(valid);
  const writeToken = randomToken(16);
  const { upserts, lines } = recordStatements(db, versions, {
    workspaceId,
    receivedAt: options.now,
    writeToken,
  });
  const shops =
    versions.length > 0 ? shopUpserts(db, shopRows(workspaceId, versions, batch.shops ?? [])) : [];
  const result: RecordBatchResult = {
    batchId: batch.batchId,
    accepted: valid.length,
    written: 0,
    rejected,
    duplicate: false,
  };
  const remember = db
    .prepare(
      "INSERT INTO ingest_batches (workspace_id, batch_id, received_at, device_id, result) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(
      workspaceId,
      batch.batchId,
      options.now,
      options.deviceId ?? null,
      JSON.stringify(result),
    );

  // Before the upserts, so conflicts compare with the versions stored until now.
  const conflicts = recordConflictStatements(
    db,
    workspaceId,
    versions.map((v) => v.record),
    options.now,
  );

  // One D1 batch is one transaction: shops, conflicts, records, their lines, the rollups of the
  // days they touched and the batch id land together.
  const rollups = versions.length > 0 ? rollupRefreshStatements(db, workspaceId) : [];
  const outcomes = await db.batch([
    ...shops,
    ...conflicts,
    ...upserts,
    ...lines,
    ...rollups,
    remember,
  ]);
  const firstUpsert = shops.length + conflicts.length;
  const written = outcomes
    .slice(firstUpsert, firstUpsert + upserts.length)
    .reduce((sum, r) => sum + r.results.length, 0);
  return { ...result, written };
}
