import { describe, expect, it } from "vitest";
import { at, base, contextFor, mapRows, ordersById } from "./order-test-support.ts";
import { TAOBAO_ORDERS_PARSER, taobaoOrdersFormat } from "./taobao-orders.ts";

const context = contextFor("taobao", "ExportOrderDetailList202611200930.csv");

// A 千牛 sub-order sheet's columns (a subset, in the export's order); no buyer columns.
const HEADER = [
  "子订单编号",
  "主订单编号",
  "商品标题",
  "商品价格",
  "购买数量",
  "商品属性",
  "订单状态",
  "商家编码",
  "买家应付货款",
  "买家实付金额",
  "退款状态",
  "退款金额",
  "订单创建时间",
  "订单付款时间",
  "商品ID",
  "发货时间",
];
const NONE = ["没有申请退款", "无退款申请"];
const A = ["2026-11-11 00:05:12", "2026-11-11 00:05:30"];
const C = ["2026-11-01 10:00:00", "2026-11-01 10:01:00"];

const ROWS = [
  // row 2: order …657, line 1 shipped; its second line is row 5 (rows of one order apart).
  [
    '="3306670536475051657"',
    '="3306670536474051657"',
    "加厚纯棉T恤 男款",
    "59.00",
    "2",
    "颜色分类:黑色;尺码:L",
    "卖家已发货，等待买家确认",
    "TS-BLK-L",
    "110.53",
    "110.53",
    ...NONE,
    ...A,
    "652000000001",
    "2026-11-12 09:00:00",
  ],
  // row 3: unpaid; 实付 0, 应付 79.00 after a 10.00 coupon.
  [
    '="3306670536474051658"',
    '="3306670536474051658"',
    "316不锈钢保温杯 500ml",
    "89.00",
    "1",
    "颜色分类:白色",
    "等待买家付款",
    "CUP-500-W",
    "79.00",
    "0.00",
    ...NONE,
    "2026-11-19 21:30:00",
    "",
    "652000000002",
    "",
  ],
  // rows 4 and 6: completed, one line refunded (交易关闭 + 退款成功).
  [
    '="3306670536474051700"',
    '="3306670536474051659"',
    "纯棉毛巾 三条装",
    "25.00",
    "2",
    "null",
    "交易成功",
    "TW-3",
    "50.00",
    "50.00",
    ...NONE,
    ...C,
    "652000000003",
    "2026-11-02 10:00:00",
  ],
  [
    '="3306670536476051657"',
    '="3306670536474051657"',
    "运动短袜 5双装",
    "39.90",
    "1",
    "null",
    "买家已付款，等待卖家发货",
    "SK-5",
    "37.37",
    "37.37",
    ...NONE,
    ...A,
    "652000000004",
    "",
  ],
  [
    '="3306670536474051701"',
    '="3306670536474051659"',
    "洗脸巾 抽取式",
    "19.90",
    "1",
    "null",
    "交易关闭",
    "FT-1",
    "19.90",
    "19.90",
    "退款成功",
    "19.90",
    ...C,
    "652000000005",
    "2026-11-02 10:00:00",
  ],
  // row 7: closed before payment.
  [
    '="3306670536474051660"',
    '="3306670536474051660"',
    "手机支架",
    "29.90",
    "1",
    "颜色分类:灰色",
    "交易关闭",
    "",
    "29.90",
    "0.00",
    ...NONE,
    "2026-11-05 12:00:00",
    "",
    "652000000006",
    "",
  ],
];

const line = { skuId: null, refundStatus: "none" as const };

