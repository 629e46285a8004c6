import { describe, expect, it } from "vitest";
import { latestDuePeriod, nextDueAt, periodFromKey, periodSentOn } from "./schedule.ts";

/** Beijing wall time → epoch ms. */
const bj = (text: string) => Date.parse(`${text}:00+08:00`);

describe("digest schedules (Beijing time)", () => {
  it("daily: yesterday, due at the send time, compared with the day before and last year", () => {
    expect(
      latestDuePeriod({ frequency: "daily", sendAt: "08:30" }, bj("2026-12-02T08:30")),
    ).toEqual({
      key: "daily:2026-12-01",
      frequency: "daily",
      range: { from: "2026-12-01", to: "2026-12-01" },
      previous: { from: "2026-11-30", to: "2026-11-30" },
      lastYear: { from: "2025-12-01", to: "2025-12-01" },
      dueAt: bj("2026-12-02T08:30"),
    });
    // One minute before 08:30 the latest due digest is still the one sent the day before.
    expect(
      latestDuePeriod({ frequency: "daily", sendAt: "08:30" }, bj("2026-12-02T08:29"))?.key,
    ).toBe("daily:2026-11-30");
  });

  it("uses the Beijing day, not UTC: 07:00 Beijing is 23:00 UTC the day before", () => {
    const period = latestDuePeriod({ frequency: "daily", sendAt: "07:00" }, bj("2026-12-02T07:00"));
    expect(period?.key).toBe("daily:2026-12-01");
    expect(new Date(period?.dueAt ?? 0).toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });

  it("weekly: Monday to Sunday of last week, due on Monday", () => {
    // 2026-12-07 is a Monday.
    const period = latestDuePeriod(
      { frequency: "weekly", sendAt: "08:30" },
      bj("2026-12-09T12:00"),
    );
    expect(period).toMatchObject({
      key: "weekly:2026-11-30",
      range: { from: "2026-11-30", to: "2026-12-06" },
      previous: { from: "2026-11-23", to: "2026-11-29" },
      lastYear: { from: "2025-11-30", to: "2025-12-06" },
      dueAt: bj("2026-12-07T08:30"),
    });
    // Monday before the send time: still the week before.
    expect(
      latestDuePeriod({ frequency: "weekly", sendAt: "08:30" }, bj("2026-12-07T08:00"))?.key,
    ).toBe("weekly:2026-11-23");
  });

  it("monthly: the previous calendar month, compared with the whole month before it", () => {
    const period = latestDuePeriod(
      { frequency: "monthly", sendAt: "09:00" },
      bj("2026-03-01T09:00"),
    );
    expect(period).toMatchObject({
      key: "monthly:2026-02",
      range: { from: "2026-02-01", to: "2026-02-28" },
      previous: { from: "2026-01-01", to: "2026-01-31" },
      lastYear: { from: "2025-02-01", to: "2025-02-28" },
    });
    expect(
      latestDuePeriod({ frequency: "monthly", sendAt: "09:00" }, bj("2026-03-01T08:45"))?.key,
    ).toBe("monthly:2026-01");
    // January's digest compares with December of the year before.
    expect(periodSentOn("monthly", "2026-02-01", "08:30").previous).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
  });

  it("off has no period and no next send", () => {
    expect(
      latestDuePeriod({ frequency: "off", sendAt: "08:30" }, bj("2026-12-02T10:00")),
    ).toBeNull();
    expect(nextDueAt({ frequency: "off", sendAt: "08:30" }, bj("2026-12-02T10:00"))).toBeNull();
  });

  it("finds the next send time", () => {
    const now = bj("2026-12-02T10:00");
    expect(nextDueAt({ frequency: "daily", sendAt: "08:30" }, now)).toBe(bj("2026-12-03T08:30"));
    expect(nextDueAt({ frequency: "daily", sendAt: "23:45" }, now)).toBe(bj("2026-12-02T23:45"));
    expect(nextDueAt({ frequency: "weekly", sendAt: "08:30" }, now)).toBe(bj("2026-12-07T08:30"));
    expect(nextDueAt({ frequency: "monthly", sendAt: "08:30" }, now)).toBe(bj("2027-01-01T08:30"));
  });

  it("reads period keys back for retries", () => {
    for (const [frequency, sendDay] of [
      ["daily", "2026-12-02"],
      ["weekly", "2026-12-07"],
      ["monthly", "2026-12-01"],
      ["monthly", "2027-01-01"],
    ] as const) {
      const period = periodSentOn(frequency, sendDay, "08:30");
      expect(periodFromKey(period.key, "08:30")).toEqual(period);
    }
    expect(periodFromKey("manual:1764000000000", "08:30")).toBeNull();
    expect(periodFromKey("daily:2026-13-45", "08:30")).toBeNull();
  });
});
