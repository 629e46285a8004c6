import type { CanonicalRecord, RecordOfKind } from "@tongshu/shared";
import type { DemoOptions, DemoWorkspace } from "./types.ts";
import { createDemoWorkspace } from "./workspace.ts";

/** Shared by the demo tests: one full-size workspace with 双11 and 618 in its window. */
export const FULL_OPTIONS: DemoOptions = { seed: 7, today: "2026-11-20" };

export interface Generated {
  workspace: DemoWorkspace;
  records: CanonicalRecord[];
  chunkSizes: number[];
  of<K extends CanonicalRecord["kind"]>(kind: K): Array<RecordOfKind<K>>;
}

const cache = new Map<string, Generated>();

/** Generates (once per options per test file) and keeps every record in memory. */
export function generate(options: DemoOptions = FULL_OPTIONS): Generated {
  const key = JSON.stringify(options);
  const cached = cache.get(key);
  if (cached) return cached;
  const workspace = createDemoWorkspace(options);
  const records: CanonicalRecord[] = [];
  const chunkSizes: number[] = [];
  for (const chunk of workspace.records()) {
    chunkSizes.push(chunk.length);
    for (const record of chunk) records.push(record);
  }
  const byKind = new Map<string, CanonicalRecord[]>();
  for (const record of records) {
    const list = byKind.get(record.kind) ?? [];
    list.push(record);
    byKind.set(record.kind, list);
  }
  const generated: Generated = {
    workspace,
    records,
    chunkSizes,
    of: <K extends CanonicalRecord["kind"]>(kind: K) =>
      (byKind.get(kind) ?? []) as Array<RecordOfKind<K>>,
  };
  cache.set(key, generated);
  return generated;
}
