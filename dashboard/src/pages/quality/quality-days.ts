import {
  addDays,
  type DayGap,
  daysBetween,
  type KindFreshness,
  PLATFORMS,
  RECORD_KINDS,
  type RecordKind,
  type ShopFreshness,
} from "@tongshu/shared";
import type { Translate } from "../../i18n/translate.ts";

export interface DayRange {
  from: string;
  to: string;
}

/** Longest range drawn as a day strip: a quarter still reads at a few pixels a day. */
export const MAX_STRIP_DAYS = 92;
/** Gaps spelled out per kind; the rest is counted. */
export const GAPS_SHOWN = 3;
/** The Worker lists at most this many gaps per kind (worker/src/quality/gaps.ts). */
const MAX_LISTED_GAPS = 50;

/** "11-03" when the range stays in one year (the filter shows the year), else "2026-11-03". */
export function shortDate(date: string, range: DayRange): string {
  return range.from.slice(0, 4) === range.to.slice(0, 4) ? date.slice(5) : date;
}

/** One gap: "11-03 ~ 11-05 缺 3 天", or "11-03 缺 1 天". */
export function gapText(gap: DayGap, range: DayRange, t: Translate): string {
  if (gap.from === gap.to) return t("quality.gap.day", { date: shortDate(gap.from, range) });
  return t("quality.gap.range", {
    from: shortDate(gap.from, range),
    to: shortDate(gap.to, range),
    days: gap.days,
  });
}

/** A kind's gaps: the first few spelled out, then how many there are in all. */
export function gapsText(gaps: DayGap[], range: DayRange, t: Translate, shown = GAPS_SHOWN) {
  if (gaps.length === 0) return t("quality.gap.none");
  const listed = gaps
    .slice(0, shown)
    .map((gap) => gapText(gap, range, t))
    .join(t("quality.gap.separator"));
  if (gaps.length <= shown) return listed;
  const count = gaps.length >= MAX_LISTED_GAPS ? `${gaps.length}+` : String(gaps.length);
  return `${listed} ${t("quality.gap.more", { count })}`;
}

/** The range's last day that can have data: today at the latest. */
const lastPossibleDay = (range: DayRange, today: string) => (today < range.to ? today : range.to);

/**
 * Days at the start of the range before the shop's first record of the kind: neither data nor a
 * gap (the Worker expects days only from the first record on). Derived from the counts: up to
 * today every day is data, a gap day, or before the first record.
 */
export function beforeDays(range: DayRange, today: string, kind: KindFreshness): number {
  if (kind.daysWithData === null) return 0;
  const end = lastPossibleDay(range, today);
  if (end < range.from) return 0;
  const possible = daysBetween(range.from, end) + 1;
  const missing = kind.gaps.reduce((sum, gap) => sum + gap.days, 0);
  return Math.max(0, possible - missing - kind.daysWithData);
}

/** The first day data was expected, when the shop's first record falls inside the range. */
export function sinceDate(range: DayRange, today: string, kind: KindFreshness): string | null {
  const before = beforeDays(range, today, kind);
  return before > 0 ? addDays(range.from, before) : null;
}

export type DayState = "data" | "missing" | "before" | "future";
export interface DayCell {
  date: string;
  state: DayState;
}

/**
 * One cell per day of the range for a dated kind: data, missing (in a gap), before the shop's
 * first record, or not come yet. Null for undated kinds and ranges too long to draw.
 */
export function dayCells(range: DayRange, today: string, kind: KindFreshness): DayCell[] | null {
  if (kind.daysWithData === null) return null;
  const length = daysBetween(range.from, range.to) + 1;
  if (length < 1 || length > MAX_STRIP_DAYS) return null;
  const missing = new Set<string>();
  for (const gap of kind.gaps) for (let i = 0; i < gap.days; i++) missing.add(addDays(gap.from, i));
  const end = lastPossibleDay(range, today);
  const before = beforeDays(range, today, kind);
  return Array.from({ length }, (_, i) => {
    const date = addDays(range.from, i);
    const state: DayState =
      date > end ? "future" : i < before ? "before" : missing.has(date) ? "missing" : "data";
    return { date, state };
  });
}

/**
 * A shop's six kinds in the fixed order (订单, 商品, 流量, 推广, 退款, 结算); null where the shop
 * never had a record of the kind (the Worker does not list it).
 */
export function shopKinds(
  shop: ShopFreshness,
): Array<{ kind: RecordKind; freshness: KindFreshness | null }> {
  return RECORD_KINDS.map((kind) => ({
    kind,
    freshness: shop.kinds.find((entry) => entry.kind === kind) ?? null,
  }));
}

/** Shops whose sync stopped first, then in platform order (淘宝, 天猫, 京东, 拼多多) and by name. */
export function sortFreshness(shops: ShopFreshness[]): ShopFreshness[] {
  const label = (shop: ShopFreshness) => shop.shopName ?? shop.shopId;
  return [...shops].sort(
    (a, b) =>
      Number(b.syncStopped) - Number(a.syncStopped) ||
      PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
      label(a).localeCompare(label(b), "zh-CN") ||
      a.shopId.localeCompare(b.shopId),
  );
}
