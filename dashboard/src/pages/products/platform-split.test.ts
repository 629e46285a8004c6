import { describe, expect, it } from "vitest";
import { leadingSegment, platformSegments, splitText } from "./platform-split.ts";

const part = (platform: "taobao" | "tmall" | "jd" | "pdd", units: number, paidFen: number) => ({
  platform,
  shops: ["1"],
  units,
  paidFen,
  refundFen: 0,
});

describe("platformSegments", () => {
  it("puts platforms in the fixed order with widths by paid amount", () => {
    // The API lists by sales (JD first); the bar always goes 淘宝, 天猫, 京东, 拼多多.
    const segments = platformSegments([part("jd", 3, 30_000), part("taobao", 2, 10_000)]);
    expect(segments).toEqual([
      { platform: "taobao", units: 2, paidFen: 10_000, share: 0.25 },
      { platform: "jd", units: 3, paidFen: 30_000, share: 0.75 },
    ]);
  });

  it("falls back to units when nothing was paid, and drops empty parts", () => {
    expect(platformSegments([part("pdd", 1, 0), part("tmall", 3, 0), part("jd", 0, 0)])).toEqual([
      { platform: "tmall", units: 3, paidFen: 0, share: 0.75 },
      { platform: "pdd", units: 1, paidFen: 0, share: 0.25 },
    ]);
    expect(platformSegments([part("jd", 0, 0)])).toEqual([]);
    expect(platformSegments([])).toEqual([]);
  });
});

describe("splitText", () => {
  it("names each platform with its rounded share", () => {
    const names = { taobao: "淘宝", tmall: "天猫", jd: "京东", pdd: "拼多多" };
    const segments = platformSegments([
      part("taobao", 1, 20_000),
      part("jd", 1, 10_000),
      part("pdd", 1, 10_000),
    ]);
    // 50%, 25%, 25%.
    expect(splitText(segments, (p) => names[p])).toBe("淘宝 50% · 京东 25% · 拼多多 25%");
    expect(splitText([], (p) => names[p])).toBe("");
  });
});

describe("leadingSegment", () => {
  it("picks the largest part, the first in bar order on a tie", () => {
    const segments = platformSegments([part("pdd", 1, 30_000), part("tmall", 1, 10_000)]);
    expect(leadingSegment(segments)?.platform).toBe("pdd");
    const tie = platformSegments([part("jd", 1, 10_000), part("taobao", 1, 10_000)]);
    expect(leadingSegment(tie)?.platform).toBe("taobao");
    expect(leadingSegment([])).toBeNull();
  });
});
