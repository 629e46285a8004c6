import type { CanonicalRecord, RecordKind } from "@tongshu/shared";
import Database from "better-sqlite3";
import { createDemoWorkspace } from "../../worker/src/demo/index.ts";
import {
  ORDER_LINE_COLUMNS,
  orderLineRows,
  type SqlValue,
  TABLES,
} from "../../worker/src/ingest/record-tables.ts";
import { hashPassword } from "../../worker/src/lib/crypto.ts";
import { DEMO_SEED } from "../../worker/src/sandbox/demo-cache.ts";
import { buildRollups, dropRollupTriggers } from "./report-rollups.ts";
import { insertReportSettings } from "./report-settings.ts";

export const BENCH_WORKSPACE = "ws_bench";
export const BENCH_OWNER = { email: "bench-owner@example.com", password: "tongshu-bench-owner" };

/** The demo makes about this many order lines per unit of scale over a year (measured). */
const LINES_PER_SCALE_YEAR = 118_000;
export const BENCH_DAYS = 365;

export interface ReportData {
  workspaceId: string;
  today: string;
  now: number;
  counts: Record<string, number>;
  loadMillis: number;
}

/** Upsert by the table's key, as the Worker's writer does (a later version replaces). */
function upsert(db: Database.Database, table: string, columns: readonly string[], key: string[]) {
  const updates = columns.filter((c) => !key.includes(c)).map((c) => `${c} = excluded.${c}`);
  return db.prepare(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})
     ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${updates.join(", ")}`,
  );
}

/**
 * Fills the local D1 file with the demo workspace at `lines` order lines over a year (records
 * mapped to rows by the Worker's own table specs), the bench owner, the report settings, and the
 * rollups built by the Worker's refresh SQL. Loading time is not what the bench measures.
 */
export async function loadReportData(
  file: string,
  lines: number,
  today: string,
  nowHour: number,
): Promise<ReportData> {
  const started = performance.now();
  const demo = createDemoWorkspace({
    seed: DEMO_SEED,
    today,
    nowHour,
    days: BENCH_DAYS,
    scale: lines / LINES_PER_SCALE_YEAR,
  });
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -1000000");
    const triggers = dropRollupTriggers(db);
    const ws = BENCH_WORKSPACE;
    const ownerId = "m_bench_owner";
    const password = await hashPassword(BENCH_OWNER.password);
    db.prepare(
      "INSERT INTO workspaces (id, name, buyer_key_secret, created_at) VALUES (?, ?, ?, ?)",
    ).run(ws, "通数基准工作区", "bench-buyer-key-secret", demo.now);
    db.prepare(
      `INSERT INTO members (workspace_id, id, email, name, role, locale, password_hash,
         password_salt, password_iterations, can_see_costs, created_at)
       VALUES (?, ?, ?, ?, 'owner', 'zh-CN', ?, ?, ?, 1, ?)`,
    ).run(
      ws,
      ownerId,
      BENCH_OWNER.email,
      "基准店主",
      password.hash,
      password.salt,
      password.iterations,
      demo.now,
    );
    const addShop = db.prepare(
      `INSERT INTO shops (workspace_id, platform, shop_id, shop_name, first_seen_at,
         last_captured_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const s of demo.shops) addShop.run(ws, s.platform, s.shopId, s.shopName, 0, demo.now);

    const statements = new Map<RecordKind, Database.Statement>();
    const lineStatement = upsert(
      db,
      "order_lines",
      ORDER_LINE_COLUMNS,
      ORDER_LINE_COLUMNS.slice(0, 5),
    );
    let n = 0;
    const insertChunk = db.transaction((chunk: CanonicalRecord[]) => {
      for (const record of chunk) {
        const spec = TABLES[record.kind];
        let statement = statements.get(record.kind);
        if (!statement) {
          statement = upsert(db, spec.table, spec.columns, [...spec.key]);
          statements.set(record.kind, statement);
        }
        // The hash only breaks ties between equal captures on upsert: a counter does here.
        const meta = {
          workspaceId: ws,
          hash: `bench-${n++}`,
          receivedAt: demo.now,
          writeToken: "bench",
        };
        const row = (spec.row as (r: CanonicalRecord, m: typeof meta) => SqlValue[])(record, meta);
        statement.run(...row);
        if (record.kind === "order")
          for (const line of orderLineRows(record, meta)) lineStatement.run(...line);
      }
    });
    for (const chunk of demo.records({ chunkSize: 5000 }) as Iterable<CanonicalRecord[]>)
      insertChunk(chunk);
    const settings = insertReportSettings(db, demo, ws, ownerId);

    await buildRollups(db, ws, triggers);
    const count = (table: string) =>
      (
        db.prepare(`SELECT count(*) AS n FROM ${table} WHERE workspace_id = ?`).get(ws) as {
          n: number;
        }
      ).n;
    const counts: Record<string, number> = {};
    for (const table of [
      "order_lines",
      "orders",
      "rollup_shop_day",
      "rollup_sku_day",
      "skus",
      "settlements",
      "ads",
    ])
      counts[table] = count(table);
    counts.products = settings.products;
    counts.product_costs = settings.costs;
    return {
      workspaceId: ws,
      today,
      now: demo.now,
      counts,
      loadMillis: performance.now() - started,
    };
  } finally {
    db.close();
  }
}
