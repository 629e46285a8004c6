import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startOfBusinessDay, toBusinessDate } from "@tongshu/shared";
import Database from "better-sqlite3";
import { freePort } from "../scripts/lib/free-port.ts";
import {
  applyLocalMigrations,
  type DevServer,
  startDevServer,
} from "../scripts/lib/wrangler-dev.ts";
import type { BenchEntry } from "./lib/report.ts";
import { measureCase, reportCases } from "./lib/report-cases.ts";
import { BENCH_OWNER, loadReportData } from "./lib/report-data.ts";
import { logIn } from "./lib/report-http.ts";

/** The local D1 database file wrangler created under a persist dir. */
function d1File(persist: string): string {
  const folder = join(persist, "v3/d1/miniflare-D1DatabaseObject");
  const name = readdirSync(folder).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (!name) throw new Error(`no D1 database file in ${folder}`);
  return join(folder, name);
}

/**
 * Report latency on a generated workspace of ~1M order lines × scale over a year: the Worker over
 * HTTP (wrangler dev, local D1) against (a) plain SQL for the same figures on the same rollups,
 * and (b) the same SQL computing them from order lines, so (b)/(a) is what the rollups save.
 */
export async function benchReports(scale: number): Promise<BenchEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), "tongshu-bench-reports-"));
  const persist = join(dir, "state");
  let server: DevServer | undefined;
  let db: Database.Database | undefined;
  const onSignal = () => {
    db?.close();
    void (server?.kill() ?? Promise.resolve()).finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await applyLocalMigrations(persist);
    const file = d1File(persist);
    const now = Date.now();
    const today = toBusinessDate(now);
    const nowHour = Math.max(0, (now - startOfBusinessDay(today)) / 3_600_000 - 0.05);
    const data = await loadReportData(file, Math.round(1_000_000 * scale), today, nowHour);
    const size = Object.entries(data.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString("en-US")}`)
      .join(", ");
    const seconds = (data.loadMillis / 1000).toFixed(1);
    console.log(`reports bench data (scale ${scale}): ${size}; generated in ${seconds} s`);

    // The baselines read a copy, so better-sqlite3 and workerd never share a file.
    const copy = join(dir, "baseline.sqlite");
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    db = new Database(copy, { readonly: true });
    server = await startDevServer({ port: await freePort(), persistTo: persist });
    const cookie = await logIn(server.url, BENCH_OWNER.email, BENCH_OWNER.password);
    const entries: BenchEntry[] = [];
    for (const c of reportCases(data))
      entries.push(...(await measureCase(db, { url: server.url, cookie }, c)));
    const first = entries[0];
    if (first)
      first.notes =
        `${size}. Baseline: the same figures in plain SQL on the rollups (better-sqlite3 on a copy,` +
        ` no HTTP or D1); "scanning order lines" computes them from orders and lines instead.` +
        (first.notes ? ` ${first.notes}` : "");
    return entries;
  } catch (error) {
    if (server) console.error(`wrangler dev said:\n${server.log().slice(-3000)}`);
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    db?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
