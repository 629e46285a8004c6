import type { Alert, AlertEvidence, AlertRuleId, AlertSeverity, AlertState } from "@tongshu/shared";
import type { CsvTable } from "../reports/csv.ts";
import { platformLabel } from "../reports/products/platform-labels.ts";

type Lang = "zh-CN" | "en";
type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const RULE_LABELS: Labels<AlertRuleId> = {
  low_stock: { zh: "低库存", en: "Low stock" },
  sales_drop: { zh: "销售下滑", en: "Sales drop" },
  refund_spike: { zh: "退款率飙升", en: "Refund-rate spike" },
  roas_low: { zh: "ROAS低于目标", en: "ROAS below target" },
  sync_stopped: { zh: "同步中断", en: "Sync stopped" },
  anomaly: { zh: "异常波动", en: "Anomaly" },
};
const SEVERITY_LABELS: Labels<AlertSeverity> = {
  urgent: { zh: "紧急", en: "Urgent" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};
const STATE_LABELS: Labels<AlertState> = {
  new: { zh: "新", en: "New" },
  seen: { zh: "已读", en: "Seen" },
  resolved: { zh: "已解决", en: "Resolved" },
};

const label = <K extends string>(labels: Labels<K>, key: K, lang: Lang) =>
  labels[key][lang === "en" ? "en" : "zh"];

/** Evidence as one cell: "valueFen=12000; drop=0.4118" (ratios to 4 decimals). */
export function evidenceText(evidence: AlertEvidence): string {
  return Object.entries(evidence)
    .map(([key, v]) => {
      const value = typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(4)) : v;
      return `${key}=${value ?? ""}`;
    })
    .join("; ");
}

/** CSV of an alert list: 规则, 对象, 平台, 店铺, 日期, 级别, 状态, 证据. */
export function alertsCsv(alerts: Alert[], lang: Lang, today: string): CsvTable<Alert> {
  return {
    name: `alerts-${today}`,
    columns: [
      { zh: "规则", en: "Rule", kind: "text", value: (a) => label(RULE_LABELS, a.rule, lang) },
      { zh: "对象", en: "Subject", kind: "text", value: (a) => a.subject },
      {
        zh: "平台",
        en: "Platform",
        kind: "text",
        value: (a) => (a.platform ? platformLabel(a.platform, lang) : null),
      },
      { zh: "店铺", en: "Shop", kind: "text", value: (a) => a.shopName ?? a.shopId },
      { zh: "日期", en: "Date", kind: "date", value: (a) => a.date },
      {
        zh: "级别",
        en: "Severity",
        kind: "text",
        value: (a) => label(SEVERITY_LABELS, a.severity, lang),
      },
      { zh: "状态", en: "State", kind: "text", value: (a) => label(STATE_LABELS, a.state, lang) },
      { zh: "证据", en: "Evidence", kind: "text", value: (a) => evidenceText(a.evidence) },
    ],
    rows: alerts,
  };
}
