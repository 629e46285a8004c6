import { describe, expect, it } from "vitest";
import type { Sku } from "../../schemas/sku.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { JD_ITEMS_PARSER, jdItemsFormat } from "./jd-items.ts";

const HEADER = [
  "商品编码",
  "商品名称",
  "SKU编码",
  "商家SKU",
  "销售属性",
  "京东价",
  "商品总库存",
  "商品可用库存",
  "商品状态",
  "品牌",
];

const context = importContext("jd", "wares.xlsx");
const base = {
  kind: "sku",
  platform: "jd",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:wares.xlsx", parser: JD_ITEMS_PARSER },
} as const;

function map(cells: string[][], header = HEADER) {
  return jdItemsFormat.toRecords(importRows(jdItemsFormat, header, cells, 2), context);
}

describe("jd-items", () => {
  it("maps one record per SKU with 可用库存 as stock and 上架/下架 as listing", () => {
    const result = map([
      [
        "100012345678",
        "保温杯 500ml",
        "100045678901",
        "CUP-500-RD",
        "红色",
        "89.00",
        "40",
        "35",
        "上架",
        "X",
      ],
      [
        "100012345678",
        "保温杯 500ml",
        "100045678902",
        "CUP-500-BL",
        "蓝色",
        "89",
        "0",
        "0",
        "上架",
        "X",
      ],
      ["100012345679", "旅行包", "100045678903", "", "-", "129.50", "", "", "下架", "X"],
    ]);
    expect(result.issues).toEqual([]);
    const skus: Sku[] = [
      {
        ...base,
        itemId: "100012345678",
        skuId: "100045678901",
        outerSkuId: "CUP-500-RD",
        title: "保温杯 500ml",
        skuText: "红色",
        priceFen: 8900,
        stock: 35,
        status: "onsale",
      },
      {
        ...base,
        itemId: "100012345678",
        skuId: "100045678902",
        outerSkuId: "CUP-500-BL",
        title: "保温杯 500ml",
        skuText: "蓝色",
        priceFen: 8900,
        stock: 0,
        status: "soldout",
      },
      {
        ...base,
        itemId: "100012345679",
        skuId: "100045678903",
        outerSkuId: null,
        title: "旅行包",
        skuText: null,
        priceFen: 12950,
        stock: null,
        status: "offshelf",
      },
    ];
    expect(result.records).toEqual(skus.map((record, i) => ({ record, rows: [2 + i] })));
  });

  it("reads a ware without a SKU id as skuId 0 with its 货号, as capture's ware-row", () => {
    const header = ["商品编码", "商品名称", "SKU编码", "货号", "京东价", "库存", "商品状态"];
    const result = map([["100012345680", "雨伞", "", "UMB-01", "35", "12", "在售"]], header);
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({
      itemId: "100012345680",
      skuId: "0",
      outerSkuId: "UMB-01",
      priceFen: 3500,
      stock: 12,
      status: "onsale",
    });
  });

  it("reports bad cells with row, header and value; other rows still map", () => {
    const result = map([
      ["100012345681", "水杯", "100045678904", "", "", "12.345", "1", "1", "上架", ""],
      ["100012345682", "水壶", "1.00046E+11", "", "", "20", "1", "1", "上架", ""],
      ["100012345683", "茶壶", "100045678906", "", "", "20", "1", "1", "审批中?", ""],
      ["100012345684", "", "100045678907", "", "", "20", "1", "1", "上架", ""],
      ["100012345685", "茶杯", "100045678908", "", "", "20", "-3", "-3", "上架", ""],
      ["100012345686", "茶盘", "100045678909", "", "", "20", "2", "2", "上架", ""],
    ]);
    expect(result.issues).toMatchObject([
      { row: 2, column: "京东价", code: "bad_money", value: "12.345" },
      { row: 3, column: "SKU编码", code: "bad_id", value: "1.00046E+11" },
      { row: 4, column: "商品状态", code: "bad_status", value: "审批中?" },
      { row: 5, column: "商品名称", code: "missing_value", value: "" },
      { row: 6, column: "商品可用库存", code: "bad_number", value: "-3" },
    ]);
    expect(result.records.map((m) => m.rows)).toEqual([[7]]);
  });
});
