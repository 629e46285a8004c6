import type { ShopCoverage } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { coverageTotals, datesText, kindRows, sortShops, summariseKind } from "./coverage.ts";

const jd: ShopCoverage = {
  platform: "jd",
  shopId: "10086",
  shopName: "京东旗舰店",
  kinds: [
    {
      kind: "order",
      records: 1200,
      firstDate: "2026-10-01",
      lastDate: "2026-11-10",
      lastCapturedAt: 2000,
    },
    { kind: "sku", records: 80, firstDate: null, lastDate: null, lastCapturedAt: 1500 },
  ],
};
const taobao: ShopCoverage = {
  platform: "taobao",
  shopId: "55",
  shopName: null,
  kinds: [
    {
      kind: "order",
      records: 34,
      firstDate: "2026-09-15",
      lastDate: "2026-11-11",
      lastCapturedAt: 1000,
    },
    { kind: "traffic", records: 0, firstDate: null, lastDate: null, lastCapturedAt: null },
  ],
};

describe("kindRows", () => {
  it("lists every kind in a fixed order and fills the missing ones with zero", () => {
    const rows = kindRows(jd);
    expect(rows.map((row) => row.kind)).toEqual([
      "order",
      "sku",
      "traffic",
      "ad",
      "refund",
      "settlement",
    ]);
    expect(rows[0]?.records).toBe(1200);
    expect(rows[2]).toEqual({
      kind: "traffic",
      records: 0,
      firstDate: null,
      lastDate: null,
      lastCapturedAt: null,
    });
  });
});

describe("summariseKind", () => {
  it("adds records and spans dates and captures across shops", () => {
    expect(summariseKind([jd, taobao], "order")).toEqual({
      kind: "order",
      records: 1234,
      shops: 2,
      firstDate: "2026-09-15",
      lastDate: "2026-11-11",
      lastCapturedAt: 2000,
    });
  });

  it("does not count a shop that holds none of the kind", () => {
    expect(summariseKind([jd, taobao], "traffic")).toEqual({
      kind: "traffic",
      records: 0,
      shops: 0,
      firstDate: null,
      lastDate: null,
      lastCapturedAt: null,
    });
  });

  it("keeps undated kinds undated", () => {
    const sku = summariseKind([jd], "sku");
    expect(sku.records).toBe(80);
    expect([sku.firstDate, sku.lastDate]).toEqual([null, null]);
  });
});

describe("coverageTotals", () => {
  it("counts shops and records", () => {
    expect(coverageTotals([jd, taobao])).toEqual({ shops: 2, records: 1314 });
    expect(coverageTotals([])).toEqual({ shops: 0, records: 0 });
  });
});

describe("sortShops", () => {
  it("orders by platform, then name or id, without mutating the input", () => {
    const input = [jd, taobao];
    expect(sortShops(input).map((shop) => shop.shopId)).toEqual(["55", "10086"]);
    expect(input[0]).toBe(jd);
  });
});

describe("datesText", () => {
  it("shows the span, says undated, or a dash when nothing is held", () => {
    expect(
      datesText({ records: 3, firstDate: "2026-11-01", lastDate: "2026-11-11" }, "不按日期"),
    ).toBe("2026-11-01 – 2026-11-11");
    expect(datesText({ records: 3, firstDate: null, lastDate: null }, "不按日期")).toBe("不按日期");
    expect(datesText({ records: 0, firstDate: null, lastDate: null }, "不按日期")).toBe("—");
  });
});
