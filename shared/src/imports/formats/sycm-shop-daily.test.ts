import { describe, expect, it } from "vitest";
import type { Traffic } from "../../schemas/traffic.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { SYCM_SHOP_DAILY_PARSER, sycmShopDailyFormat } from "./sycm-shop-daily.ts";

// Header on row 6 below the title block; PC端 columns are not read.
const HEADER = [
  "统计日期",
  "访客数",
  "浏览量",
  "支付金额",
  "支付买家数",
  "支付子订单数",
  "支付转化率",
  "客单价",
  "加购人数",
  "商品收藏人数",
  "PC端访客数",
];

const context = importContext("taobao", "sycm.xls");
const base = {
  kind: "traffic",
  platform: "taobao",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:sycm.xls", parser: SYCM_SHOP_DAILY_PARSER },
  days: 1,
  itemId: null,
} as const;

function map(cells: string[][]) {
  return sycmShopDailyFormat.toRecords(importRows(sycmShopDailyFormat, HEADER, cells, 7), context);
}

describe("sycm-shop-daily", () => {
  it("maps one shop-level record per day; '-' is unknown; totals and blank rows are skipped", () => {
    const result = map([
      [
        "2026-11-02",
        "1,024",
        "3560",
        "12,345.60",
        "40",
        "43",
        "3.91%",
        "308.64",
        "120",
        "35",
        "100",
      ],
      ["20261103", "980", "-", "0", "0", "0", "0.00%", "-", "-", "-", "90"],
      ["2026/11/4", "1100", "3900", "8000", "25", "", "2.27%", "320.00", "", "", ""],
      ["合计", "3104", "7460", "20345.60", "65", "43", "2.09%", "313.01", "120", "35", "190"],
      ["", "", "", "", "", "", "", "", "", "", ""],
    ]);
    expect(result.issues).toEqual([]);
    const days: Traffic[] = [
      {
        ...base,
        date: "2026-11-02",
        visitors: 1024,
        pageViews: 3560,
        buyers: 40,
        paidOrders: 43,
        paidFen: 1234560,
        cartBuyers: 120,
        favBuyers: 35,
      },
      {
        ...base,
        date: "2026-11-03",
        visitors: 980,
        pageViews: null,
        buyers: 0,
        paidOrders: 0,
        paidFen: 0,
        cartBuyers: null,
        favBuyers: null,
      },
      {
        ...base,
        date: "2026-11-04",
        visitors: 1100,
        pageViews: 3900,
        buyers: 25,
        paidOrders: null,
        paidFen: 800000,
        cartBuyers: null,
        favBuyers: null,
      },
    ];
    expect(result.records).toEqual(days.map((record, i) => ({ record, rows: [7 + i] })));
  });

  it("reports bad dates, amounts and counts by row and header; other days still map", () => {
    const result = map([
      ["2026-13-01", "10", "20", "1.00", "1", "1", "10%", "1", "1", "1", ""],
      ["2026-11-05", "10", "20", "1.2.3", "1", "1", "10%", "1", "1", "1", ""],
      ["2026-11-06", "12.5", "20", "1.00", "1", "1", "8%", "1", "1", "1", ""],
      ["2026-11-07", "10", "20", "1.00", "1", "1", "10%", "1", "1", "1", ""],
      ["2026-12-05", "10", "20", "1.00", "1", "1", "10%", "1", "1", "1", ""],
      ["2026-11-07", "11", "20", "1.00", "1", "1", "9%", "1", "1", "1", ""],
      ["2026-11-08", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"],
    ]);
    expect(result.issues).toMatchObject([
      { row: 7, column: "统计日期", code: "bad_date", value: "2026-13-01" },
      { row: 8, column: "支付金额", code: "bad_money", value: "1.2.3" },
      { row: 9, column: "访客数", code: "bad_number", value: "12.5" },
      { row: 11, column: "统计日期", code: "bad_date", value: "2026-12-05" },
      { row: 12, column: "统计日期", code: "inconsistent", value: "2026-11-07" },
    ]);
    // 2026-11-08 knows nothing: no record, no issue.
    expect(result.records.map((m) => m.rows)).toEqual([[10]]);
  });
});
