import { describe, expect, it } from "vitest";
import type { Traffic } from "../../schemas/traffic.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { PDD_SHOP_DAILY_PARSER, pddShopDailyFormat } from "./pdd-shop-daily.ts";

const HEADER = [
  "统计日期",
  "成交金额",
  "成交订单数",
  "成交买家数",
  "成交转化率",
  "客单价",
  "店铺访客数",
  "店铺浏览量",
  "商品收藏用户数",
  "商品访客数",
];

const context = importContext("pdd", "mall.xlsx");
const base = {
  kind: "traffic",
  platform: "pdd",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:mall.xlsx", parser: PDD_SHOP_DAILY_PARSER },
  days: 1,
  itemId: null,
} as const;

function map(cells: string[][], header = HEADER) {
  return pddShopDailyFormat.toRecords(importRows(pddShopDailyFormat, header, cells, 2), context);
}

describe("pdd-shop-daily", () => {
  it("maps 成交 figures; goods-page visitors are not shop visitors; 合计 is skipped", () => {
    const result = map([
      ["2026-11-02", "5,230.40", "180", "172", "4.30%", "30.41", "4000", "9800", "66", "3500"],
      ["2026-11-03", "0.00", "0", "0", "0%", "-", "-", "-", "-", "1200"],
      ["合计", "5230.40", "180", "172", "-", "-", "4000", "9800", "66", "4700"],
    ]);
    expect(result.issues).toEqual([]);
    const days: Traffic[] = [
      {
        ...base,
        date: "2026-11-02",
        visitors: 4000,
        pageViews: 9800,
        buyers: 172,
        paidOrders: 180,
        paidFen: 523040,
        cartBuyers: null,
        favBuyers: 66,
      },
      {
        ...base,
        date: "2026-11-03",
        visitors: null,
        pageViews: null,
        buyers: 0,
        paidOrders: 0,
        paidFen: 0,
        cartBuyers: null,
        favBuyers: null,
      },
    ];
    expect(result.records).toEqual(days.map((record, i) => ({ record, rows: [2 + i] })));
  });

  it("reads the older 支付 names too", () => {
    const header = ["日期", "支付金额", "支付订单数", "支付买家数", "支付转化率"];
    const result = map([["2026-11-04", "99.90", "3", "3", "1.5%"]], header);
    expect(result.records[0]?.record).toMatchObject({
      date: "2026-11-04",
      paidFen: 9990,
      paidOrders: 3,
      buyers: 3,
      visitors: null,
    });
  });

  it("reports bad cells with row, header and value; other days still map", () => {
    const result = map([
      ["2026-11-05", "12.3.4", "1", "1", "", "", "", "", "", ""],
      ["11/05/2026", "1", "1", "1", "", "", "", "", "", ""],
      ["2026-11-06", "1", "1", "1", "", "", "10万+", "", "", ""],
      ["2026-11-07", "1", "1", "1", "", "", "", "", "", ""],
    ]);
    expect(result.issues).toMatchObject([
      { row: 2, column: "成交金额", code: "bad_money", value: "12.3.4" },
      { row: 3, column: "统计日期", code: "bad_date", value: "11/05/2026" },
      { row: 4, column: "店铺访客数", code: "bad_number", value: "10万+" },
    ]);
    expect(result.records.map((m) => m.rows)).toEqual([[5]]);
  });
});
