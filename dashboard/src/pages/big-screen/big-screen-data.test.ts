import type { LiveHour } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  alertSubjectText,
  bigScreenPath,
  dashboardPath,
  easeOutCubic,
  formatBeijingClock,
  hourLabels,
  hourlyTotals,
  hourlyTrend,
  isStale,
  liveQuery,
  tickValue,
  yesterdayGap,
} from "./big-screen-data.ts";

const hour = (
  h: number,
  platform: LiveHour["platform"],
  today: number,
  yesterday: number,
): LiveHour => ({
  hour: h,
  platform,
  today: { paidFen: today, orders: today > 0 ? 1 : 0 },
  yesterday: { paidFen: yesterday, orders: yesterday > 0 ? 1 : 0 },
});

// Hours 0–2 so far: taobao and jd add up per hour.
const HOURLY = [
  hour(0, "taobao", 1000, 500),
  hour(0, "jd", 200, 0),
  hour(1, "taobao", 0, 700),
  hour(1, "jd", 0, 0),
  hour(2, "taobao", 300, 100),
  hour(2, "jd", 50, 0),
];

describe("hourlyTotals", () => {
  it("sums platforms per hour and leaves the hours to come empty", () => {
    const { today, yesterday } = hourlyTotals(HOURLY, 2, false);
    expect(today.slice(0, 4)).toEqual([1200, 0, 350, null]);
    expect(yesterday.slice(0, 4)).toEqual([500, 700, 100, null]);
    expect(today).toHaveLength(24);
    expect(today.slice(3).every((v) => v === null)).toBe(true);
  });

  it("gives running totals when cumulative", () => {
    const { today, yesterday } = hourlyTotals(HOURLY, 2, true);
    expect(today.slice(0, 4)).toEqual([1200, 1200, 1550, null]);
    expect(yesterday.slice(0, 4)).toEqual([500, 1200, 1300, null]);
  });

  it("shows zeros, not gaps, for quiet hours up to now", () => {
    const { today } = hourlyTotals([], 1, true);
    expect(today.slice(0, 3)).toEqual([0, 0, null]);
  });
});

describe("hourlyTrend", () => {
  it("labels 24 hours (HH:00 on the axis, dated in tooltips) and draws yesterday behind today", () => {
    const { labels, axisLabels } = hourLabels("2026-11-07");
    expect(labels).toHaveLength(24);
    expect(labels[0]).toBe("2026-11-07 00:00");
    expect(axisLabels[23]).toBe("23:00");
    const data = hourlyTrend({ hourly: HOURLY, currentHour: 2, today: "2026-11-07" }, true, {
      today: "今日",
      yesterday: "昨日",
    });
    expect(data.unit).toBe("fen");
    expect(data.series.map((s) => [s.id, s.label])).toEqual([
      ["yesterday", "昨日"],
      ["today", "今日"],
    ]);
    expect(data.series[1]?.points.slice(1, 4)).toEqual([
      { x: 1, y: 1200 },
      { x: 2, y: 1550 },
      { x: 3, y: null },
    ]);
  });
});

describe("tickValue", () => {
  it("starts at the old value, ends exactly on the new one, in whole fen", () => {
    expect(tickValue(1000, 2000, 0, 1000)).toBe(1000);
    // Half-way in time is 87.5% of the way: 1 − 0.5³.
    expect(tickValue(1000, 2000, 500, 1000)).toBe(1875);
    expect(tickValue(1000, 2001, 999, 1000)).toBe(2001);
    expect(tickValue(1000, 2001, 1000, 1000)).toBe(2001);
    expect(tickValue(1000, 2001, 5000, 1000)).toBe(2001);
    expect(Number.isInteger(tickValue(0, 333, 100, 1000))).toBe(true);
  });

  it("counts down too, and jumps with no duration", () => {
    expect(tickValue(2000, 1000, 500, 1000)).toBe(1125);
    expect(tickValue(2000, 1000, 0, 0)).toBe(1000);
  });

  it("eases out within 0..1", () => {
    expect(easeOutCubic(-1)).toBe(0);
    expect(easeOutCubic(0.5)).toBe(0.875);
    expect(easeOutCubic(2)).toBe(1);
  });
});

describe("yesterdayGap", () => {
  const f = (paidFen: number) => ({ paidFen, orders: 1 });
  it("gives the gap, the change and its direction", () => {
    expect(yesterdayGap({ today: f(15000), yesterday: f(12000) })).toEqual({
      deltaFen: 3000,
      change: 0.25,
      direction: "up",
    });
    expect(yesterdayGap({ today: f(9000), yesterday: f(12000) })).toEqual({
      deltaFen: -3000,
      change: -0.25,
      direction: "down",
    });
  });

  it("has no change against an empty yesterday", () => {
    expect(yesterdayGap({ today: f(500), yesterday: f(0) })).toEqual({
      deltaFen: 500,
      change: null,
      direction: "up",
    });
    expect(yesterdayGap({ today: f(0), yesterday: f(0) }).direction).toBe("flat");
  });
});

describe("formatBeijingClock", () => {
  it("shows Beijing time whatever the viewer's zone", () => {
    // 2026-11-07 06:05:09 UTC is 14:05:09 in Beijing.
    expect(formatBeijingClock(Date.UTC(2026, 10, 7, 6, 5, 9))).toBe("14:05:09");
    expect(formatBeijingClock(Date.UTC(2026, 10, 7, 16, 0, 0))).toBe("00:00:00");
  });
});

describe("isStale", () => {
  it("is stale after a failed refresh or two silent intervals", () => {
    expect(isStale(null, 0, true)).toBe(false);
    expect(isStale(1000, 2000, false)).toBe(false);
    expect(isStale(1000, 2000, true)).toBe(true);
    expect(isStale(0, 120_000, false)).toBe(false);
    expect(isStale(0, 120_001, false)).toBe(true);
  });
});

describe("liveQuery", () => {
  it("keeps only the platform and shop filter", () => {
    expect(liveQuery({ platforms: [], shops: [] })).toBe("");
    expect(liveQuery({ platforms: ["taobao", "jd"], shops: ["taobao:57300001"] })).toBe(
      "platform=taobao,jd&shop=taobao:57300001",
    );
  });
});

describe("bigScreenPath and dashboardPath", () => {
  it("carry the platforms and shops between the dashboard and the wall, not the dates", () => {
    expect(bigScreenPath("")).toBe("/big-screen");
    expect(bigScreenPath("?preset=last30&platform=jd&shop=jd:1000001&sort=units")).toBe(
      "/big-screen?platform=jd&shop=jd:1000001",
    );
    expect(dashboardPath({ platforms: [], shops: [] })).toBe("/");
    expect(dashboardPath({ platforms: ["pdd"], shops: [] })).toBe("/?platform=pdd");
  });
});

describe("alertSubjectText", () => {
  it("names the product or campaign, else nothing", () => {
    expect(alertSubjectText({ evidence: { name: "马克杯 <b>", stock: 3 } })).toBe("马克杯 <b>");
    expect(alertSubjectText({ evidence: { campaignName: "计划 c1" } })).toBe("计划 c1");
    expect(alertSubjectText({ evidence: { valueFen: 100, name: " " } })).toBeNull();
  });
});
