import { describe, expect, it } from "vitest";
import {
  assembleCaptureSummary,
  type CaptureSummary,
  parseCaptureSummary,
  parseShopKey,
} from "./capture-summary.ts";

const zero = { session: 0, total: 0 };
const kinds = (over: Record<string, { session: number; total: number }> = {}) => ({
  order: zero,
  sku: zero,
  traffic: zero,
  ad: zero,
  refund: zero,
  settlement: zero,
  ...over,
});

describe("parseShopKey", () => {
  it("splits platform and shop id", () => {
    expect(parseShopKey("pdd|879846125")).toEqual({ platform: "pdd", shopId: "879846125" });
    expect(parseShopKey("jd|a|b")).toEqual({ platform: "jd", shopId: "a|b" });
    expect(parseShopKey("amazon|1")).toBeNull();
    expect(parseShopKey("pdd|")).toBeNull();
    expect(parseShopKey("pdd")).toBeNull();
  });
});

describe("assembleCaptureSummary", () => {
  const summary = assembleCaptureSummary({
    sessionStartedAt: 1000,
    shops: [
      { key: "pdd|1", shopName: "拼多多店", lastCapturedAt: 5000 },
      { key: "taobao|2", shopName: null, lastCapturedAt: 3000 },
      { key: "taobao|3", shopName: "淘宝新店", lastCapturedAt: 4000 },
    ],
    counts: new Map([
      ["pdd|1", kinds({ order: { session: 2, total: 10 } })],
      ["taobao|2", kinds({ sku: { session: 0, total: 4 } })],
      // Records of a shop without a shops row (written by an older version) still show.
      ["jd|9", kinds({ traffic: { session: 1, total: 1 } })],
    ]),
    failuresByShop: new Map([
      ["pdd|1", 2],
      ["tmall|7", 1],
    ]),
    failedCaptures: 5,
  });

  it("lists shops by platform, the latest captured first", () => {
    expect(summary.shops.map((s) => `${s.platform}|${s.shopId}`)).toEqual([
      "taobao|3",
      "taobao|2",
      "tmall|7",
      "jd|9",
      "pdd|1",
    ]);
  });

  it("fills every kind and keeps names, times and failures", () => {
    const pdd = summary.shops.find((s) => s.platform === "pdd");
    expect(pdd).toEqual({
      platform: "pdd",
      shopId: "1",
      shopName: "拼多多店",
      lastCapturedAt: 5000,
      failures: 2,
      kinds: kinds({ order: { session: 2, total: 10 } }),
    });
    const tmall = summary.shops.find((s) => s.platform === "tmall");
    expect(tmall).toMatchObject({
      shopName: null,
      lastCapturedAt: null,
      failures: 1,
      kinds: kinds(),
    });
  });

  it("counts failures no shop can claim apart", () => {
    expect(summary.failedCaptures).toBe(5);
    expect(summary.unattributedFailures).toBe(2);
  });

  it("survives the round trip through a runtime message and its parser", () => {
    expect(parseCaptureSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
  });
});

describe("parseCaptureSummary", () => {
  const valid: CaptureSummary = {
    sessionStartedAt: null,
    failedCaptures: 0,
    unattributedFailures: 0,
    shops: [
      {
        platform: "jd",
        shopId: "11258196",
        shopName: "禾屿家居京东旗舰店",
        lastCapturedAt: 1,
        failures: 0,
        kinds: kinds(),
      },
    ],
  };

  it("accepts a valid summary", () => {
    expect(parseCaptureSummary(valid)).toEqual(valid);
  });

  it.each([
    null,
    { error: { code: "internal", message: "x" } },
    { ...valid, shops: "none" },
    { ...valid, failedCaptures: -1 },
    { ...valid, sessionStartedAt: "today" },
    { ...valid, shops: [{ ...valid.shops[0], platform: "amazon" }] },
    { ...valid, shops: [{ ...valid.shops[0], shopName: 5 }] },
    { ...valid, shops: [{ ...valid.shops[0], kinds: { order: zero } }] },
    { ...valid, shops: [{ ...valid.shops[0], kinds: kinds({ ad: { session: 1.5, total: 2 } }) }] },
  ])("rejects %j", (value) => {
    expect(parseCaptureSummary(value)).toBeNull();
  });
});
