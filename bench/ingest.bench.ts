import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CanonicalRecord, recordHash } from "@tongshu/shared";
import Database from "better-sqlite3";
import { loadDemoWorkspace } from "../scripts/lib/demo-loader.ts";
import { ROOT } from "../scripts/lib/paths.ts";
import { applyLocalMigrations, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { createDemoWorkspace } from "../worker/src/demo/index.ts";
import {
  ORDER_LINE_COLUMNS,
  orderLineRows,
  type SqlValue,
  TABLES,
} from "../worker/src/ingest/record-tables.ts";
import { DEMO_SEED } from "../worker/src/sandbox/demo-cache.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const TODAY = "2026-11-20";
const SEED = DEMO_SEED;

/** The demo records at a scale, in generation order. */
export function demoRecords(scale: number): Iterable<CanonicalRecord> {
  const demo = createDemoWorkspace({ seed: SEED, today: TODAY, scale });
  return (function* () {
    for (const chunk of demo.records() as Iterable<CanonicalRecord[]>) yield* chunk;
  })();
}

/** The same rows the Worker writes, inserted into SQLite directly: the floor for any ingest path. */
export async function rawSqliteRowsPerSecond(
  dir: string,
  records: Iterable<CanonicalRecord>,
): Promise<{ rows: number; records: number; perSecond: number }> {
  const db = new Database(join(dir, "raw.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = OFF");
  for (const file of readdirSync(join(ROOT, "worker/migrations")).sort())
    db.exec(readFileSync(join(ROOT, "worker/migrations", file), "utf8"));
  db.prepare(
    "INSERT INTO workspaces (id, name, buyer_key_secret, created_at) VALUES ('ws', 'bench', 'x', 0)",
  ).run();

  const prepared: Array<{
    table: string;
    columns: readonly string[];
    key: readonly string[];
    rows: SqlValue[][];
  }> = [];
  const meta = { workspaceId: "ws", receivedAt: Date.now(), writeToken: "bench" };
  let rowCount = 0;
  let recordCount = 0;
  for (const record of records) {
    recordCount++;
    {
      const spec = TABLES[record.kind];
      const m = { ...meta, hash: await recordHash(record) };
      const row = (spec.row as (r: CanonicalRecord, x: typeof m) => SqlValue[])(record, m);
      prepared.push({ table: spec.table, columns: spec.columns, key: spec.key, rows: [row] });
      if (record.kind === "order")
        prepared.push({
          table: "order_lines",
          columns: ORDER_LINE_COLUMNS,
          key: ORDER_LINE_COLUMNS.slice(0, 5),
          rows: orderLineRows(record, m),
        });
    }
  }
  const statements = new Map<string, Database.Statement>();
  const statementFor = (p: (typeof prepared)[number]) => {
    let s = statements.get(p.table);
    if (!s) {
      const updates = p.columns
        .filter((c) => !p.key.includes(c))
        .map((c) => `${c} = excluded.${c}`);
      s = db.prepare(
        `INSERT INTO ${p.table} (${p.columns.join(", ")}) VALUES (${p.columns.map(() => "?").join(", ")}) ON CONFLICT (${p.key.join(", ")}) DO UPDATE SET ${updates.join(", ")}`,
      );
      statements.set(p.table, s);
    }
    return s;
  };
  const started = performance.now();
  const insertAll = db.transaction((items: typeof prepared) => {
    for (const p of items) for (const row of p.rows) statementFor(p).run(...row);
  });
  for (let i = 0; i < prepared.length; i += 1000) insertAll(prepared.slice(i, i + 1000));
  const seconds = (performance.now() - started) / 1000;
  for (const p of prepared) rowCount += p.rows.length;
  db.close();
  return { rows: rowCount, records: recordCount, perSecond: rowCount / seconds };
}

/** Demo data through the Worker's validated upsert (wrangler dev + local D1) vs raw SQLite inserts. */
export async function benchIngest(scale: number): Promise<BenchEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), "tongshu-bench-"));
  try {
    await applyLocalMigrations(join(dir, "state"));
    const server = await startDevServer({ port: 18787, persistTo: join(dir, "state") });
    let worker: Awaited<ReturnType<typeof loadDemoWorkspace>>;
    try {
      worker = await loadDemoWorkspace(server.url, {
        today: TODAY,
        seed: SEED,
        scale,
        holdBack: false,
      });
    } finally {
      await server.stop();
    }
    const raw = await rawSqliteRowsPerSecond(dir, demoRecords(scale));
    const workerPerSecond = worker.records / (worker.millis / 1000);
    // The Worker figure counts records (an order with its lines is one); raw counts table rows.
    const rawRecordsPerSecond = raw.perSecond * (worker.records / raw.rows);
    return [
      entry({
        name: "ingest: demo data through the Worker into D1",
        metric: "records/s",
        value: workerPerSecond,
        baselineName: "raw better-sqlite3 insert, same rows",
        baseline: rawRecordsPerSecond,
        notes: `${worker.records.toLocaleString("en-US")} records (${raw.rows.toLocaleString("en-US")} table rows) at scale ${scale}; worker path includes HTTP, validation, hashing and D1 batches.`,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
