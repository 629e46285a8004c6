import type Database from "better-sqlite3";
import type { Query } from "./baseline-sources.ts";

/** Prepares a report's queries once; the returned function runs them all, in order. */
export function queryRunner(db: Database.Database, queries: Query[]): () => unknown[][] {
  const prepared = queries.map((q) => ({ statement: db.prepare(q.sql), params: q.params }));
  return () => prepared.map((p) => p.statement.all(...p.params));
}

const canonical = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

/**
 * Where two runs' results differ (null: identical up to row order): the rollup and the line-scan
 * baselines must compute the same figures, or their ratio would mean nothing.
 */
export function firstDifference(a: unknown[][], b: unknown[][]): string | null {
  if (a.length !== b.length) return `${a.length} vs ${b.length} result sets`;
  for (let i = 0; i < a.length; i++) {
    const left = canonical(a[i] ?? []);
    const right = canonical(b[i] ?? []);
    if (left.length !== right.length) return `query ${i}: ${left.length} vs ${right.length} rows`;
    const j = left.findIndex((row, k) => row !== right[k]);
    if (j >= 0) return `query ${i}: ${left[j]} vs ${right[j]}`;
  }
  return null;
}
