import {
  type Alert,
  BEIJING_OFFSET_MS,
  type LiveComparison,
  type LiveHour,
  type LiveReport,
} from "@tongshu/shared";
import type { ChartData } from "../../charts/series.ts";
import {
  DEFAULT_FILTER,
  parseReportFilter,
  type ReportFilterState,
  reportFilterSearch,
} from "../../filters/report-filter.ts";

/** The wall refreshes once a minute. */
export const REFRESH_MS = 60_000;
/** How long the headline figures take to tick from the old value to the new one. */
export const TICK_MS = 1200;
export const HOURS_PER_DAY = 24;

/** Dark-theme line colours: today bright, yesterday a quiet grey behind it. */
export const TREND_COLORS = { today: "#38bdf8", yesterday: "#8b95a7" } as const;

/** The live report's query: only the platform and shop filter (the report is always today). */
export function liveQuery(filter: Pick<ReportFilterState, "platforms" | "shops">): string {
  const params = new URLSearchParams();
  if (filter.platforms.length > 0) params.set("platform", filter.platforms.join(","));
  if (filter.shops.length > 0) params.set("shop", filter.shops.join(","));
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** The wall's path for the page at `search`: the same platforms and shops, dates dropped. */
export function bigScreenPath(search: string): string {
  const query = liveQuery(parseReportFilter(search));
  return `/big-screen${query ? `?${query}` : ""}`;
}

/** The overview with the wall's platforms and shops: where Esc and the back link go. */
export function dashboardPath(filter: Pick<ReportFilterState, "platforms" | "shops">): string {
  const search = reportFilterSearch({ ...DEFAULT_FILTER, ...filter });
  return `/${search ? `?${search}` : ""}`;
}

/**
 * Today's and yesterday's paid amount per Beijing hour, all platforms summed: 24 slots, null
 * after the current hour (the day has not got there). `cumulative` gives running totals, so the
 * last point is the day so far.
 */
export function hourlyTotals(
  hourly: readonly LiveHour[],
  currentHour: number,
  cumulative: boolean,
): { today: Array<number | null>; yesterday: Array<number | null> } {
  const today = new Array<number>(HOURS_PER_DAY).fill(0);
  const yesterday = new Array<number>(HOURS_PER_DAY).fill(0);
  for (const h of hourly) {
    if (h.hour < 0 || h.hour >= HOURS_PER_DAY) continue;
    today[h.hour] = (today[h.hour] ?? 0) + h.today.paidFen;
    yesterday[h.hour] = (yesterday[h.hour] ?? 0) + h.yesterday.paidFen;
  }
  const shape = (values: number[]) => {
    let running = 0;
    return values.map((v, hour) => {
      running += v;
      if (hour > currentHour) return null;
      return cumulative ? running : v;
    });
  };
  return { today: shape(today), yesterday: shape(yesterday) };
}

/** The 24 hours as "HH:00" (axis) and "YYYY-MM-DD HH:00" (tooltips). */
export function hourLabels(date: string): { labels: string[]; axisLabels: string[] } {
  const axisLabels = Array.from(
    { length: HOURS_PER_DAY },
    (_, hour) => `${String(hour).padStart(2, "0")}:00`,
  );
  return { labels: axisLabels.map((hour) => `${date} ${hour}`), axisLabels };
}

/** The trend chart's data: today against yesterday, by hour or cumulative. */
export function hourlyTrend(
  report: Pick<LiveReport, "hourly" | "currentHour" | "today">,
  cumulative: boolean,
  names: { today: string; yesterday: string },
): ChartData {
  const totals = hourlyTotals(report.hourly, report.currentHour, cumulative);
  const points = (values: Array<number | null>) => values.map((y, x) => ({ x, y }));
  return {
    ...hourLabels(report.today),
    unit: "fen",
    series: [
      {
        id: "yesterday",
        label: names.yesterday,
        color: TREND_COLORS.yesterday,
        points: points(totals.yesterday),
      },
      { id: "today", label: names.today, color: TREND_COLORS.today, points: points(totals.today) },
    ],
  };
}

/** Ease-out cubic: fast at first, settling on the new value. */
export function easeOutCubic(progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return 1 - (1 - p) ** 3;
}

/**
 * The figure shown `elapsedMs` into a tick from `from` to `to` (whole fen, so money formats
 * exactly); exactly `to` once `durationMs` has passed.
 */
export function tickValue(from: number, to: number, elapsedMs: number, durationMs: number): number {
  if (durationMs <= 0 || elapsedMs >= durationMs) return to;
  return Math.round(from + (to - from) * easeOutCubic(elapsedMs / durationMs));
}

/** Today against yesterday at the same time: the gap in fen, the change and its direction. */
export function yesterdayGap(c: Pick<LiveComparison, "today" | "yesterday">): {
  deltaFen: number;
  change: number | null;
  direction: "up" | "down" | "flat";
} {
  const deltaFen = c.today.paidFen - c.yesterday.paidFen;
  const change = c.yesterday.paidFen === 0 ? null : deltaFen / Math.abs(c.yesterday.paidFen);
  return { deltaFen, change, direction: deltaFen > 0 ? "up" : deltaFen < 0 ? "down" : "flat" };
}

/** An instant as Beijing wall-clock time of day, "14:05:09". */
export function formatBeijingClock(instant: number): string {
  const shifted = new Date(instant + BEIJING_OFFSET_MS);
  return [shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds()]
    .map((n) => String(n).padStart(2, "0"))
    .join(":");
}

/**
 * Whether the wall is showing old figures: the last refresh failed, or none succeeded for more
 * than two refresh intervals (the machine slept, the network dropped silently).
 */
export function isStale(
  updatedAt: number | null,
  now: number,
  failed: boolean,
  intervalMs = REFRESH_MS,
): boolean {
  if (updatedAt === null) return false;
  return failed || now - updatedAt > 2 * intervalMs;
}

/** The line an alert shows besides its rule and shop: the product or campaign it is about. */
export function alertSubjectText(alert: Pick<Alert, "evidence">): string | null {
  for (const key of ["name", "campaignName"]) {
    const value = alert.evidence[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}
