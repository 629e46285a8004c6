import type { DigestAlertRow, DigestContent } from "../content.ts";
import { formatDay, formatMonth, formatPeriod } from "./dates.ts";
import { formatCount, formatMoney } from "./format.ts";
import type { Translate } from "./translate.ts";

/**
 * "通数日报 · 12月1日（周二）· 成交 ¥12,345.67", "通数周报 · 11月23日–11月29日",
 * "通数月报 · 2026年11月". Only the daily one carries the paid amount, and only when the
 * recipient reads the sales section.
 */
export function digestSubject(content: DigestContent, t: Translate): string {
  const { kind, range, locale } = content;
  const period =
    kind === "daily"
      ? formatDay(range.to, locale, { weekday: true })
      : kind === "monthly"
        ? formatMonth(range.from, locale)
        : formatPeriod(range, locale);
  const parts = [t(`kind.${kind}`), period];
  const paid = content.sales.paidFen.value;
  if (kind === "daily" && content.sections.includes("sales") && paid !== null) {
    parts.push(t("subject.sales", { amount: formatMoney(paid) }));
  }
  return joinParts(parts);
}

/** Parts joined by " · ", without the space after a full-width bracket ("（周二）· 成交"). */
function joinParts(parts: string[]): string {
  return parts.reduce((out, part) => (out.endsWith("）") ? `${out}· ${part}` : `${out} · ${part}`));
}

/** "【紧急】通数预警 · 2 条" / "[Urgent] Tongshu alerts · 2". */
export function urgentSubject(alerts: DigestAlertRow[], t: Translate): string {
  return t("subject.urgent", { count: formatCount(alerts.length) });
}
