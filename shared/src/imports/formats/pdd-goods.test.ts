import { describe, expect, it } from "vitest";
import type { Sku } from "../../schemas/sku.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { PDD_GOODS_PARSER, pddGoodsFormat } from "./pdd-goods.ts";

const HEADER = [
  "商品ID",
  "商品名称",
  "商品状态",
  "SKUID",
  "SKU属性",
  "商家编码",
  "SKU编码",
  "拼单价",
  "单买价",
  "SKU库存",
  "SKU状态",
];

const context = importContext("pdd", "goods.csv");
const base = {
  kind: "sku",
  platform: "pdd",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:goods.csv", parser: PDD_GOODS_PARSER },
} as const;

function map(cells: string[][], header = HEADER) {
  return pddGoodsFormat.toRecords(importRows(pddGoodsFormat, header, cells, 2), context);
}

describe("pdd-goods", () => {
  it("keeps the group price 拼单价, SKU编码 as outer code and the goods' or SKU's 下架", () => {
    const result = map([
      [
        "601234567890",
        "纯棉T恤",
        "上架",
        "1234567890123",
        "白色 L",
        "TS-01",
        "TS-01-WL",
        "29.90",
        "35.90",
        "100",
        "上架",
      ],
      [
        "601234567890",
        "纯棉T恤",
        "上架",
        "1234567890124",
        "黑色 L",
        "TS-01",
        "",
        "29.9",
        "35.9",
        "0",
        "上架",
      ],
      [
        "601234567890",
        "纯棉T恤",
        "上架",
        "1234567890125",
        "灰色 L",
        "TS-01",
        "TS-01-GL",
        "31",
        "36",
        "5",
        "下架",
      ],
      ["601234567891", "手机壳", "下架", "", "", "CASE-01", "", "9.90", "12.90", "", ""],
    ]);
    expect(result.issues).toEqual([]);
    const skus: Sku[] = [
      {
        ...base,
        itemId: "601234567890",
        skuId: "1234567890123",
        outerSkuId: "TS-01-WL",
        title: "纯棉T恤",
        skuText: "白色 L",
        priceFen: 2990,
        stock: 100,
        status: "onsale",
      },
      {
        ...base,
        itemId: "601234567890",
        skuId: "1234567890124",
        outerSkuId: null,
        title: "纯棉T恤",
        skuText: "黑色 L",
        priceFen: 2990,
        stock: 0,
        status: "soldout",
      },
      {
        ...base,
        itemId: "601234567890",
        skuId: "1234567890125",
        outerSkuId: "TS-01-GL",
        title: "纯棉T恤",
        skuText: "灰色 L",
        priceFen: 3100,
        stock: 5,
        status: "offshelf",
      },
      {
        ...base,
        itemId: "601234567891",
        skuId: "0",
        outerSkuId: "CASE-01",
        title: "手机壳",
        skuText: null,
        priceFen: 990,
        stock: null,
        status: "offshelf",
      },
    ];
    expect(result.records).toEqual(skus.map((record, i) => ({ record, rows: [2 + i] })));
  });

  it("joins 颜色 and 尺码 when the export splits the SKU text", () => {
    const header = ["商品ID", "商品名称", "SKUID", "颜色", "尺码", "拼单价", "库存"];
    const result = map(
      [["601234567892", "卫衣", "1234567890126", "藏青", "XL", "59", "7"]],
      header,
    );
    expect(result.records[0]?.record).toMatchObject({
      skuText: "藏青 XL",
      stock: 7,
      status: "onsale",
    });
  });

  it("reports bad cells with row, header and value; other rows still map", () => {
    const result = map([
      ["601234567893", "袜子", "上架", "1234567890127", "", "", "", "", "", "3", "上架"],
      ["601234567894", "帽子", "已冻住", "1234567890128", "", "", "", "19.9", "", "3", "上架"],
      ["601234567895", "围巾", "上架", "1234567890129", "", "", "", "19.9", "", "3.5", "上架"],
      ["601234567896", "手套", "上架", "123 456", "", "", "", "19.9", "", "3", "上架"],
      ["601234567897", "耳罩", "上架", "1234567890130", "", "", "", "19.9", "", "3", "上架"],
    ]);
    expect(result.issues).toMatchObject([
      { row: 2, column: "拼单价", code: "missing_value", value: "" },
      { row: 3, column: "商品状态", code: "bad_status", value: "已冻住" },
      { row: 4, column: "SKU库存", code: "bad_number", value: "3.5" },
      { row: 5, column: "SKUID", code: "bad_id", value: "123 456" },
    ]);
    expect(result.records.map((m) => m.rows)).toEqual([[6]]);
  });
});
