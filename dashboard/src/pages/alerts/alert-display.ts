import type { Alert, AlertEvidence, AlertRuleId } from "@tongshu/shared";
import type { MessageKey, Translate } from "../../i18n/translate.ts";
import {
  formatBeijingDateTime,
  formatCount,
  formatMoney,
  formatPercent,
} from "../../lib/format.ts";
import { matchRoute, type Route } from "../../routes.ts";

/**
 * How each evidence value reads: fen → ¥, ratio → %, percent (already ×100) → %, units → 件,
 * days, hours, instant → Beijing time; byMetric follows the anomaly's metric (fen or orders).
 */
export type EvidenceUnit =
  | "fen"
  | "ratio"
  | "percent"
  | "count"
  | "units"
  | "perDay"
  | "days"
  | "hours"
  | "multiple"
  | "score"
  | "date"
  | "instant"
  | "text"
  | "metric"
  | "direction"
  | "byMetric";

/** Each rule's evidence keys in reading order (worker/src/alerts/rules/*.ts write them). */
export const EVIDENCE_FIELDS: Record<AlertRuleId, Array<[key: string, unit: EvidenceUnit]>> = {
  low_stock: [
    ["stock", "units"],
    ["unitsSold", "units"],
    ["unitsPerDay", "perDay"],
    ["daysOfCover", "days"],
    ["stockOutDate", "date"],
    ["coverDays", "days"],
  ],
  sales_drop: [
    ["valueFen", "fen"],
    ["baselineFen", "fen"],
    ["drop", "ratio"],
    ["dropPercent", "percent"],
    ["week1Fen", "fen"],
    ["week2Fen", "fen"],
    ["week3Fen", "fen"],
    ["week4Fen", "fen"],
  ],
  refund_spike: [
    ["rate", "ratio"],
    ["baselineRate", "ratio"],
    ["threshold", "ratio"],
    ["orders", "count"],
    ["paidFen", "fen"],
    ["refundFen", "fen"],
    ["baselinePaidFen", "fen"],
    ["baselineRefundFen", "fen"],
  ],
  roas_low: [
    ["channel", "text"],
    ["spendFen", "fen"],
    ["attributedFen", "fen"],
    ["roas", "multiple"],
    ["targetRoas", "multiple"],
  ],
  sync_stopped: [
    ["lastCapturedAt", "instant"],
    ["hoursSince", "hours"],
    ["hours", "hours"],
  ],
  anomaly: [
    ["metric", "metric"],
    ["direction", "direction"],
    ["value", "byMetric"],
    ["median", "byMetric"],
    ["mad", "byMetric"],
    ["z", "score"],
    ["threshold", "score"],
    ["historyDays", "days"],
  ],
};

/** Keys shown in the subject line instead (names), or internal ids nobody reads. */
const SUBJECT_KEYS = new Set(["productKey", "name", "campaignId", "campaignName"]);

/** A number with at most `digits` decimals, trailing zeros dropped: 3.50 → "3.5". */
function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function evidenceLabelKey(rule: AlertRuleId, key: string): MessageKey {
  return `alerts.evidence.${rule}.${key}` as MessageKey;
}

function formatValue(
  unit: EvidenceUnit,
  value: number | string | null,
  evidence: AlertEvidence,
  t: Translate,
): string {
  if (value === null) return "—";
  if (typeof value === "string") {
    if (unit === "metric" && (value === "paidFen" || value === "orders"))
      return t(`metric.${value}`);
    if (unit === "direction" && (value === "spike" || value === "drop"))
      return t(`alerts.direction.${value}`);
    return value;
  }
  switch (unit) {
    case "fen":
      return formatMoney(Math.round(value));
    case "ratio":
      return formatPercent(value, 1);
    case "percent":
      return `${trimmed(value, 1)}%`;
    case "count":
      return formatCount(Math.round(value));
    case "units":
      return t("alerts.unit.units", { n: formatCount(Math.round(value)) });
    case "perDay":
      return t("alerts.unit.perDay", { n: trimmed(value, 2) });
    case "days":
      return t("alerts.unit.days", { n: trimmed(value, 1) });
    case "hours":
      return t("alerts.unit.hours", { n: trimmed(value, 1) });
    case "multiple":
    case "score":
      return value.toFixed(2);
    case "instant":
      return formatBeijingDateTime(value);
    case "byMetric":
      return evidence.metric === "paidFen"
        ? formatMoney(Math.round(value))
        : t("alerts.unit.orders", { n: trimmed(value, 1) });
    default:
      return trimmed(value, 4);
  }
}

export interface EvidenceItem {
  key: string;
  label: string;
  text: string;
}

/**
 * The evidence as labelled, formatted figures: the rule's known keys in order, then any key the
 * page does not know yet under its raw name (so nothing the server found is hidden).
 */
export function evidenceItems(
  rule: AlertRuleId,
  evidence: AlertEvidence,
  t: Translate,
): EvidenceItem[] {
  const fields = EVIDENCE_FIELDS[rule];
  const known = new Set(fields.map(([key]) => key));
  const items = fields
    .filter(([key]) => Object.hasOwn(evidence, key))
    .map(([key, unit]) => ({
      key,
      label: t(evidenceLabelKey(rule, key)),
      text: formatValue(unit, evidence[key] ?? null, evidence, t),
    }));
  const rest = Object.keys(evidence)
    .filter((key) => !known.has(key) && !SUBJECT_KEYS.has(key))
    .map((key) => ({ key, label: key, text: formatValue("text", evidence[key] ?? null, {}, t) }));
  return [...items, ...rest];
}

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);

/** Who or what the alert is about, as plain text: the shop, and the product or campaign. */
export function alertSubject(alert: Alert): { shop: string | null; item: string | null } {
  const shop = alert.shopName ?? alert.shopId;
  const e = alert.evidence;
  const item =
    alert.rule === "low_stock"
      ? text(e.name)
      : alert.rule === "roas_low"
        ? (text(e.campaignName) ?? text(e.campaignId))
        : null;
  return { shop, item: item ?? (shop === null ? alert.subject : null) };
}

/**
 * The alert's dashboard view when its link is an in-app path ("/inventory?shop=…"); anything
 * else (another origin, "//host") is not followed.
 */
export function alertLinkTarget(link: string): { to: string; route: Route | null } | null {
  if (!link.startsWith("/") || link.startsWith("//") || link.includes("\\")) return null;
  return { to: link, route: matchRoute(link) };
}
