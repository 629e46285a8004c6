import { describe, expect, it } from "vitest";
import type { Traffic } from "../../schemas/traffic.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { JD_SHOP_DAILY_PARSER, jdShopDailyFormat } from "./jd-shop-daily.ts";

const HEADER = [
  "日期",
  "访客数(UV)",
  "浏览量(PV)",
  "成交客户数",
  "成交单量",
  "成交金额(元)",
  "成交转化率",
  "客单价",
  "加购客户数",
  "关注客户数",
];

const context = importContext("jd", "sz.xlsx");
const base = {
  kind: "traffic",
  platform: "jd",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:sz.xlsx", parser: JD_SHOP_DAILY_PARSER },
  days: 1,
  itemId: null,
} as const;

function map(cells: string[][]) {
  return jdShopDailyFormat.toRecords(importRows(jdShopDailyFormat, HEADER, cells, 2), context);
}

describe("jd-shop-daily", () => {
  it("maps 成交 figures to one shop-level record per day; follows are not favourites", () => {
    const result = map([
      ["2026-11-02", "2,300", "6100", "58", "61", "￥17,458.00", "2.52%", "301.00", "210", "33"],
      ["2026-11-03", "1980", "5200", "-", "-", "-", "-", "-", "180", "20"],
      ["汇总", "4280", "11300", "58", "61", "17458.00", "1.36%", "301.00", "390", "53"],
    ]);
    expect(result.issues).toEqual([]);
    const days: Traffic[] = [
      {
        ...base,
        date: "2026-11-02",
        visitors: 2300,
        pageViews: 6100,
        buyers: 58,
        paidOrders: 61,
        paidFen: 1745800,
        cartBuyers: 210,
        favBuyers: null,
      },
      {
        ...base,
        date: "2026-11-03",
        visitors: 1980,
        pageViews: 5200,
        buyers: null,
        paidOrders: null,
        paidFen: null,
        cartBuyers: 180,
        favBuyers: null,
      },
    ];
    expect(result.records).toEqual(days.map((record, i) => ({ record, rows: [2 + i] })));
  });

  it("reports bad cells with row, header and value; other days still map", () => {
    const result = map([
      ["2026-11-31", "1", "1", "1", "1", "1.00", "", "", "", ""],
      ["2026-11-04", "1", "1", "一", "1", "1.00", "", "", "", ""],
      ["2026-11-05", "1", "1", "1", "1", "abc", "", "", "", ""],
      ["", "1", "1", "1", "1", "1.00", "", "", "", ""],
      ["2026-11-06", "1", "1", "1", "1", "1.00", "", "", "", ""],
    ]);
    expect(result.issues).toMatchObject([
      { row: 2, column: "日期", code: "bad_date", value: "2026-11-31" },
      { row: 3, column: "成交客户数", code: "bad_number", value: "一" },
      { row: 4, column: "成交金额(元)", code: "bad_money", value: "abc" },
      { row: 5, column: "日期", code: "missing_value", value: "" },
    ]);
    expect(result.records.map((m) => m.rows)).toEqual([[6]]);
  });
});
