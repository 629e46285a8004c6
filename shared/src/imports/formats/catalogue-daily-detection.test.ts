import { describe, expect, it } from "vitest";
import { findHeader } from "../import-file.ts";

// Header rows as the exports spell them → the layout the importer must pick among all formats.
const CASES: Array<[string, string[]]> = [
  [
    "taobao-items",
    [
      "商品Id",
      "类目id",
      "类目名称",
      "商品标题",
      "一口价",
      "导购标题",
      "商家编码",
      "最长发货时间",
    ].concat(["销售属性", "属性对", "skuId", "价格（元）", "数量", "商家编码", "保质期（天）"]),
  ],
  [
    "jd-items",
    [
      "商品编码",
      "商品名称",
      "SKU编码",
      "商家SKU",
      "销售属性",
      "京东价",
      "商品可用库存",
      "商品状态",
    ],
  ],
  [
    "pdd-goods",
    ["商品ID", "商品名称", "商品状态", "SKUID", "SKU编码", "SKU库存", "拼单价", "单买价"],
  ],
  [
    "sycm-shop-daily",
    ["统计日期", "PC端访客数", "访客数", "无线端访客数", "浏览量", "支付金额", "支付买家数"].concat(
      ["支付子订单数", "支付转化率", "客单价", "商品收藏买家数", "加购人数"],
    ),
  ],
  ["sycm-shop-daily", ["统计日期", "访客数", "支付金额", "支付买家数"]],
  ["jd-shop-daily", ["日期", "访客数(UV)", "浏览量(PV)", "成交客户数", "成交单量", "成交金额(元)"]],
  ["pdd-shop-daily", ["统计日期", "成交金额", "成交订单数", "成交买家数", "成交转化率", "客单价"]],
  ["pdd-shop-daily", ["日期", "支付金额", "支付订单数", "支付买家数", "支付转化率"]],
];

describe("product and daily export detection", () => {
  it("recognises each layout's header among every registered format", () => {
    const found = CASES.map(([, header]) => findHeader([header]).found?.format.id ?? null);
    expect(found).toEqual(CASES.map(([id]) => id));
  });
});
