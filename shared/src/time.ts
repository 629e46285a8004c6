/**
 * Time at the edges. Instants are UTC epoch milliseconds; a business day is the calendar date in
 * Asia/Shanghai (UTC+8 all year, no daylight saving), written "YYYY-MM-DD".
 */

export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** A value that cannot be read as a time or date. */
export class TimeError extends Error {
  override readonly name = "TimeError";
  constructor(
    readonly input: unknown,
    message: string,
  ) {
    super(message);
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `value` a real calendar date written "YYYY-MM-DD"? ("2026-02-30" is not.) */
export function isBusinessDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function assertDate(value: string): void {
  if (!isBusinessDate(value)) throw new TimeError(value, `not a date (YYYY-MM-DD): ${value}`);
}

function dateToUtcMidnight(date: string): number {
  assertDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}

function utcMidnightToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Beijing business date of an instant. */
export function toBusinessDate(instant: number): string {
  if (!Number.isFinite(instant)) throw new TimeError(instant, "instant must be a finite number");
  return utcMidnightToDate(instant + BEIJING_OFFSET_MS);
}

/** The instant a business day starts (00:00 Beijing). */
export function startOfBusinessDay(date: string): number {
  return dateToUtcMidnight(date) - BEIJING_OFFSET_MS;
}

/** Hour of the day in Beijing (0–23) for an instant. */
export function beijingHour(instant: number): number {
  return new Date(instant + BEIJING_OFFSET_MS).getUTCHours();
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return utcMidnightToDate(dateToUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMidnight(to) - dateToUtcMidnight(from)) / DAY_MS);
}

const DATETIME_PATTERN =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * A wall-clock time as Taobao and JD show it ("2026-11-11 10:20:30", "2026/11/11 10:20",
 * "2026-11-11"), which is Beijing time without an offset → epoch ms.
 */
export function parseBeijingDateTime(text: string): number {
  const match = DATETIME_PATTERN.exec(text.trim());
  if (!match) throw new TimeError(text, `not a date-time: ${text}`);
  const [y, mo, d, h = 0, mi = 0, s = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const ms = Number((match[7] ?? "0").padEnd(3, "0"));
  const date = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (!isBusinessDate(date) || h > 23 || mi > 59 || s > 59) {
    throw new TimeError(text, `not a real date-time: ${text}`);
  }
  return startOfBusinessDay(date) + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** Unix seconds (Pinduoduo) → epoch ms. */
export function fromUnixSeconds(seconds: number | string): number {
  const value = typeof seconds === "string" ? Number(seconds.trim()) : seconds;
  if (!Number.isInteger(value) || value < 0) {
    throw new TimeError(seconds, `not unix seconds: ${String(seconds)}`);
  }
  return value * 1000;
}

/** An inclusive range of business days. */
export interface DateRange {
  from: string;
  to: string;
}

/** Builds a range, checking both ends are dates and `from` ≤ `to`. */
export function dateRange(from: string, to: string): DateRange {
  if (daysBetween(from, to) < 0)
    throw new TimeError({ from, to }, `range ends before it starts: ${from}..${to}`);
  return { from, to };
}

/** Number of days in a range (a one-day range has length 1). */
export function rangeLength(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/** Every date in a range, in order. */
export function listDates(range: DateRange): string[] {
  const length = rangeLength(range);
  return Array.from({ length }, (_, i) => addDays(range.from, i));
}

/** The range of the same length that ends the day before `range` starts (环比 base). */
export function previousPeriod(range: DateRange): DateRange {
  const length = rangeLength(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** `date` one year earlier; 29 February becomes 28 February. */
export function sameDayLastYear(date: string): string {
  assertDate(date);
  const year = Number(date.slice(0, 4)) - 1;
  const candidate = `${String(year).padStart(4, "0")}${date.slice(4)}`;
  return isBusinessDate(candidate) ? candidate : `${String(year).padStart(4, "0")}-02-28`;
}

/** The same calendar span one year earlier (同比 base). */
export function samePeriodLastYear(range: DateRange): DateRange {
  return { from: sameDayLastYear(range.from), to: sameDayLastYear(range.to) };
}

export const DATE_PRESETS = [
  "today",
  "yesterday",
  "last7",
  "last30",
  "thisMonth",
  "lastMonth",
] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/**
 * The ranges behind the presets sellers know from 生意参谋: 今天, 昨天, 近7天 and 近30天 (complete
 * days ending yesterday), 本月 (1st to today), 上月 (the whole previous month).
 */
export function resolveDatePreset(preset: DatePreset, now: number): DateRange {
  const today = toBusinessDate(now);
  const yesterday = addDays(today, -1);
  const monthStart = `${today.slice(0, 8)}01`;
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "yesterday":
      return { from: yesterday, to: yesterday };
    case "last7":
      return { from: addDays(yesterday, -6), to: yesterday };
    case "last30":
      return { from: addDays(yesterday, -29), to: yesterday };
    case "thisMonth":
      return { from: monthStart, to: today };
    case "lastMonth": {
      const lastMonthEnd = addDays(monthStart, -1);
      return { from: `${lastMonthEnd.slice(0, 8)}01`, to: lastMonthEnd };
    }
  }
}
