import { describe, expect, it } from "vitest";
import {
  funnelStages,
  hasTrafficData,
  listDatesShort,
  shopFunnels,
  shopNames,
  unknownTotalReason,
} from "./traffic-data.ts";
import { spanFigures, trafficShop } from "./traffic-test-fixture.ts";

describe("funnelStages", () => {
  it("sizes bars against visitors and gives step and overall rates", () => {
    // 2,000 visitors → 160 add to cart (8%) → 60 pay (3% of visitors, 37.5% of cart).
    const stages = funnelStages({
      visitors: 2_000,
      cartBuyers: 160,
      buyers: 60,
      cartRate: 0.08,
      conversionRate: 0.03,
    });
    expect(stages).toEqual([
      { id: "visitors", count: 2_000, width: 1, fromPrevious: null, ofVisitors: null },
      { id: "cartBuyers", count: 160, width: 0.08, fromPrevious: 0.08, ofVisitors: 0.08 },
      { id: "buyers", count: 60, width: 0.03, fromPrevious: 0.375, ofVisitors: 0.03 },
    ]);
  });
  it("keeps an unknown step unknown and does not bridge over it", () => {
    const stages = funnelStages({
      visitors: 500,
      cartBuyers: null,
      buyers: 20,
      cartRate: null,
      conversionRate: 0.04,
    });
    expect(stages[1]).toEqual({
      id: "cartBuyers",
      count: null,
      width: 0,
      fromPrevious: null,
      ofVisitors: null,
    });
    expect(stages[2]).toMatchObject({
      count: 20,
      width: 0.04,
      fromPrevious: null,
      ofVisitors: 0.04,
    });
  });
  it("draws nothing for a span without visitors", () => {
    const stages = funnelStages({
      visitors: 0,
      cartBuyers: 0,
      buyers: 0,
      cartRate: null,
      conversionRate: null,
    });
    expect(stages.map((s) => [s.width, s.fromPrevious])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});

describe("shopFunnels", () => {
  it("keeps the shops with a funnel and counts the rest", () => {
    const funnel = { visitors: 10, cartBuyers: 2, buyers: 1, cartRate: 0.2, conversionRate: 0.1 };
    const a = trafficShop({ shopId: "a", funnel });
    const b = trafficShop({ shopId: "b" });
    const out = shopFunnels([a, b]);
    expect(out.funnels.map((f) => f.shop.shopId)).toEqual(["a"]);
    expect(out.without).toBe(1);
  });
});

describe("unknownTotalReason", () => {
  const known = spanFigures({ source: "platform-span", visitors: 80 });
  it("blames adding shops up when some shop has its span figure", () => {
    const shops = [trafficShop({ figures: known }), trafficShop({ shopId: "s2" })];
    expect(unknownTotalReason({ shops })).toBe("shops");
  });
  it("blames the missing span figure when no shop has one, or there is one shop", () => {
    expect(unknownTotalReason({ shops: [trafficShop(), trafficShop({ shopId: "s2" })] })).toBe(
      "span",
    );
    expect(unknownTotalReason({ shops: [trafficShop()] })).toBe("span");
  });
});

describe("hasTrafficData", () => {
  it("is false when shops only had traffic in the previous period and no item has any", () => {
    const stale = trafficShop({ figures: spanFigures({ source: "unknown" }) });
    expect(hasTrafficData({ shops: [stale], items: [] })).toBe(false);
    expect(hasTrafficData({ shops: [], items: [] })).toBe(false);
  });
  it("is true with any shop answered in the range", () => {
    expect(hasTrafficData({ shops: [trafficShop()], items: [] })).toBe(true);
  });
});

describe("shopNames and listDatesShort", () => {
  it("names shops by platform and id, falling back to the id", () => {
    const names = shopNames([trafficShop(), trafficShop({ platform: "jd", shopName: null })]);
    expect(names.get("taobao:s1")).toBe("店一");
    expect(names.get("jd:s1")).toBe("s1");
  });
  it("lists up to five dates, then an ellipsis", () => {
    expect(listDatesShort(["2026-11-01", "2026-11-02"])).toBe("2026-11-01, 2026-11-02");
    const seven = ["01", "02", "03", "04", "05", "06", "07"].map((d) => `2026-11-${d}`);
    expect(listDatesShort(seven)).toBe(
      "2026-11-01, 2026-11-02, 2026-11-03, 2026-11-04, 2026-11-05 …",
    );
  });
});
