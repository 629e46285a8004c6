import { describe, expect, it } from "vitest";
import { startOfBusinessDay } from "../../time.ts";
import { at, base, contextFor, mapRows, ordersById } from "./order-test-support.ts";
import { PDD_ORDERS_PARSER, pddOrdersFormat } from "./pdd-orders.ts";

const context = contextFor("pdd", "orders_export_20261120.csv");

// A Pinduoduo export's columns (a subset, in the export's order), buyer columns already gone.
const HEADER = [
  "商品",
  "订单号",
  "订单状态",
  "商品总价(元)",
  "店铺优惠折扣(元)",
  "平台优惠折扣(元)",
  "多多支付立减金额(元)",
  "邮费(元)",
  "用户实付金额(元)",
  "商品数量(件)",
  "省",
  "市",
  "拼单成功时间",
  "订单成交时间",
  "发货时间",
  "确认收货时间",
  "商品id",
  "商品规格",
  "样式ID",
  "商家编码-规格维度",
  "售后状态",
];
const NO_AFTER_SALES = "无售后或售后取消";

const ROWS = [
  // Received; 3.00 shop + 2.00 platform + 0.80 多多支付 off 39.80 → 34.00 paid.
  [
    "加厚珊瑚绒毯子 1.5米",
    "261111-102345678901234",
    "已签收",
    "39.80",
    "3.00",
    "2.00",
    "0.80",
    "0.00",
    "34.00",
    "2",
    "浙江省",
    "杭州市",
    "2026-11-11 10:00:00",
    "2026-11-11 10:00:00",
    "2026-11-12 15:00:00",
    "2026-11-15 09:00:00",
    "520000000001",
    "蓝色 1.5米",
    "1100000001",
    "TZ-BLUE-150",
    NO_AFTER_SALES,
  ],
  // Shipped with 5.00 postage.
  [
    "不锈钢炒锅 32cm",
    "261112-102345678901235",
    "已发货，待签收",
    "19.90",
    "0.00",
    "0.00",
    "0.00",
    "5.00",
    "24.90",
    "1",
    "广东省",
    "广州市",
    "2026-11-12 11:00:00",
    "2026-11-12 11:00:00",
    "2026-11-13 08:00:00",
    "",
    "520000000002",
    "32cm",
    "1100000002",
    "GUO-32",
    NO_AFTER_SALES,
  ],
  // Refunded after shipping.
  [
    "儿童保温杯",
    "261113-102345678901236",
    "已发货，退款成功",
    "29.90",
    "2.00",
    "0.00",
    "0.00",
    "0.00",
    "27.90",
    "1",
    "江苏省",
    "南京市",
    "2026-11-13 12:00:00",
    "2026-11-13 12:00:00",
    "2026-11-13 18:00:00",
    "",
    "520000000003",
    "粉色",
    "1100000003",
    "BWB-P",
    "退款成功",
  ],
  // Waiting to ship with a refund requested; no 样式ID, so the line is keyed by the order.
  [
    "收纳箱 三只装",
    "261114-102345678901237",
    "待发货",
    "45.00",
    "5.00",
    "0.00",
    "0.00",
    "0.00",
    "40.00",
    "3",
    "四川省",
    "成都市",
    "2026-11-14 09:00:00",
    "2026-11-14 09:00:00",
    "",
    "",
    "520000000004",
    "大号",
    "",
    "",
    "退款中",
  ],
  // Cancelled before 成交: every time blank, the date comes from the order number.
  [
    "手机壳",
    "261115-102345678901238",
    "已取消",
    "9.90",
    "0.00",
    "0.00",
    "0.00",
    "0.00",
    "9.90",
    "1",
    "",
    "",
    "",
    "",
    "",
    "",
    "520000000005",
    "透明",
    "0",
    "",
    "",
  ],
];

