/** Latency sampling for the report bench: warm-up, then timed runs within a time budget. */

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

/** The q-quantile (0..1) of samples by nearest rank. */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/** One of several functions timed side by side. */
export interface Contender {
  run: () => unknown;
  /** Warm-up runs before timing (slow baselines need fewer). */
  warmup?: number;
  /** Stop sampling this one once it has used this much time (after `minRuns`). */
  budgetMs?: number;
}

/**
 * Times several functions in alternating rounds (the order rotating each round), so all see the
 * same machine: on a shared, noisy machine, figures taken minutes apart are not comparable.
 */
export async function timeInterleaved(
  contenders: Contender[],
  { runs = 30, minRuns = 5 }: { runs?: number; minRuns?: number } = {},
): Promise<Latency[]> {
  for (const c of contenders) for (let i = 0; i < (c.warmup ?? 3); i++) await c.run();
  const samples = contenders.map(() => [] as number[]);
  const spent = contenders.map(() => 0);
  for (let round = 0; round < runs; round++)
    for (let k = 0; k < contenders.length; k++) {
      const i = (round + k) % contenders.length;
      const c = contenders[i] as Contender;
      const mine = samples[i] as number[];
      if (mine.length >= minRuns && (spent[i] ?? 0) > (c.budgetMs ?? Number.POSITIVE_INFINITY))
        continue;
      const t = performance.now();
      await c.run();
      const ms = performance.now() - t;
      mine.push(ms);
      spent[i] = (spent[i] ?? 0) + ms;
    }
  return samples.map((s) => ({
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    runs: s.length,
  }));
}
