import {
  addDays,
  type DateRange,
  dateRange,
  previousPeriod,
  samePeriodLastYear,
  startOfBusinessDay,
  toBusinessDate,
} from "../time.ts";

export const DIGEST_FREQUENCIES = ["daily", "weekly", "monthly", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** Default send time: 08:30 Beijing, before a seller's working day starts. */
export const DEFAULT_DIGEST_TIME = "08:30";

/** Send times sit on the cron's 15-minute grid, so "08:30" is never sent at 08:44 by design. */
export const DIGEST_TIME_PATTERN = /^([01]\d|2[0-3]):(00|15|30|45)$/;

export interface DigestSchedule {
  frequency: DigestFrequency;
  /** Beijing time of day, "HH:MM" on the quarter hour. */
  sendAt: string;
}

/** One period a digest reports on, its comparison periods and the moment it becomes due. */
export interface DigestPeriod {
  /** Unique per frequency and period: "daily:2026-12-01", "weekly:2026-11-23", "monthly:2026-11". */
  key: string;
  frequency: Exclude<DigestFrequency, "off">;
  range: DateRange;
  /** 环比 base: the day before, the week before, or the whole previous calendar month. */
  previous: DateRange;
  /** 同比 base: the same dates one year earlier. */
  lastYear: DateRange;
  /** Epoch ms when this period's digest is due (its send time on the day after it ends). */
  dueAt: number;
}

const minutesOf = (sendAt: string) => Number(sendAt.slice(0, 2)) * 60 + Number(sendAt.slice(3, 5));

/** Epoch ms of `sendAt` Beijing time on `date`. */
function momentOn(date: string, sendAt: string): number {
  return startOfBusinessDay(date) + minutesOf(sendAt) * 60_000;
}

/** Monday of the ISO week holding `date` (Beijing calendar). */
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** The period a digest sent on `sendDate` (its due day) covers. */
export function periodSentOn(
  frequency: Exclude<DigestFrequency, "off">,
  sendDate: string,
  sendAt: string,
): DigestPeriod {
  const dueAt = momentOn(sendDate, sendAt);
  if (frequency === "daily") {
    const day = addDays(sendDate, -1);
    const range = dateRange(day, day);
    return {
      key: `daily:${day}`,
      frequency,
      range,
      previous: previousPeriod(range),
      lastYear: samePeriodLastYear(range),
      dueAt,
    };
  }
  if (frequency === "weekly") {
    const monday = addDays(mondayOf(sendDate), -7);
    const range = dateRange(monday, addDays(monday, 6));
    return {
      key: `weekly:${monday}`,
      frequency,
      range,
      previous: previousPeriod(range),
      lastYear: samePeriodLastYear(range),
      dueAt,
    };
  }
  const lastDay = addDays(monthStart(sendDate), -1);
  const range = dateRange(monthStart(lastDay), lastDay);
  const previousLast = addDays(range.from, -1);
  return {
    key: `monthly:${range.from.slice(0, 7)}`,
    frequency,
    range,
    previous: dateRange(monthStart(previousLast), previousLast),
    lastYear: samePeriodLastYear(range),
    dueAt,
  };
}

/** The day of the latest scheduled send on or before `date` (every day, Monday, the 1st). */
function sendDayOnOrBefore(frequency: Exclude<DigestFrequency, "off">, date: string): string {
  if (frequency === "daily") return date;
  if (frequency === "weekly") return mondayOf(date);
  return monthStart(date);
}

/**
 * The latest period whose send moment has passed at `now`, or null when the schedule is off.
 * A cron that runs late or twice finds the same period; idempotency rests on its key.
 */
export function latestDuePeriod(schedule: DigestSchedule, now: number): DigestPeriod | null {
  if (schedule.frequency === "off") return null;
  const today = toBusinessDate(now);
  let sendDay = sendDayOnOrBefore(schedule.frequency, today);
  if (momentOn(sendDay, schedule.sendAt) > now)
    sendDay = sendDayOnOrBefore(schedule.frequency, addDays(sendDay, -1));
  return periodSentOn(schedule.frequency, sendDay, schedule.sendAt);
}

/** When the next digest will go out after `now` (epoch ms), or null when off. */
export function nextDueAt(schedule: DigestSchedule, now: number): number | null {
  if (schedule.frequency === "off") return null;
  let day = toBusinessDate(now);
  // At most one month ahead: the 1st is always within 31 days.
  for (let i = 0; i <= 31; i++, day = addDays(day, 1)) {
    if (sendDayOnOrBefore(schedule.frequency, day) !== day) continue;
    const at = momentOn(day, schedule.sendAt);
    if (at > now) return at;
  }
  return null;
}

/** The period behind a key made by periodSentOn (for retries), or null for other keys. */
export function periodFromKey(key: string, sendAt: string): DigestPeriod | null {
  const match = /^(daily|weekly|monthly):(\d{4}-\d{2}(?:-\d{2})?)$/.exec(key);
  if (!match) return null;
  const [, frequency, start] = match as unknown as [string, "daily" | "weekly" | "monthly", string];
  try {
    if (frequency === "daily") return periodSentOn("daily", addDays(start, 1), sendAt);
    if (frequency === "weekly") return periodSentOn("weekly", addDays(start, 7), sendAt);
    const first = `${start}-01`;
    return periodSentOn("monthly", addDays(first, 32).slice(0, 8).concat("01"), sendAt);
  } catch {
    return null;
  }
}
