/**
 * How each metric adds up, so no report sums what must not be summed:
 * - "sum": additive across days, items, shops and platforms (money, orders, units, page views);
 * - "distinct": a distinct count (visitors, buyers): never added across days, items or shops,
 *   recounted from keys or taken from the platform's own figure for the exact span;
 * - "ratio": recomputed from summed parts, never averaged.
 */
export type Additivity = "sum" | "distinct" | "ratio";
export type MetricUnit = "fen" | "count" | "ratio" | "days";

export interface MetricDefinition {
  additivity: Additivity;
  unit: MetricUnit;
  zh: string;
  en: string;
  /** What the figure means where platforms differ (支付 vs 成交, refund dating). */
  note?: string;
}

export const METRICS = {
  paidFen: {
    additivity: "sum",
    unit: "fen",
    zh: "支付金额",
    en: "GMV (paid)",
    note: "What buyers paid, postage included, on the Beijing day of payment (生意参谋 支付金额).",
  },
  netSalesFen: { additivity: "sum", unit: "fen", zh: "净销售额", en: "Net sales" },
  refundFen: {
    additivity: "sum",
    unit: "fen",
    zh: "退款金额",
    en: "Refunds",
    note: "Refunds of the orders paid in the period (dated by payment, not by refund).",
  },
  orders: { additivity: "sum", unit: "count", zh: "支付订单数", en: "Paid orders" },
  units: { additivity: "sum", unit: "count", zh: "支付件数", en: "Units" },
  buyers: { additivity: "distinct", unit: "count", zh: "支付买家数", en: "Buyers" },
  aovFen: { additivity: "ratio", unit: "fen", zh: "客单价", en: "Avg. order value" },
  refundRate: { additivity: "ratio", unit: "ratio", zh: "退款率", en: "Refund rate" },
  refundOrders: { additivity: "sum", unit: "count", zh: "退款订单数", en: "Refunded orders" },
  visitors: { additivity: "distinct", unit: "count", zh: "访客数", en: "Visitors" },
  pageViews: { additivity: "sum", unit: "count", zh: "浏览量", en: "Page views" },
  conversionRate: { additivity: "ratio", unit: "ratio", zh: "支付转化率", en: "Conversion rate" },
  cartBuyers: { additivity: "distinct", unit: "count", zh: "加购人数", en: "Add-to-cart buyers" },
  spendFen: { additivity: "sum", unit: "fen", zh: "花费", en: "Ad spend" },
  impressions: { additivity: "sum", unit: "count", zh: "展现量", en: "Impressions" },
  clicks: { additivity: "sum", unit: "count", zh: "点击量", en: "Clicks" },
  ctr: { additivity: "ratio", unit: "ratio", zh: "点击率", en: "CTR" },
  cpcFen: { additivity: "ratio", unit: "fen", zh: "平均点击花费", en: "CPC" },
  roas: { additivity: "ratio", unit: "ratio", zh: "投入产出比", en: "ROAS" },
  acos: { additivity: "ratio", unit: "ratio", zh: "ACoS", en: "ACoS" },
  profitFen: {
    additivity: "sum",
    unit: "fen",
    zh: "利润",
    en: "Profit",
    note: "Paid − refunds − goods cost (dated) − fees (settled, else rates) − ads − shipping − other (metrics/profit.ts).",
  },
  marginRate: {
    additivity: "ratio",
    unit: "ratio",
    zh: "利润率",
    en: "Margin",
    note: "Profit ÷ net sales (paid − refunds); blank when net sales are not positive.",
  },
  daysOfCover: { additivity: "ratio", unit: "days", zh: "可售天数", en: "Days of cover" },
} as const satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof METRICS;

/** True when a metric may be summed across days, items, shops or platforms. */
export function isAdditive(metric: MetricId): boolean {
  return METRICS[metric].additivity === "sum";
}
