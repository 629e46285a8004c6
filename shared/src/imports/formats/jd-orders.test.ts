import { describe, expect, it } from "vitest";
import { JD_ORDERS_PARSER, jdOrdersFormat } from "./jd-orders.ts";
import { at, base, contextFor, mapRows, ordersById } from "./order-test-support.ts";

const context = contextFor("jd", "订单导出_20261120.csv");

// A JD export's columns (a subset, in the export's order); 客户地址 has become the reader's
// 收货地区 and the buyer columns are gone, as they are when a format sees the rows.
const HEADER = [
  "订单号",
  "商品ID",
  "商品名称",
  "订购数量",
  "下单时间",
  "京东价",
  "订单金额",
  "应付金额",
  "订单状态",
  "运费金额",
  "付款确认时间",
  "货号",
  "订单完成时间",
  "商家SKUID",
  "收货地区",
];
const A = ["2026-11-10 20:00:00"];
const A_PAID = ["2026-11-10 20:00:05", "JZ"];
const E = ["2026-11-13 10:00:00", "9.90", "19.80", "19.80", "锁定", "0.00", "2026-11-13 10:00:03"];

const ROWS = [
  // rows 2 and 5: one completed order of two SKUs, 11.00 off.
  [
    "302000000001",
    "100012345678",
    "京造 速干T恤 男款 黑色 L",
    "2",
    ...A,
    "49.00",
    "117.90",
    "106.90",
    "完成",
    "0.00",
    ...A_PAID,
    "2026-11-14 18:00:00",
    "JZ-T-BLK-L",
    "广东省 深圳市",
  ],
  [
    "302000000002",
    "100011112222",
    "京造 保温杯",
    "1",
    "2026-11-19 22:00:00",
    "59.00",
    "59.00",
    "59.00",
    "等待付款",
    "0.00",
    "",
    "BW",
    "",
    "BW-500",
    "北京市 北京市",
  ],
  [
    "302000000003",
    "100033334444",
    "京造 数据线 1m",
    "1",
    "2026-11-15 09:00:00",
    "30.00",
    "38.00",
    "38.00",
    "等待确认收货",
    "8.00",
    "2026-11-15 09:00:10",
    "",
    "",
    "",
    "浙江省 杭州市",
  ],
  [
    "302000000001",
    "100087654321",
    "京造 运动袜 5双",
    "1",
    ...A,
    "19.90",
    "117.90",
    "106.90",
    "完成",
    "0.00",
    ...A_PAID,
    "2026-11-14 18:00:00",
    "JZ-S-5",
    "广东省 深圳市",
  ],
  [
    "302000000004",
    "100055556666",
    "京造 收纳盒",
    "1",
    "2026-11-12 08:00:00",
    "25.00",
    "25.00",
    "25.00",
    "已取消",
    "0.00",
    "",
    "",
    "",
    "",
    "",
  ],
  // rows 7 and 8: locked (an after-sales request open); the same SKU twice (a gift copy).
  ["302000000005", "100077778888", "京造 牙刷", "1", ...E, "YS", "", "YS-1", "上海市 上海市"],
  ["302000000005", "100077778888", "京造 牙刷", "1", ...E, "YS", "", "YS-1", "上海市 上海市"],
];

