import { describe, expect, it } from "vitest";
import { PLATFORM_COLORS } from "../../charts/series.ts";
import { dailyTrafficByShop, shopColors } from "./traffic-chart-data.ts";
import { META, spanFigures, trafficShop } from "./traffic-test-fixture.ts";

describe("shopColors", () => {
  it("gives the first shop of a platform its hue and later ones distinct colours", () => {
    const colors = shopColors([
      { platform: "jd", shopId: "a" },
      { platform: "jd", shopId: "b" },
      { platform: "pdd", shopId: "c" },
    ]);
    expect(colors[0]).toBe(PLATFORM_COLORS.jd);
    expect(colors[2]).toBe(PLATFORM_COLORS.pdd);
    expect(new Set(colors).size).toBe(3);
  });
});

describe("dailyTrafficByShop", () => {
  const day = (date: string, visitors: number | null, pageViews: number | null) => ({
    date,
    figures: spanFigures({ source: "platform-span", visitors, pageViews }),
  });
  const shops = [
    trafficShop({
      shopId: "a",
      shopName: "甲",
      days: [day("2026-11-01", 120, 300), day("2026-11-02", null, 250), day("2026-11-03", 90, 200)],
    }),
    trafficShop({
      platform: "pdd",
      shopId: "b",
      shopName: null,
      days: [day("2026-11-03", 40, 88)],
    }),
  ];
  it("draws one visitors line per shop with gaps where the platform gave nothing", () => {
    const data = dailyTrafficByShop(
      { meta: META, shops },
      "visitors",
      (s) => s.shopName ?? s.shopId,
    );
    expect(data.labels).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(data.unit).toBe("count");
    expect(data.stacked).toBeUndefined();
    expect(data.series.map((s) => [s.id, s.label, s.points.map((p) => p.y)])).toEqual([
      ["taobao:a", "甲", [120, null, 90]],
      ["pdd:b", "b", [null, null, 40]],
    ]);
  });
  it("reads page views for the page-views metric", () => {
    const data = dailyTrafficByShop({ meta: META, shops }, "pageViews", () => "x");
    expect(data.series[0]?.points).toEqual([
      { x: 0, y: 300 },
      { x: 1, y: 250 },
      { x: 2, y: 200 },
    ]);
  });
});
