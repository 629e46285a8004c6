import { daysBetween, type Platform } from "@tongshu/shared";

/** How a series' numbers read (tooltips and axes format like the KPI cards). */
/** "multiple": a ratio read as times, e.g. ROAS 3.25. */
export type SeriesUnit = "fen" | "count" | "ratio" | "multiple";

/** One line or bar series: points keyed by day index from the first date. */
export interface Series {
  id: string;
  label: string;
  color: string;
  points: Array<{ x: number; y: number | null }>;
}

/** A chart's data before drawing: pure, tested, no chart.js. */
export interface ChartData {
  /** Day index → "YYYY-MM-DD" (or any label) for axes and tooltips. */
  labels: string[];
  /** Short labels for the x axis; by default a date label loses its year ("MM-DD"). */
  axisLabels?: string[];
  unit: SeriesUnit;
  series: Series[];
  stacked?: boolean;
}

/** At most ~10 x-axis ticks, on whole label indexes. */
export function tickStep(labelCount: number): number {
  return Math.max(1, Math.ceil((labelCount - 1) / 9));
}

/** The x-axis text at a label index: the short label if given, else the date without its year. */
export function axisLabel(data: ChartData, index: number): string {
  return data.axisLabels?.[index] ?? (data.labels[index] ?? "").slice(5);
}

/** Distinct hues per platform for charts (badges keep the brands' own reds, which look alike). */
export const PLATFORM_COLORS: Record<Platform, string> = {
  taobao: "#ff7a00",
  tmall: "#c81e5b",
  jd: "#1f5fd6",
  pdd: "#2e9e5b",
};

/** Builds per-group daily series over `dates`, zero where a group had nothing that day. */
export function dailySeries<R>(
  dates: string[],
  rows: R[],
  groupOf: (row: R) => string,
  dateOf: (row: R) => string,
  amountOf: (row: R) => number,
  describe: (group: string) => { label: string; color: string },
): Series[] {
  const first = dates[0];
  if (first === undefined) return [];
  const groups = [...new Set(rows.map(groupOf))].sort();
  return groups.map((group) => {
    const values = new Array<number>(dates.length).fill(0);
    for (const row of rows) {
      if (groupOf(row) !== group) continue;
      const i = daysBetween(first, dateOf(row));
      if (i >= 0 && i < values.length) values[i] = (values[i] ?? 0) + amountOf(row);
    }
    return { id: group, ...describe(group), points: values.map((y, x) => ({ x, y })) };
  });
}
