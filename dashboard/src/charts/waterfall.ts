/**
 * Waterfall (瀑布图) data: signed steps with running totals → floating bars [start, end] for
 * chart.js. Colours follow the Chinese market convention: increases red, decreases green; the
 * totals (the starting figure and the result) stay neutral.
 */

export type WaterfallBarKind = "total" | "increase" | "decrease";

/** One step as a report gives it: a signed change and the running total after it. */
export interface WaterfallInputStep {
  id: string;
  label: string;
  /** Signed change; for a total, the total itself. */
  amount: number;
  /** The running total after this step. */
  running: number;
  /** A total bar stands on zero (the starting figure, subtotals, the result). */
  total: boolean;
}

export interface WaterfallBar {
  id: string;
  label: string;
  /** Floating bar from start to end (chart.js draws [a, b] in either order). */
  range: [number, number];
  amount: number;
  kind: WaterfallBarKind;
  color: string;
}

export const WATERFALL_COLORS: Record<WaterfallBarKind, string> = {
  total: "#5b6b82",
  increase: "#d4380d",
  decrease: "#389e0d",
};

/** Steps → floating bars; a zero change is a decrease of nothing (a flat bar at the level). */
export function waterfallBars(steps: WaterfallInputStep[]): WaterfallBar[] {
  return steps.map((s) => {
    const kind: WaterfallBarKind = s.total ? "total" : s.amount > 0 ? "increase" : "decrease";
    const range: [number, number] = s.total ? [0, s.running] : [s.running - s.amount, s.running];
    return {
      id: s.id,
      label: s.label,
      range,
      amount: s.amount,
      kind,
      color: WATERFALL_COLORS[kind],
    };
  });
}
