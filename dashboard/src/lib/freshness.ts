import { isDailyKind, type QualitySummary } from "@tongshu/shared";
import type { MessageKey, MessageParams, Translate } from "../i18n/translate.ts";
import { formatBeijingDateTime, formatCount } from "./format.ts";

/**
 * An instant as Beijing "MM-DD HH:mm" when it falls in `today`'s year (what a seller scans
 * for), with the year otherwise.
 */
export function shortDateTime(instant: number, today: string): string {
  const full = formatBeijingDateTime(instant);
  return full.slice(0, 4) === today.slice(0, 4) ? full.slice(5) : full;
}

/** How long ago an instant was, in the largest whole unit: "刚刚", "5 分钟前", "3 小时前", "2 天前". */
export function timeAgo(instant: number, now: number): { key: MessageKey; params: MessageParams } {
  const minutes = Math.floor(Math.max(0, now - instant) / 60_000);
  if (minutes < 1) return { key: "quality.ago.justNow", params: {} };
  if (minutes < 60) return { key: "quality.ago.minutes", params: { count: minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: "quality.ago.hours", params: { count: hours } };
  return { key: "quality.ago.days", params: { count: Math.floor(hours / 24) } };
}

/** One part of the freshness line; `tier` parts link to that tier's findings. */
export interface FreshnessPart {
  id: string;
  text: string;
  tone: "plain" | "warn" | "danger";
  tier?: "blocking" | "warning";
}

function newest(summary: QualitySummary): number | null {
  let max: number | null = null;
  for (const k of summary.kinds)
    if (k.lastCapturedAt !== null && (max === null || k.lastCapturedAt > max))
      max = k.lastCapturedAt;
  return max;
}

/**
 * The line every report shows above its figures: how fresh ("数据截至 12-02 14:05"), how
 * complete per kind ("订单 覆盖 58/60 店铺天（2 家店有缺口）"), stopped shops and the most
 * serious findings. SKUs are snapshots without days: they say when they were last updated.
 */
export function freshnessParts(summary: QualitySummary, t: Translate): FreshnessPart[] {
  const today = summary.meta.today;
  const parts: FreshnessPart[] = [];
  const hasData = summary.kinds.some((k) =>
    isDailyKind(k.kind) ? k.shopDaysWithData > 0 : k.lastCapturedAt !== null,
  );
  const asOf = newest(summary);
  if (!hasData) parts.push({ id: "none", text: t("freshness.noData"), tone: "warn" });
  else {
    if (asOf !== null)
      parts.push({
        id: "as-of",
        text: t("freshness.asOf", { time: shortDateTime(asOf, today) }),
        tone: "plain",
      });
    for (const k of summary.kinds) {
      const kind = t(`kind.${k.kind}`);
      const id = `kind-${k.kind}`;
      if (k.kind === "sku" || k.shopDays === 0) {
        parts.push(
          k.lastCapturedAt === null
            ? { id, text: t("freshness.kindNone", { kind }), tone: "warn" }
            : {
                id,
                text: t("freshness.kindUpdated", {
                  kind,
                  time: shortDateTime(k.lastCapturedAt, today),
                }),
                tone: "plain",
              },
        );
        continue;
      }
      const gaps = k.shopsWithGaps.length;
      const coverage = t("freshness.kind", {
        kind,
        with: formatCount(k.shopDaysWithData),
        total: formatCount(k.shopDays),
      });
      parts.push({
        id,
        text: gaps > 0 ? `${coverage}${t("freshness.kindGaps", { count: gaps })}` : coverage,
        tone: gaps > 0 ? "warn" : "plain",
      });
    }
  }
  if (summary.stoppedShops.length > 0)
    parts.push({
      id: "stopped",
      text: t("freshness.stopped", { count: summary.stoppedShops.length }),
      tone: "danger",
    });
  const { blocking, warning } = summary.totals;
  if (blocking > 0)
    parts.push({
      id: "blocking",
      text: t("freshness.blocking", { count: formatCount(blocking) }),
      tone: "danger",
      tier: "blocking",
    });
  else if (warning > 0)
    parts.push({
      id: "warning",
      text: t("freshness.warning", { count: formatCount(warning) }),
      tone: "warn",
      tier: "warning",
    });
  return parts;
}
