/**
 * Profit (利润) = revenue − refunds − cost of goods − platform fees − ad spend − shipping − other
 * costs, all in integer fen. The rules, shared by every profit figure:
 * - Revenue is the paid amount of paid orders (支付金额) on the Beijing day of payment; refunds are
 *   those orders' refunds (cohort: dated by the payment day, not by the refund).
 * - Cost of goods = (units − refunded units) × the unit cost (goods + packaging) in effect on the
 *   sale day, so editing a cost later never rewrites history. Units without a cost are counted,
 *   never costed at 0 silently: reports give the figure and its coverage.
 * - Platform fees (commission + service fees) are the captured settlements where an order has
 *   them, else the platform's rates applied to net sales ({@link estimateFeesFen}).
 * - Costs are positive numbers; profit and the waterfall carry the signs.
 */
import { ratio } from "./compare.ts";

/** The additive parts of profit over a span and slice (sums across days, shops, platforms). */
export interface ProfitParts {
  /** Paid amount of paid orders (GMV, postage included). */
  revenueFen: number;
  refundFen: number;
  /** Cost of goods (商品成本) of the units kept. */
  cogsFen: number;
  /** Platform commission and service fees (佣金 + 技术服务费). */
  feesFen: number;
  adSpendFen: number;
  shippingFen: number;
  /** Costs booked against no order (rent, wages, samples). */
  otherFen: number;
}

export const EMPTY_PROFIT: ProfitParts = {
  revenueFen: 0,
  refundFen: 0,
  cogsFen: 0,
  feesFen: 0,
  adSpendFen: 0,
  shippingFen: 0,
  otherFen: 0,
};

const PART_KEYS = Object.keys(EMPTY_PROFIT) as Array<keyof ProfitParts>;

/** Adds profit parts (every part is additive). */
export function addProfit(a: ProfitParts, b: Partial<ProfitParts>): ProfitParts {
  const out = { ...a };
  for (const k of PART_KEYS) out[k] += b[k] ?? 0;
  return out;
}

/** `a − b` part by part: what a breakdown left unallocated of a total. */
export function subtractProfit(a: ProfitParts, b: ProfitParts): ProfitParts {
  const out = { ...a };
  for (const k of PART_KEYS) out[k] -= b[k];
  return out;
}

/** Profit in fen: revenue − refunds − COGS − fees − ads − shipping − other costs. */
export function profitFen(p: ProfitParts): number {
  return (
    p.revenueFen - p.refundFen - p.cogsFen - p.feesFen - p.adSpendFen - p.shippingFen - p.otherFen
  );
}

/**
 * Margin (利润率) = profit ÷ net sales (paid − refunded), the base sellers read fee rates against.
 * Null when net sales are not positive: a margin on nothing sold is not a number to act on.
 */
export function marginRate(profit: number, netSalesFen: number): number | null {
  return netSalesFen <= 0 ? null : ratio(profit, netSalesFen);
}

/**
 * `amountFen × bp / 10000` in whole fen, rounded half away from zero (half up for the usual
 * positive amounts: ¥0.005 → ¥0.01). Integer arithmetic, so no float drift.
 */
export function applyBasisPoints(amountFen: number, bp: number): number {
  const scaled = Math.abs(amountFen) * bp;
  const rounded = Math.floor((scaled + 5000) / 10000);
  return amountFen < 0 ? 0 - rounded : rounded;
}

/**
 * Fees estimated from a platform's rates: net sales × (commission + service fee) basis points,
 * rounded once per call (reports call it per shop-day). A platform without settings has 0 bp.
 */
export function estimateFeesFen(netSalesFen: number, commissionBp: number, serviceFeeBp = 0) {
  return applyBasisPoints(netSalesFen, commissionBp + serviceFeeBp);
}

export interface ShopDayFeeInput {
  /** Net sales (paid − refunded) of the shop-day's paid orders. */
  netSalesFen: number;
  /** Fees captured in settlements of some of those orders, and those orders' net sales. */
  settledFeeFen: number;
  settledNetFen: number;
  commissionBp: number;
  serviceFeeBp: number;
}

/**
 * A shop-day's fees: captured settlements for the orders that have them, the rates on the net
 * sales of the rest (rounded half up once per shop-day).
 */
export function shopDayFees(input: ShopDayFeeInput): { settledFen: number; estimatedFen: number } {
  return {
    settledFen: input.settledFeeFen,
    estimatedFen: estimateFeesFen(
      input.netSalesFen - input.settledNetFen,
      input.commissionBp,
      input.serviceFeeBp,
    ),
  };
}

/**
 * Shipping cost: the platform's per-order cost × paid orders. A simplification: every paid order
 * counts, including those refunded in full (whether they shipped before the refund is unknown).
 */
export function shippingCostFen(orders: number, perOrderFen: number): number {
  return orders * perOrderFen;
}

/**
 * Cost of goods of one SKU-day: kept units (sold − refunded, never below 0) × the unit cost in
 * effect that day. Without a cost the units are uncosted, and cost 0 is only their placeholder.
 */
export function goodsCost(
  units: number,
  refundedUnits: number,
  unitCostFen: number | null,
): { cogsFen: number; costedUnits: number; uncostedUnits: number } {
  const kept = Math.max(0, units - refundedUnits);
  if (unitCostFen === null) return { cogsFen: 0, costedUnits: 0, uncostedUnits: kept };
  return { cogsFen: kept * unitCostFen, costedUnits: kept, uncostedUnits: 0 };
}

/** The steps of the profit waterfall (利润瀑布), in order. */
export const WATERFALL_STEPS = [
  "revenue",
  "refunds",
  "cogs",
  "fees",
  "ads",
  "shipping",
  "other",
  "profit",
] as const;
export type WaterfallStepId = (typeof WATERFALL_STEPS)[number];

export interface WaterfallStep {
  step: WaterfallStepId;
  /** Signed change: revenue positive, costs negative; for "profit" the profit itself. */
  amountFen: number;
  /** The running total after this step. */
  runningFen: number;
}

/** Revenue → refunds → COGS → fees → ads → shipping → other → profit, with running totals. */
export function profitWaterfall(p: ProfitParts): WaterfallStep[] {
  // 0 − x, not −x: a cost of 0 stays 0, never −0.
  const changes: Array<[WaterfallStepId, number]> = [
    ["revenue", p.revenueFen],
    ["refunds", 0 - p.refundFen],
    ["cogs", 0 - p.cogsFen],
    ["fees", 0 - p.feesFen],
    ["ads", 0 - p.adSpendFen],
    ["shipping", 0 - p.shippingFen],
    ["other", 0 - p.otherFen],
  ];
  let running = 0;
  const steps = changes.map(([step, amountFen]) => {
    running += amountFen;
    return { step, amountFen, runningFen: running };
  });
  return [...steps, { step: "profit", amountFen: running, runningFen: running }];
}

/** Profit parts with their derived figures. */
export interface ProfitFigures extends ProfitParts {
  netSalesFen: number;
  profitFen: number;
  marginRate: number | null;
}

/** Derives net sales, profit and margin from summed parts (never from averaged margins). */
export function profitFigures(parts: ProfitParts): ProfitFigures {
  const netSalesFen = parts.revenueFen - parts.refundFen;
  const profit = profitFen(parts);
  return { ...parts, netSalesFen, profitFen: profit, marginRate: marginRate(profit, netSalesFen) };
}
