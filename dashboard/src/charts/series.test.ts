import { describe, expect, it } from "vitest";
import { axisLabel, dailySeries, PLATFORM_COLORS, tickStep } from "./series.ts";

describe("dailySeries", () => {
  const dates = ["2026-11-01", "2026-11-02", "2026-11-03"];
  const rows = [
    { date: "2026-11-01", platform: "jd", paid: 100 },
    { date: "2026-11-03", platform: "jd", paid: 50 },
    { date: "2026-11-02", platform: "taobao", paid: 70 },
    { date: "2026-10-31", platform: "taobao", paid: 999 },
  ];
  it("gives one zero-filled series per group, outside dates ignored", () => {
    const series = dailySeries(
      dates,
      rows,
      (r) => r.platform,
      (r) => r.date,
      (r) => r.paid,
      (g) => ({ label: g, color: PLATFORM_COLORS.jd }),
    );
    expect(series.map((s) => [s.id, s.points.map((p) => p.y)])).toEqual([
      ["jd", [100, 0, 50]],
      ["taobao", [0, 70, 0]],
    ]);
    expect(series[0]?.points.map((p) => p.x)).toEqual([0, 1, 2]);
  });
  it("is empty without dates", () => {
    expect(
      dailySeries(
        [],
        rows,
        (r) => r.platform,
        (r) => r.date,
        (r) => r.paid,
        (g) => ({ label: g, color: "" }),
      ),
    ).toEqual([]);
  });
});

describe("x axis", () => {
  it("steps through whole label indexes, about ten ticks at most", () => {
    expect(tickStep(1)).toBe(1);
    expect(tickStep(7)).toBe(1);
    expect(tickStep(10)).toBe(1);
    expect(tickStep(24)).toBe(3); // 0, 3, … 21: eight ticks, every one a label
    expect(tickStep(30)).toBe(4);
    expect(tickStep(366)).toBe(41);
  });

  it("shows the short label when given, else the date without its year", () => {
    const data = { labels: ["2026-11-01", "2026-11-02"], unit: "fen" as const, series: [] };
    expect(axisLabel(data, 1)).toBe("11-02");
    expect(axisLabel({ ...data, axisLabels: ["1日", "2日"] }, 1)).toBe("2日");
    expect(axisLabel(data, 5)).toBe("");
  });
});
