import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/lib/paths.ts";

/** One benchmark figure, always with the baseline it was measured against in the same run. */
export interface BenchEntry {
  name: string;
  metric: string;
  value: number;
  baselineName: string;
  baseline: number;
  /** value / baseline: the figure to compare across machines, which are noisy. */
  ratio: number;
  notes?: string;
}

export function entry(fields: Omit<BenchEntry, "ratio">): BenchEntry {
  return { ...fields, ratio: fields.baseline === 0 ? Number.NaN : fields.value / fields.baseline };
}

const fmt = (n: number) =>
  Number.isInteger(n)
    ? n.toLocaleString("en-US")
    : n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Whole numbers for big figures, two decimals for small ones (milliseconds). */
const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

/** Prints the table and writes bench/results.json. */
export function report(entries: BenchEntry[]): void {
  const rows = entries.map((e) => [
    e.name,
    e.metric,
    fmt(round(e.value)),
    e.baselineName,
    fmt(round(e.baseline)),
    `${e.ratio.toFixed(3)}×`,
  ]);
  const header = ["benchmark", "metric", "value", "baseline", "baseline value", "ratio"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  for (const e of entries) if (e.notes) console.log(`\n${e.name}: ${e.notes}`);
  const file = join(ROOT, "bench", "results.json");
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, entries }, null, 2)}\n`,
  );
  console.log(`\nwritten ${file}`);
}