describe("jd-orders", () => {
  it("maps a JD order export into one order per 订单号 with capture's ids", () => {
    const result = mapRows(jdOrdersFormat, context, HEADER, ROWS);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.rows)).toEqual([[2, 5], [3], [4], [6], [7, 8]]);
    const orders = ordersById(result);
    // 49.00×2 + 19.90 = 117.90 of goods, 106.90 due: 11.00 off; lines share 106.90 by value.
    expect(orders.get("302000000001")).toEqual({
      ...base(context, JD_ORDERS_PARSER),
      orderId: "302000000001",
      status: "completed",
      createdAt: at("2026-11-10 20:00:00"),
      paidAt: at("2026-11-10 20:00:05"),
      shippedAt: null,
      completedAt: at("2026-11-14 18:00:00"),
      goodsFen: 11790,
      shippingFen: 0,
      discountFen: 1100,
      paidFen: 10690,
      refundFen: 0,
      province: "广东省",
      city: "深圳市",
      lines: [
        {
          lineId: "100012345678",
          itemId: "100012345678",
          skuId: "100012345678",
          outerSkuId: "JZ-T-BLK-L",
          title: "京造 速干T恤 男款 黑色 L",
          skuText: null,
          quantity: 2,
          unitPriceFen: 4900,
          paidFen: 8886,
          refundStatus: "none",
        },
        {
          lineId: "100087654321",
          itemId: "100087654321",
          skuId: "100087654321",
          outerSkuId: "JZ-S-5",
          title: "京造 运动袜 5双",
          skuText: null,
          quantity: 1,
          unitPriceFen: 1990,
          paidFen: 1804,
          refundStatus: "none",
        },
      ],
    });
    expect(orders.get("302000000002")).toMatchObject({
      status: "unpaid",
      paidAt: null,
      paidFen: 0,
      discountFen: 0,
      province: "北京市",
      city: "北京市",
      lines: [{ paidFen: 0, outerSkuId: "BW-500" }],
    });
    expect(orders.get("302000000003")).toMatchObject({
      status: "shipped",
      goodsFen: 3000,
      shippingFen: 800,
      discountFen: 0,
      paidFen: 3800,
      lines: [{ paidFen: 3000, outerSkuId: null }],
    });
    expect(orders.get("302000000004")).toMatchObject({
      status: "cancelled",
      paidFen: 0,
      province: null,
      city: null,
    });
    expect(orders.get("302000000005")).toMatchObject({
      status: "refunding",
      paidFen: 1980,
      lines: [
        { lineId: "100077778888", paidFen: 990 },
        { lineId: "100077778888-2", paidFen: 990 },
      ],
    });
  });

  it("works with the required columns only: postage is what is due above the goods", () => {
    const header = [
      "订单号",
      "商品ID",
      "商品名称",
      "订购数量",
      "下单时间",
      "京东价",
      "应付金额",
      "订单状态",
    ];
    const rows = [
      [
        "302000000009",
        "100099990000",
        "京造 毛巾",
        "2",
        "2026-11-16 10:00:00",
        "15.00",
        "36.00",
        "等待出库",
      ],
    ];
    const [record] = mapRows(jdOrdersFormat, context, header, rows).records;
    expect(record?.record).toMatchObject({
      status: "paid",
      paidAt: null,
      goodsFen: 3000,
      shippingFen: 600,
      discountFen: 0,
      paidFen: 3600,
      province: null,
      lines: [{ lineId: "100099990000", paidFen: 3000, outerSkuId: null }],
    });
  });

  it("reports bad cells, disagreeing rows and totals that do not add up", () => {
    const row = (id: string, changes: Record<number, string> = {}) => {
      const cells = [
        "302100000000",
        "100012345678",
        "京造 T恤",
        "1",
        "2026-11-10 20:00:00",
        "49.00",
        "49.00",
        "49.00",
        "等待出库",
        "0.00",
        "2026-11-10 20:00:05",
        "",
        "",
        "",
        "",
      ];
      cells[0] = id;
      for (const [i, v] of Object.entries(changes)) cells[Number(i)] = v;
      return cells;
    };
    const rows = [
      row("302100000001"),
      row("302100000002", { 5: "12.3.4" }),
      row("302100000003", { 4: "2026/11/31 10:00" }),
      row("3.02100E+11"),
      row("302100000005"),
      row("302100000005", { 7: "48.00" }),
      row("302100000007", { 7: "60.00" }),
      row("302100000008", { 8: "已删除" }),
    ];
    const result = mapRows(jdOrdersFormat, context, HEADER, rows);
    expect(result.records.map((r) => r.rows)).toEqual([[2]]);
    expect(result.issues.map(({ message: _, ...issue }) => issue)).toEqual([
      { row: 3, column: "京东价", code: "bad_money", value: "12.3.4" },
      { row: 4, column: "下单时间", code: "bad_date", value: "2026/11/31 10:00" },
      { row: 5, column: "订单号", code: "bad_id", value: "3.02100E+11" },
      { row: 6, column: "应付金额", code: "inconsistent", value: "49.00" },
      { row: 7, column: "应付金额", code: "inconsistent", value: "48.00" },
      // 60.00 due on 49.00 of goods with 0.00 postage.
      { row: 8, column: "应付金额", code: "inconsistent", value: "60.00" },
      { row: 9, column: "订单状态", code: "bad_status", value: "已删除" },
    ]);
  });
});
