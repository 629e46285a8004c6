import type { KindFreshness, ShopFreshness } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUES, type Translate, translate } from "../../i18n/translate.ts";
import {
  beforeDays,
  dayCells,
  gapsText,
  gapText,
  shopKinds,
  shortDate,
  sinceDate,
  sortFreshness,
} from "./quality-days.ts";

const zh: Translate = (key, params) => translate(CATALOGUES["zh-CN"], key, params);
const en: Translate = (key, params) => translate(CATALOGUES.en, key, params);
const NOV = { from: "2026-11-01", to: "2026-11-30" };

function orders(over: Partial<KindFreshness>): KindFreshness {
  return {
    kind: "order",
    records: 100,
    lastCapturedAt: 1,
    lastReceivedAt: 1,
    daysWithData: 30,
    daysInRange: 30,
    gaps: [],
    ...over,
  };
}

describe("gap text", () => {
  it("a run of days and a single day", () => {
    expect(gapText({ from: "2026-11-03", to: "2026-11-05", days: 3 }, NOV, zh)).toBe(
      "11-03 ~ 11-05 缺 3 天",
    );
    expect(gapText({ from: "2026-11-09", to: "2026-11-09", days: 1 }, NOV, zh)).toBe(
      "11-09 缺 1 天",
    );
    expect(gapText({ from: "2026-11-03", to: "2026-11-05", days: 3 }, NOV, en)).toBe(
      "11-03 – 11-05: 3 days missing",
    );
  });

  it("keeps the year when the range spans two", () => {
    const range = { from: "2025-12-20", to: "2026-01-10" };
    expect(shortDate("2025-12-31", range)).toBe("2025-12-31");
    expect(gapText({ from: "2025-12-31", to: "2026-01-01", days: 2 }, range, zh)).toBe(
      "2025-12-31 ~ 2026-01-01 缺 2 天",
    );
  });

  it("lists the first three gaps and counts the rest", () => {
    const gaps = [
      { from: "2026-11-02", to: "2026-11-02", days: 1 },
      { from: "2026-11-05", to: "2026-11-06", days: 2 },
      { from: "2026-11-10", to: "2026-11-10", days: 1 },
      { from: "2026-11-20", to: "2026-11-22", days: 3 },
    ];
    expect(gapsText([], NOV, zh)).toBe("无缺口");
    expect(gapsText(gaps.slice(0, 2), NOV, zh)).toBe("11-02 缺 1 天、11-05 ~ 11-06 缺 2 天");
    expect(gapsText(gaps, NOV, zh)).toBe(
      "11-02 缺 1 天、11-05 ~ 11-06 缺 2 天、11-10 缺 1 天 等共 4 段",
    );
    expect(gapsText(gaps, NOV, en, 1)).toBe("11-02: 1 day missing (4 gaps in all)");
  });

  it("says 50+ when the Worker stopped listing", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      from: `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      to: `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      days: 1,
    }));
    const range = { from: "2026-01-01", to: "2026-06-30" };
    expect(gapsText(many, range, zh, 1)).toBe("01-01 缺 1 天 等共 50+ 段");
  });
});

describe("day cells", () => {
  // Range 11-01..11-30 on 11-20: 20 possible days = 8 before the first record + 10 with data + 2 missing.
  const shopStartedLate = orders({
    daysWithData: 10,
    gaps: [{ from: "2026-11-12", to: "2026-11-13", days: 2 }],
  });

  it("marks days before the first record, data, gaps and days to come", () => {
    expect(beforeDays(NOV, "2026-11-20", shopStartedLate)).toBe(8);
    expect(sinceDate(NOV, "2026-11-20", shopStartedLate)).toBe("2026-11-09");
    const cells = dayCells(NOV, "2026-11-20", shopStartedLate) ?? [];
    expect(cells).toHaveLength(30);
    const count = (state: string) => cells.filter((c) => c.state === state).length;
    expect([count("before"), count("data"), count("missing"), count("future")]).toEqual([
      8, 10, 2, 10,
    ]);
    expect(cells[7]).toEqual({ date: "2026-11-08", state: "before" });
    expect(cells[8]).toEqual({ date: "2026-11-09", state: "data" });
    expect(cells[11]).toEqual({ date: "2026-11-12", state: "missing" });
    expect(cells[12]).toEqual({ date: "2026-11-13", state: "missing" });
    expect(cells[19]).toEqual({ date: "2026-11-20", state: "data" });
    expect(cells[20]).toEqual({ date: "2026-11-21", state: "future" });
  });

  it("a complete past range is all data, with no first-record date", () => {
    const cells = dayCells(NOV, "2026-12-02", orders({})) ?? [];
    expect(cells.every((c) => c.state === "data")).toBe(true);
    expect(sinceDate(NOV, "2026-12-02", orders({}))).toBeNull();
  });

  it("a kind with no day in the range: the whole past is before its first record", () => {
    const none = orders({ daysWithData: 0, records: 0, gaps: [] });
    expect(beforeDays(NOV, "2026-12-02", none)).toBe(30);
  });

  it("draws no strip for SKUs or ranges longer than a quarter", () => {
    expect(dayCells(NOV, "2026-12-02", orders({ kind: "sku", daysWithData: null }))).toBeNull();
    expect(dayCells({ from: "2026-01-01", to: "2026-04-30" }, "2026-12-02", orders({}))).toBeNull();
    expect(
      dayCells({ from: "2026-01-01", to: "2026-04-01" }, "2026-12-02", orders({})),
    ).toHaveLength(91);
  });
});

describe("shopKinds", () => {
  it("lists the six kinds in order, null where the shop never had one", () => {
    const shop: ShopFreshness = {
      platform: "jd",
      shopId: "1",
      shopName: "京东店",
      lastCapturedAt: 1,
      lastReceivedAt: 1,
      syncStopped: false,
      kinds: [orders({ kind: "traffic" }), orders({})],
    };
    expect(shopKinds(shop).map((k) => [k.kind, k.freshness?.kind ?? null])).toEqual([
      ["order", "order"],
      ["sku", null],
      ["traffic", "traffic"],
      ["ad", null],
      ["refund", null],
      ["settlement", null],
    ]);
  });
});

describe("sortFreshness", () => {
  const shop = (platform: ShopFreshness["platform"], shopId: string, syncStopped = false) => ({
    platform,
    shopId,
    shopName: null,
    lastCapturedAt: null,
    lastReceivedAt: null,
    syncStopped,
    kinds: [],
  });

  it("puts stopped shops first, then platforms in order", () => {
    const sorted = sortFreshness([
      shop("pdd", "1"),
      shop("jd", "2"),
      shop("taobao", "3"),
      shop("pdd", "4", true),
    ]);
    expect(sorted.map((s) => `${s.platform}:${s.shopId}`)).toEqual([
      "pdd:4",
      "taobao:3",
      "jd:2",
      "pdd:1",
    ]);
  });
});
