import { KIND_TABLE_NAMES } from "../ingest/record-tables.ts";
import { sha256Hex } from "../lib/crypto.ts";

export interface KindChecksum {
  records: number;
  /** SHA-256 over the sorted record hashes: equal sets of record contents give equal sums. */
  checksum: string;
}

/** Per record kind: how many records a workspace holds and a checksum of their contents. */
export async function recordChecksums(
  db: D1Database,
  workspaceId: string,
): Promise<Record<string, KindChecksum>> {
  const out: Record<string, KindChecksum> = {};
  for (const [kind, table] of Object.entries(KIND_TABLE_NAMES)) {
    const rows = await db
      .prepare(`SELECT record_hash FROM ${table} WHERE workspace_id = ? ORDER BY record_hash`)
      .bind(workspaceId)
      .all<{ record_hash: string }>();
    out[kind] = {
      records: rows.results.length,
      checksum: await sha256Hex(rows.results.map((r) => r.record_hash).join("\n")),
    };
  }
  return out;
}
