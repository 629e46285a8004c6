import type { AlertEvidence, Locale } from "@tongshu/shared";
import type { DigestAlertRow } from "../content.ts";
import { cleanText } from "./clean-text.ts";
import { formatBeijingDateTime, formatDay } from "./dates.ts";
import { formatCount, formatFixed, formatMoney, formatPercent, formatTrimmed } from "./format.ts";
import type { Translate } from "./translate.ts";

const num = (e: AlertEvidence, key: string): number | null => {
  const v = e[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
const str = (e: AlertEvidence, key: string): string | null => {
  const v = e[key];
  return typeof v === "string" && cleanText(v) !== "" ? cleanText(v) : null;
};
/** A sentence needs all its figures: with one missing, the generic line is used instead. */
const missing = (...values: unknown[]) => values.some((v) => v === null);

type Summarise = (row: DigestAlertRow, t: Translate, locale: Locale) => string | null;

/** One sentence per rule from the evidence keys worker/src/alerts/rules/*.ts write. */
const SUMMARIES: Record<DigestAlertRow["rule"], Summarise> = {
  low_stock({ evidence: e }, t, locale) {
    const name = str(e, "name") ?? str(e, "productKey");
    const stock = num(e, "stock");
    const perDay = num(e, "unitsPerDay");
    const days = num(e, "daysOfCover");
    const date = str(e, "stockOutDate");
    if (name === null || missing(stock, perDay)) return null;
    if (stock !== null && stock <= 0) {
      return t("summary.low_stock.out", { name, perDay: formatTrimmed(perDay, 1) });
    }
    if (date === null || days === null) return null;
    return t("summary.low_stock", {
      name,
      stock: formatCount(stock),
      perDay: formatTrimmed(perDay, 1),
      days: formatFixed(days, 1),
      date: formatDay(date, locale),
    });
  },
  sales_drop({ evidence: e, date }, t, locale) {
    const [value, baseline, drop] = [num(e, "valueFen"), num(e, "baselineFen"), num(e, "drop")];
    if (missing(value, baseline, drop)) return null;
    return t("summary.sales_drop", {
      date: formatDay(date, locale),
      value: formatMoney(value),
      baseline: formatMoney(baseline),
      drop: formatPercent(drop),
    });
  },
  refund_spike({ evidence: e, date }, t, locale) {
    const [rate, baseline, orders] = [num(e, "rate"), num(e, "baselineRate"), num(e, "orders")];
    if (missing(rate, baseline, orders)) return null;
    return t("summary.refund_spike", {
      date: formatDay(date, locale),
      rate: formatPercent(rate),
      baseline: formatPercent(baseline),
      orders: formatCount(orders),
    });
  },
  roas_low({ evidence: e }, t) {
    const campaign = str(e, "campaignName") ?? str(e, "campaignId");
    const [spend, roas, target] = [num(e, "spendFen"), num(e, "roas"), num(e, "targetRoas")];
    if (campaign === null || missing(spend, roas, target)) return null;
    return t("summary.roas_low", {
      campaign,
      spend: formatMoney(spend),
      attributed: formatMoney(num(e, "attributedFen") ?? 0),
      roas: formatFixed(roas, 2),
      target: formatFixed(target, 2),
    });
  },
  sync_stopped({ evidence: e }, t) {
    const hours = num(e, "hoursSince");
    const last = num(e, "lastCapturedAt");
    if (hours === null || last === null) return null;
    return t("summary.sync_stopped", {
      hours: formatTrimmed(hours, 1),
      last: formatBeijingDateTime(last),
    });
  },
  anomaly({ evidence: e }, t) {
    const metric = str(e, "metric");
    const direction = str(e, "direction");
    const [value, median, days] = [num(e, "value"), num(e, "median"), num(e, "historyDays")];
    if (metric !== "paidFen" && metric !== "orders") return null;
    if ((direction !== "spike" && direction !== "drop") || missing(value, median, days))
      return null;
    // The anomaly rule watches either the paid amount (fen) or the order count.
    const figure = (v: number | null) =>
      metric === "paidFen" ? formatMoney(v) : t("unit.orders", { n: formatTrimmed(v, 1) });
    return t("summary.anomaly", {
      metric: t(`summary.anomaly.${metric}`),
      direction: t(`summary.anomaly.${direction}`),
      value: figure(value),
      median: figure(median),
      days: formatCount(days),
    });
  },
};

/**
 * One plain-text line saying what the alert found ("羊毛围巾：库存 12 件…"); when the evidence
 * lacks a figure the sentence needs, the rule's name and a pointer to the dashboard instead.
 */
export function alertSummary(row: DigestAlertRow, t: Translate, locale: Locale): string {
  const summarise = SUMMARIES[row.rule] as Summarise | undefined;
  return summarise?.(row, t, locale) ?? t("summary.fallback", { rule: t(`rule.${row.rule}`) });
}
