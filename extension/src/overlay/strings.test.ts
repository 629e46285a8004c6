import { describe, expect, it } from "vitest";
import { describeAge, OVERLAY_CATALOGUES, overlayTranslator } from "./strings.ts";

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("overlay strings", () => {
  it("has the same keys and {params} in both languages", () => {
    const zh = OVERLAY_CATALOGUES["zh-CN"];
    const en = OVERLAY_CATALOGUES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as Array<keyof typeof zh>)
      expect(params(en[key]), key).toEqual(params(zh[key]));
  });

  it("says the age of the figures and marks them stale after 30 minutes", () => {
    const t = overlayTranslator("zh-CN");
    const now = 1_800_000_000_000;
    expect(describeAge(now - 20_000, now, t)).toEqual({ text: "刚刚", stale: false });
    expect(describeAge(now - 3 * 60_000, now, t)).toEqual({ text: "3 分钟前", stale: false });
    expect(describeAge(now - 31 * 60_000, now, t)).toEqual({ text: "31 分钟前", stale: true });
    expect(describeAge(now - 5 * 3_600_000, now, t).text).toBe("5 小时前");
    expect(describeAge(now - 3 * 86_400_000, now, overlayTranslator("en")).text).toBe("3 days ago");
  });
});
