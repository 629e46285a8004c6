import {
  BEIJING_OFFSET_MS,
  type DateRange,
  isBusinessDate,
  type Locale,
  toBusinessDate,
} from "@tongshu/shared";

const WEEKDAYS_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(date: string): { year: number; month: number; day: number; weekday: number } {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

export interface DayFormat {
  weekday?: boolean;
  year?: boolean;
}

/** A Beijing date "2026-12-01" as zh "12月1日（周二）" / en "Tue 1 Dec" (options add parts). */
export function formatDay(date: string, locale: Locale, options: DayFormat = {}): string {
  if (!isBusinessDate(date)) return date;
  const { year, month, day, weekday } = parts(date);
  if (locale === "en") {
    const text = `${day} ${MONTHS_EN[month - 1]}${options.year ? ` ${year}` : ""}`;
    return options.weekday ? `${WEEKDAYS_EN[weekday]} ${text}` : text;
  }
  const text = `${options.year ? `${year}年` : ""}${month}月${day}日`;
  return options.weekday ? `${text}（${WEEKDAYS_ZH[weekday]}）` : text;
}

/** The calendar month holding `date`: zh "2026年11月" / en "November 2026". */
export function formatMonth(date: string, locale: Locale): string {
  if (!isBusinessDate(date)) return date;
  const { year, month } = parts(date);
  return locale === "en" ? `${MONTH_NAMES_EN[month - 1]} ${year}` : `${year}年${month}月`;
}

function isWholeMonth(range: DateRange): boolean {
  const end = parts(range.to);
  const dayAfter = new Date(Date.UTC(end.year, end.month - 1, end.day + 1)).getUTCDate();
  return (
    range.from.endsWith("-01") && range.from.slice(0, 7) === range.to.slice(0, 7) && dayAfter === 1
  );
}

/**
 * A period as people say it: one day (with weekday), a whole calendar month, or "from–to".
 * `year` shows the year once (zh on the first date, en on the last), on both ends when the
 * range crosses a new year.
 */
export function formatPeriod(range: DateRange, locale: Locale, year = false): string {
  if (range.from === range.to) return formatDay(range.from, locale, { weekday: true, year });
  if (isWholeMonth(range)) return formatMonth(range.from, locale);
  const crossesYear = range.from.slice(0, 4) !== range.to.slice(0, 4);
  const en = locale === "en";
  const from = formatDay(range.from, locale, { year: crossesYear || (year && !en) });
  const to = formatDay(range.to, locale, { year: crossesYear || (year && en) });
  return en ? `${from} – ${to}` : `${from}–${to}`;
}

/** An instant as Beijing wall-clock time, "2026-12-02 08:30". */
export function formatBeijingDateTime(instant: number): string {
  const shifted = new Date(instant + BEIJING_OFFSET_MS);
  const hh = String(shifted.getUTCHours()).padStart(2, "0");
  const mm = String(shifted.getUTCMinutes()).padStart(2, "0");
  return `${toBusinessDate(instant)} ${hh}:${mm}`;
}
