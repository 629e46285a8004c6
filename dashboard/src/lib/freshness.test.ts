import type { QualitySummary } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUES, type Translate, translate } from "../i18n/translate.ts";
import { freshnessParts, shortDateTime, timeAgo } from "./freshness.ts";

const zh: Translate = (key, params) => translate(CATALOGUES["zh-CN"], key, params);
const en: Translate = (key, params) => translate(CATALOGUES.en, key, params);

/** 2026-12-02 14:05 in Beijing. */
const AT = Date.UTC(2026, 11, 2, 6, 5);
const meta = {
  range: { from: "2026-11-03", to: "2026-12-02" },
  previous: { from: "2026-10-04", to: "2026-11-02" },
  lastYear: { from: "2025-11-03", to: "2025-12-02" },
  platforms: null,
  shops: null,
  today: "2026-12-02",
  generatedAt: AT + 60_000,
};
const none = { blocking: 0, warning: 0, info: 0 };

function summary(over: Partial<QualitySummary>): QualitySummary {
  return { meta, kinds: [], stoppedShops: [], totals: none, ...over };
}

const text = (s: QualitySummary, t: Translate) =>
  freshnessParts(s, t)
    .map((p) => p.text)
    .join(" · ");

describe("freshnessParts", () => {
  const complete = summary({
    kinds: [
      {
        kind: "order",
        lastCapturedAt: AT,
        shopDaysWithData: 60,
        shopDays: 60,
        shopsWithGaps: [],
      },
      {
        kind: "traffic",
        lastCapturedAt: AT - 3_600_000,
        shopDaysWithData: 30,
        shopDays: 30,
        shopsWithGaps: [],
      },
    ],
  });

  it("all complete: the newest capture and each kind's shop-days", () => {
    expect(text(complete, zh)).toBe(
      "数据截至 12-02 14:05 · 订单 覆盖 60/60 店铺天 · 流量 覆盖 30/30 店铺天",
    );
    expect(text(complete, en)).toBe(
      "Data as of 12-02 14:05 · Orders: 60/60 shop-days · Traffic: 30/30 shop-days",
    );
    expect(freshnessParts(complete, zh).map((p) => p.tone)).toEqual(["plain", "plain", "plain"]);
  });

  const gaps = summary({
    kinds: [
      {
        kind: "order",
        lastCapturedAt: AT,
        shopDaysWithData: 58,
        shopDays: 60,
        shopsWithGaps: ["taobao:1", "jd:2"],
      },
    ],
    totals: { blocking: 3, warning: 5, info: 1 },
  });

  it("gaps and blocking findings: shops with gaps, blocking only (not warnings too)", () => {
    expect(text(gaps, zh)).toBe(
      "数据截至 12-02 14:05 · 订单 覆盖 58/60 店铺天（2 家店有缺口） · 3 项阻断问题",
    );
    expect(text(gaps, en)).toBe(
      "Data as of 12-02 14:05 · Orders: 58/60 shop-days (shops with gaps: 2) · Blocking issues: 3",
    );
    const parts = freshnessParts(gaps, zh);
    expect(parts.map((p) => [p.id, p.tone, p.tier])).toEqual([
      ["as-of", "plain", undefined],
      ["kind-order", "warn", undefined],
      ["blocking", "danger", "blocking"],
    ]);
  });

  it("stopped shops, warnings when nothing blocks, SKUs as an update time", () => {
    const stopped = summary({
      kinds: [
        {
          kind: "sku",
          lastCapturedAt: Date.UTC(2026, 10, 30, 1, 0), // 11-30 09:00 Beijing
          shopDaysWithData: 0,
          shopDays: 0,
          shopsWithGaps: [],
        },
        {
          kind: "order",
          lastCapturedAt: Date.UTC(2026, 10, 29, 16, 30), // 11-30 00:30 Beijing
          shopDaysWithData: 1200,
          shopDays: 1234,
          shopsWithGaps: ["pdd:9"],
        },
      ],
      stoppedShops: ["pdd:9"],
      totals: { blocking: 0, warning: 2, info: 0 },
    });
    expect(text(stopped, zh)).toBe(
      "数据截至 11-30 09:00 · 商品SKU 更新于 11-30 09:00 · 订单 覆盖 1,200/1,234 店铺天（1 家店有缺口） · 1 家店同步中断 · 2 项警告",
    );
    expect(text(stopped, en)).toBe(
      "Data as of 11-30 09:00 · Product SKUs updated 11-30 09:00 · Orders: 1,200/1,234 shop-days (shops with gaps: 1) · Shops with sync stopped: 1 · Warnings: 2",
    );
    expect(freshnessParts(stopped, zh).find((p) => p.id === "warning")?.tier).toBe("warning");
  });

  it("no data: says so once, without shop-days", () => {
    const empty = summary({
      kinds: [
        {
          kind: "order",
          lastCapturedAt: null,
          shopDaysWithData: 0,
          shopDays: 0,
          shopsWithGaps: [],
        },
        { kind: "sku", lastCapturedAt: null, shopDaysWithData: 0, shopDays: 0, shopsWithGaps: [] },
      ],
    });
    expect(text(empty, zh)).toBe("所选范围内没有数据");
    expect(text(empty, en)).toBe("No data in the chosen range");
    expect(text(summary({ stoppedShops: ["jd:1"] }), zh)).toBe(
      "所选范围内没有数据 · 1 家店同步中断",
    );
  });

  it("a kind without data next to one with data", () => {
    const partly = summary({
      kinds: [
        { kind: "order", lastCapturedAt: AT, shopDaysWithData: 5, shopDays: 5, shopsWithGaps: [] },
        { kind: "ad", lastCapturedAt: null, shopDaysWithData: 0, shopDays: 0, shopsWithGaps: [] },
      ],
    });
    expect(text(partly, zh)).toBe("数据截至 12-02 14:05 · 订单 覆盖 5/5 店铺天 · 推广 无数据");
  });
});

describe("shortDateTime", () => {
  it("drops the year only when it is this year", () => {
    expect(shortDateTime(AT, "2026-12-02")).toBe("12-02 14:05");
    expect(shortDateTime(AT, "2027-01-01")).toBe("2026-12-02 14:05");
  });
});

describe("timeAgo", () => {
  it("uses the largest whole unit", () => {
    expect(timeAgo(AT, AT + 30_000)).toEqual({ key: "quality.ago.justNow", params: {} });
    expect(timeAgo(AT, AT + 59 * 60_000)).toEqual({
      key: "quality.ago.minutes",
      params: { count: 59 },
    });
    expect(timeAgo(AT, AT + 3 * 3_600_000 + 59 * 60_000)).toEqual({
      key: "quality.ago.hours",
      params: { count: 3 },
    });
    expect(timeAgo(AT, AT + 47 * 3_600_000)).toEqual({
      key: "quality.ago.hours",
      params: { count: 47 },
    });
    expect(timeAgo(AT, AT + 50 * 3_600_000)).toEqual({
      key: "quality.ago.days",
      params: { count: 2 },
    });
  });

  it("reads a clock slightly behind the server as just now", () => {
    expect(timeAgo(AT + 5_000, AT)).toEqual({ key: "quality.ago.justNow", params: {} });
  });
});
