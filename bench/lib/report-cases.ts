import {
  type DatePreset,
  previousPeriod,
  resolveDatePreset,
  samePeriodLastYear,
} from "@tongshu/shared";
import type Database from "better-sqlite3";
import { firstDifference, queryRunner } from "./baseline-runner.ts";
import type { Question } from "./baseline-sources.ts";
import { type BenchEntry, entry } from "./report.ts";
import { BASELINES, type ReportName } from "./report-baselines.ts";
import type { ReportData } from "./report-data.ts";
import { getReport, reportGetter } from "./report-http.ts";
import { type Contender, type Latency, timeInterleaved } from "./timing.ts";

/** One report over one range, as the Worker answers it and as the two baselines do. */
export interface ReportCase {
  report: ReportName;
  label: string;
  question: Question;
  path: string;
}

const RANGES: Array<[string, DatePreset]> = [
  ["30 days", "last30"],
  ["7 days", "last7"],
];

/** Every report over both ranges, except inventory: "as of today", its figures ignore the range. */
export function reportCases(data: ReportData): ReportCase[] {
  return (["overview", "products", "inventory", "profit"] as const).flatMap((report) =>
    RANGES.filter((_, i) => report !== "inventory" || i === 0).map(([label, preset]) => {
      const range = resolveDatePreset(preset, data.now);
      const question = {
        workspaceId: data.workspaceId,
        range,
        previous: previousPeriod(range),
        lastYear: samePeriodLastYear(range),
        today: data.today,
        now: data.now,
      };
      const path = `/api/v1/reports/${report}?from=${range.from}&to=${range.to}`;
      return { report, label: report === "inventory" ? "today" : label, question, path };
    }),
  );
}

/** The overview's total paid amount must be the baseline's: the Worker read the same data. */
function checkOverview(body: string, figures: unknown[][]): void {
  const paid = (JSON.parse(body) as { kpis: { paidFen: { value: number } } }).kpis.paidFen.value;
  const expected = (figures[0]?.[0] as { paid_fen: number } | undefined)?.paid_fen;
  if (paid !== expected) throw new Error(`overview paid ${paid} ≠ baseline ${expected}`);
}

/**
 * Times one case: the Worker over HTTP, (a) and (b) with better-sqlite3 on a copy of the same
 * database, interleaved. (a) and (b) must give the same rows first. A report the Worker does not
 * serve (404) is timed on the baselines only, with a note.
 */
export async function measureCase(
  db: Database.Database,
  server: { url: string; cookie: string },
  c: ReportCase,
): Promise<BenchEntry[]> {
  const rollups = queryRunner(db, BASELINES[c.report]("rollups", c.question));
  const lines = queryRunner(db, BASELINES[c.report]("lines", c.question));
  const figures = rollups();
  const difference = firstDifference(figures, lines());
  if (difference) throw new Error(`${c.report} baselines disagree: ${difference}`);

  const first = await getReport(server.url, server.cookie, c.path);
  const served = first.status !== 404;
  if (c.report === "overview" && first.status === 200) checkOverview(first.body, figures);
  const contenders: Contender[] = [
    { run: rollups },
    { run: lines, warmup: 1, budgetMs: 15_000 },
    ...(served ? [{ run: reportGetter(server.url, server.cookie, c.path), budgetMs: 60_000 }] : []),
  ];
  const [a, b, worker] = (await timeInterleaved(contenders)) as [Latency, Latency, Latency?];

  const name = `reports: ${c.report} (${c.label})`;
  const base = "raw SQLite on rollups";
  // Runs are worth a note only where a time budget cut them short.
  const cut = [worker, a, b].some((l) => l && l.runs < 30);
  const runs = `runs: Worker ${worker?.runs ?? 0}, rollups ${a.runs}, lines ${b.runs}`;
  const skipped = `GET ${c.path} answered 404 (no such report yet): Worker not timed`;
  if (!served) console.log(skipped);
  return [
    ...(worker
      ? [
          entry({
            name,
            metric: "Worker p50 ms",
            value: worker.p50,
            baselineName: base,
            baseline: a.p50,
          }),
          entry({
            name,
            metric: "Worker p95 ms",
            value: worker.p95,
            baselineName: base,
            baseline: a.p95,
          }),
        ]
      : []),
    entry({
      name: `${name} scanning order lines`,
      metric: "p50 ms",
      value: b.p50,
      baselineName: base,
      baseline: a.p50,
      notes: served ? (cut ? runs : undefined) : `${skipped}; ${runs}`,
    }),
  ];
}