describe("taobao-orders", () => {
  it("maps a 千牛 sub-order sheet into one order per 主订单编号", () => {
    const result = mapRows(taobaoOrdersFormat, context, HEADER, ROWS);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.rows)).toEqual([[2, 5], [3], [4, 6], [7]]);
    const orders = ordersById(result);
    // 59.00×2 + 39.90 = 157.90 of goods; 147.90 paid (a 10.00 shop coupon), no postage column.
    expect(orders.get("3306670536474051657")).toEqual({
      ...base(context, TAOBAO_ORDERS_PARSER),
      orderId: "3306670536474051657",
      status: "shipped",
      createdAt: at(A[0] ?? ""),
      paidAt: at(A[1] ?? ""),
      shippedAt: at("2026-11-12 09:00:00"),
      completedAt: null,
      goodsFen: 15790,
      shippingFen: 0,
      discountFen: 1000,
      paidFen: 14790,
      refundFen: 0,
      province: null,
      city: null,
      lines: [
        {
          ...line,
          lineId: "3306670536475051657",
          itemId: "652000000001",
          outerSkuId: "TS-BLK-L",
          title: "加厚纯棉T恤 男款",
          skuText: "颜色分类:黑色;尺码:L",
          quantity: 2,
          unitPriceFen: 5900,
          paidFen: 11053,
        },
        {
          ...line,
          lineId: "3306670536476051657",
          itemId: "652000000004",
          outerSkuId: "SK-5",
          title: "运动短袜 5双装",
          skuText: null,
          quantity: 1,
          unitPriceFen: 3990,
          paidFen: 3737,
        },
      ],
    });
    expect(orders.get("3306670536474051658")).toMatchObject({
      status: "unpaid",
      paidAt: null,
      shippedAt: null,
      goodsFen: 8900,
      discountFen: 1000,
      paidFen: 0,
      lines: [{ paidFen: 0, refundStatus: "none", outerSkuId: "CUP-500-W" }],
    });
    expect(orders.get("3306670536474051659")).toMatchObject({
      status: "completed",
      goodsFen: 6990,
      discountFen: 0,
      paidFen: 6990,
      refundFen: 1990,
      shippedAt: at("2026-11-02 10:00:00"),
      lines: [
        { lineId: "3306670536474051700", paidFen: 5000, refundStatus: "none" },
        { lineId: "3306670536474051701", paidFen: 1990, refundStatus: "refunded" },
      ],
    });
    expect(orders.get("3306670536474051660")).toMatchObject({
      status: "cancelled",
      goodsFen: 2990,
      discountFen: 0,
      paidFen: 0,
      lines: [{ outerSkuId: null, paidFen: 0 }],
    });
  });

  it("reads postage and region when the file has them, and works with the required columns only", () => {
    const header = [
      "子订单编号",
      "主订单编号",
      "买家应付邮费",
      "买家实际支付金额",
      "子单实际支付金额",
      "订单状态",
      "订单创建时间",
      "宝贝标题",
      "宝贝数量",
      "商品价格",
      "商品ID",
      "收货地区",
    ];
    const rows = [
      [
        "4001",
        "4001",
        "8.00",
        "53.00",
        "45.00",
        "交易成功",
        "2026-11-03 10:00:00",
        "帆布包",
        "1",
        "50.00",
        "652000000010",
        "浙江省 杭州市",
      ],
    ];
    const [record] = mapRows(taobaoOrdersFormat, context, header, rows).records;
    // 50.00 goods + 8.00 postage − 53.00 paid = 5.00 discount; the line's share is 45.00.
    expect(record?.record).toMatchObject({
      status: "completed",
      paidAt: null,
      goodsFen: 5000,
      shippingFen: 800,
      discountFen: 500,
      paidFen: 5300,
      province: "浙江省",
      city: "杭州市",
      lines: [
        { lineId: "4001", paidFen: 4500, skuText: null, outerSkuId: null, refundStatus: "none" },
      ],
    });
    // Without a postage column, a single sub-order's 实付 above its goods value is postage.
    const bare = [
      "子订单编号",
      "主订单编号",
      "子单实际支付金额",
      "订单状态",
      "订单创建时间",
      "宝贝标题",
      "宝贝数量",
      "商品价格",
      "商品ID",
    ];
    const [paidWithPostage] = mapRows(taobaoOrdersFormat, context, bare, [
      [
        "4002",
        "4002",
        "26.00",
        "买家已付款，等待卖家发货",
        "2026-11-03 11:00:00",
        "钥匙扣",
        "1",
        "20.00",
        "652000000011",
      ],
    ]).records;
    expect(paidWithPostage?.record).toMatchObject({
      status: "paid",
      goodsFen: 2000,
      shippingFen: 600,
      discountFen: 0,
      paidFen: 2600,
      lines: [{ paidFen: 2000 }],
    });
  });

  it("leaves out orders with bad cells, naming the row, the file's header and the value", () => {
    const good = (sub: string, main: string, overrides: Record<number, string> = {}) => {
      const row = [
        sub,
        main,
        "帆布包",
        "10.00",
        "1",
        "null",
        "交易成功",
        "BAG",
        "10.00",
        "10.00",
        ...NONE,
        "2026-11-01 10:00:00",
        "2026-11-01 10:00:05",
        "652000000020",
        "",
      ];
      for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
      return row;
    };
    const rows = [
      good("5001", "5001"),
      good("5002", "5002", { 9: "12.3.4" }),
      good("5003", "5003", { 12: "2026-13-01 10:00:00" }),
      good("5004", "3.30667E+18"),
      good("5005", ""),
      good("5006", "5006"),
      good("5007", "5006", { 12: "2026-11-01 10:00:01" }),
      good("5008", "5002"),
      good("5009", "5009", { 6: "待评价中" }),
    ];
    const result = mapRows(taobaoOrdersFormat, context, HEADER, rows);
    expect(result.records.map((r) => r.rows)).toEqual([[2]]);
    expect(result.issues.map(({ message: _, ...issue }) => issue)).toEqual([
      { row: 3, column: "买家实付金额", code: "bad_money", value: "12.3.4" },
      { row: 4, column: "订单创建时间", code: "bad_date", value: "2026-13-01 10:00:00" },
      { row: 5, column: "主订单编号", code: "bad_id", value: "3.30667E+18" },
      { row: 6, column: "主订单编号", code: "missing_value", value: "" },
      { row: 7, column: "订单创建时间", code: "inconsistent", value: "2026-11-01 10:00:00" },
      { row: 8, column: "订单创建时间", code: "inconsistent", value: "2026-11-01 10:00:01" },
      { row: 9, column: null, code: "invalid_record", value: null },
      { row: 10, column: "订单状态", code: "bad_status", value: "待评价中" },
    ]);
  });

  it("refuses an order whose instants are after the file's time", () => {
    const rows = [
      ROWS[1]?.map((cell) => (cell === "2026-11-19 21:30:00" ? "2026-11-21 09:00:00" : cell)) ?? [],
    ];
    const result = mapRows(taobaoOrdersFormat, context, HEADER, rows);
    expect(result.records).toEqual([]);
    expect(result.issues).toMatchObject([{ row: 2, code: "invalid_record" }]);
    expect(result.issues[0]?.message).toContain("createdAt");
  });
});
