import type { OverviewReport } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { dailyGmvByPlatform } from "./overview-chart-data.ts";

describe("dailyGmvByPlatform", () => {
  it("stacks each platform's daily GMV over every day of the range", () => {
    const report = {
      meta: { range: { from: "2026-11-01", to: "2026-11-03" } },
      daily: [
        {
          date: "2026-11-01",
          platform: "taobao",
          orders: 1,
          units: 2,
          paidFen: 10000,
          refundFen: 0,
        },
        {
          date: "2026-11-03",
          platform: "jd",
          orders: 1,
          units: 4,
          paidFen: 20000,
          refundFen: 2000,
        },
      ],
    } as unknown as OverviewReport;
    const data = dailyGmvByPlatform(report, (p) => p.toUpperCase());
    expect(data.labels).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(data.stacked).toBe(true);
    expect(data.series.map((s) => [s.label, s.points.map((p) => p.y)])).toEqual([
      ["JD", [0, 0, 20000]],
      ["TAOBAO", [10000, 0, 0]],
    ]);
  });
});
