import {
  type Compared,
  compare,
  type ProfitReport,
  ratio,
  type WaterfallStepId,
} from "@tongshu/shared";
import type { ChartData, SeriesUnit } from "../../charts/series.ts";
import type { WaterfallInputStep } from "../../charts/waterfall.ts";

type Total = ProfitReport["total"];
type Figures = Total["figures"];
type CompareKey = keyof Total["compare"];

/** A KPI card's id is the API key it shows (e2e compares data-value with the API). */
export type ProfitKpiId = CompareKey | "netSalesFen";

export interface ProfitKpi {
  id: ProfitKpiId;
  figure: Compared;
  unit: SeriesUnit;
}

/** The answer first (profit, margin), then what it is made of, in waterfall order. */
const KPI_ORDER: ProfitKpiId[] = [
  "profitFen",
  "marginRate",
  "revenueFen",
  "netSalesFen",
  "refundFen",
  "cogsFen",
  "feesFen",
  "adSpendFen",
  "shippingFen",
  "otherFen",
];

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * The profit KPI cards. Net sales has no comparison of its own in the API: it is revenue −
 * refunds in each period, compared with the shared rule like every other figure.
 */
export function profitKpis(total: Total): ProfitKpi[] {
  const c = total.compare;
  const netSales = compare(
    total.figures.netSalesFen,
    minus(c.revenueFen.previous, c.refundFen.previous),
    minus(c.revenueFen.lastYear, c.refundFen.lastYear),
  );
  return KPI_ORDER.map((id) => ({
    id,
    figure: id === "netSalesFen" ? netSales : c[id],
    unit: id === "marginRate" ? "ratio" : "fen",
  }));
}

export interface CostCoverage {
  /** Net sales with a product cost ÷ net sales; null without positive net sales. */
  costedShare: number | null;
  costedUnits: number;
  uncostedUnits: number;
  uncostedRevenueFen: number;
  /** Every unit kept has a cost: the cost of goods is complete. */
  complete: boolean;
}

/** How much of net sales the cost of goods covers (units without a cost are left out of COGS). */
export function costCoverage(figures: Figures, coverage: Total["coverage"]): CostCoverage {
  const share = ratio(figures.netSalesFen - coverage.uncostedRevenueFen, figures.netSalesFen);
  return {
    costedShare:
      figures.netSalesFen <= 0 || share === null ? null : Math.min(1, Math.max(0, share)),
    costedUnits: coverage.costedUnits,
    uncostedUnits: coverage.uncostedUnits,
    uncostedRevenueFen: coverage.uncostedRevenueFen,
    complete: coverage.uncostedUnits === 0,
  };
}

/** The API's waterfall as chart steps: revenue and profit are totals standing on zero. */
export function waterfallInput(
  steps: Total["waterfall"],
  labelOf: (step: WaterfallStepId) => string,
): WaterfallInputStep[] {
  return steps.map((s) => ({
    id: s.step,
    label: labelOf(s.step),
    amount: s.amountFen,
    running: s.runningFen,
    total: s.step === "revenue" || s.step === "profit",
  }));
}

/** Each step as a share of revenue (支付金额), the base the waterfall starts from. */
export function stepShares(
  steps: Total["waterfall"],
): Array<{ step: WaterfallStepId; amountFen: number; share: number | null }> {
  const revenue = steps.find((s) => s.step === "revenue")?.amountFen ?? 0;
  return steps.map((s) => ({
    step: s.step,
    amountFen: s.amountFen,
    share: revenue > 0 ? s.amountFen / revenue : null,
  }));
}

/** Nothing to show: no money in or out in the range (no orders, ads or booked costs). */
export function isEmptyProfit(figures: Figures): boolean {
  return (
    figures.revenueFen === 0 &&
    figures.refundFen === 0 &&
    figures.cogsFen === 0 &&
    figures.feesFen === 0 &&
    figures.adSpendFen === 0 &&
    figures.shippingFen === 0 &&
    figures.otherFen === 0
  );
}

/** Daily net sales and profit as two lines (profit can dip below zero on heavy ad days). */
export function dailyProfitChart(
  byDay: ProfitReport["byDay"],
  labels: { netSales: string; profit: string },
  colors: { netSales: string; profit: string },
): ChartData {
  const line = (id: "netSales" | "profit", get: (f: Figures) => number) => ({
    id,
    label: labels[id],
    color: colors[id],
    points: byDay.map((d, x) => ({ x, y: get(d.figures) })),
  });
  return {
    labels: byDay.map((d) => d.date),
    unit: "fen",
    series: [line("netSales", (f) => f.netSalesFen), line("profit", (f) => f.profitFen)],
  };
}