describe("pdd-orders", () => {
  it("maps a Pinduoduo export into one single-line order per 订单号", () => {
    const result = mapRows(pddOrdersFormat, context, HEADER, ROWS);
    expect(result.issues).toEqual([]);
    const orders = ordersById(result);
    expect(orders.get("261111-102345678901234")).toEqual({
      ...base(context, PDD_ORDERS_PARSER),
      orderId: "261111-102345678901234",
      status: "completed",
      createdAt: at("2026-11-11 10:00:00"),
      paidAt: at("2026-11-11 10:00:00"),
      shippedAt: at("2026-11-12 15:00:00"),
      completedAt: at("2026-11-15 09:00:00"),
      goodsFen: 3980,
      shippingFen: 0,
      discountFen: 580,
      paidFen: 3400,
      refundFen: 0,
      province: "浙江省",
      city: "杭州市",
      lines: [
        {
          lineId: "1100000001",
          itemId: "520000000001",
          skuId: "1100000001",
          outerSkuId: "TZ-BLUE-150",
          title: "加厚珊瑚绒毯子 1.5米",
          skuText: "蓝色 1.5米",
          quantity: 2,
          unitPriceFen: 1990,
          paidFen: 3400,
          refundStatus: "none",
        },
      ],
    });
    expect(orders.get("261112-102345678901235")).toMatchObject({
      status: "shipped",
      shippingFen: 500,
      discountFen: 0,
      paidFen: 2490,
      lines: [{ paidFen: 1990 }],
    });
    expect(orders.get("261113-102345678901236")).toMatchObject({
      status: "refunded",
      paidFen: 2790,
      refundFen: 2790,
      lines: [{ refundStatus: "refunded", paidFen: 2790 }],
    });
    expect(orders.get("261114-102345678901237")).toMatchObject({
      status: "refunding",
      shippedAt: null,
      discountFen: 500,
      paidFen: 4000,
      lines: [
        {
          lineId: "261114-102345678901237",
          skuId: null,
          unitPriceFen: 1500,
          refundStatus: "refunding",
        },
      ],
    });
    expect(orders.get("261115-102345678901238")).toMatchObject({
      status: "cancelled",
      createdAt: startOfBusinessDay("2026-11-15"),
      paidAt: null,
      paidFen: 0,
      province: null,
      city: null,
      lines: [{ lineId: "261115-102345678901238", skuId: null }],
    });
  });

  it("works with the required columns and one time column only", () => {
    const header = [
      "订单号",
      "商品",
      "商品id",
      "商品数量(件)",
      "商品总价(元)",
      "用户实付金额(元)",
      "订单状态",
      "订单成交时间",
    ];
    const rows = [
      [
        "261116-102345678901239",
        "挂钩 10只",
        "520000000006",
        "1",
        "6.90",
        "6.90",
        "待发货",
        "2026-11-16 08:00:00",
      ],
    ];
    const [record] = mapRows(pddOrdersFormat, context, header, rows).records;
    expect(record?.record).toMatchObject({
      status: "paid",
      shippingFen: 0,
      discountFen: 0,
      paidFen: 690,
      province: null,
      lines: [{ lineId: "261116-102345678901239", skuText: null, outerSkuId: null, paidFen: 690 }],
    });
  });

  it("reports bad cells, repeated order numbers and totals that do not add up", () => {
    const row = (id: string, changes: Record<number, string> = {}) => {
      const cells = [...(ROWS[1] ?? [])];
      cells[1] = id;
      for (const [i, v] of Object.entries(changes)) cells[Number(i)] = v;
      return cells;
    };
    const rows = [
      row("261112-200000000001"),
      row("261112-200000000002", { 8: "12.3.4" }),
      row("261112-200000000003", { 13: "2026-11-12 25:00:00" }),
      row("2.61112E+20"),
      row("261112-200000000005"),
      row("261112-200000000005"),
      row("261112-200000000007", { 8: "30.00" }),
      row("261112-200000000008", { 2: "待评价" }),
    ];
    const result = mapRows(pddOrdersFormat, context, HEADER, rows);
    expect(result.records.map((r) => r.rows)).toEqual([[2]]);
    expect(result.issues.map(({ message: _, ...issue }) => issue)).toEqual([
      { row: 3, column: "用户实付金额(元)", code: "bad_money", value: "12.3.4" },
      { row: 4, column: "订单成交时间", code: "bad_date", value: "2026-11-12 25:00:00" },
      { row: 5, column: "订单号", code: "bad_id", value: "2.61112E+20" },
      { row: 6, column: "订单号", code: "inconsistent", value: "261112-200000000005" },
      { row: 7, column: "订单号", code: "inconsistent", value: "261112-200000000005" },
      // 30.00 paid for 19.90 of goods and 5.00 postage.
      { row: 8, column: "用户实付金额(元)", code: "inconsistent", value: "30.00" },
      { row: 9, column: "订单状态", code: "bad_status", value: "待评价" },
    ]);
  });
});
