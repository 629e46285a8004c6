import { describe, expect, it } from "vitest";
import type { Sku } from "../../schemas/sku.ts";
import { CAPTURED_AT, importContext, importRows } from "./format-test-support.ts";
import { TAOBAO_ITEMS_PARSER, taobaoItemsFormat } from "./taobao-items.ts";

// The 18-column 发布模板 header (row 3 of the file), 商家编码 and 发货时间 twice.
const HEADER = [
  "商品Id",
  "类目id",
  "类目名称",
  "商品标题",
  "一口价",
  "导购标题",
  "商家编码",
  "发货时间",
  "最长发货时间",
  "销售属性",
  "属性对",
  "发货时间",
  "skuId",
  "价格（元）",
  "数量",
  "商家编码",
  "生产日期（年/月/日）",
  "保质期",
];

/** A 发布模板 row from the cells that matter. */
function row(cells: {
  item: string;
  title: string;
  price: string;
  itemCode?: string;
  props?: string;
  sku?: string;
  skuPrice?: string;
  qty?: string;
  skuCode?: string;
}): string[] {
  const { item, title, price, itemCode = "", props = "", sku = "" } = cells;
  const { skuPrice = "", qty = "", skuCode = "" } = cells;
  return [item, "50010850", "连衣裙", title, price, "", itemCode, "2", "15", props, "", ""].concat([
    sku,
    skuPrice,
    qty,
    skuCode,
    "",
    "",
  ]);
}

const context = importContext("tmall", "items.xlsx");
const base = {
  kind: "sku",
  platform: "tmall",
  shopId: "shop-1",
  capturedAt: CAPTURED_AT,
  source: { url: "import:items.xlsx", parser: TAOBAO_ITEMS_PARSER },
} as const;

function map(cells: string[][], header = HEADER) {
  return taobaoItemsFormat.toRecords(importRows(taobaoItemsFormat, header, cells, 4), context);
}

describe("taobao-items", () => {
  it("maps one record per SKU, the item without variants under skuId 0", () => {
    const result = map([
      row({
        item: "652000000001",
        title: "夏季连衣裙",
        price: "59.00",
        itemCode: "DRESS-01",
        props: "颜色分类:黑色;尺码:M",
        sku: "5100000000001",
        skuPrice: "59.00",
        qty: "12",
        skuCode: "DRESS-01-BK-M",
      }),
      row({
        item: "652000000001",
        title: "夏季连衣裙",
        price: "59.00",
        itemCode: "DRESS-01",
        props: "颜色分类:白色;尺码:L",
        sku: "5100000000002",
        skuPrice: "69.90",
        qty: "0",
        skuCode: "DRESS-01-WH-L",
      }),
      row({ item: "652000000002", title: "帆布包", price: "25.80", itemCode: "BAG-01", qty: "30" }),
      row({
        item: "652000000003",
        title: "马克杯",
        price: "19.9",
        sku: "5100000000003",
        skuPrice: "19.9",
      }),
    ]);
    expect(result.issues).toEqual([]);
    const skus: Sku[] = [
      {
        ...base,
        itemId: "652000000001",
        skuId: "5100000000001",
        outerSkuId: "DRESS-01-BK-M",
        title: "夏季连衣裙",
        skuText: "颜色分类:黑色;尺码:M",
        priceFen: 5900,
        stock: 12,
        status: "onsale",
      },
      {
        ...base,
        itemId: "652000000001",
        skuId: "5100000000002",
        outerSkuId: "DRESS-01-WH-L",
        title: "夏季连衣裙",
        skuText: "颜色分类:白色;尺码:L",
        priceFen: 6990,
        stock: 0,
        status: "soldout",
      },
      {
        ...base,
        itemId: "652000000002",
        skuId: "0",
        outerSkuId: "BAG-01",
        title: "帆布包",
        skuText: null,
        priceFen: 2580,
        stock: 30,
        status: "onsale",
      },
      {
        ...base,
        itemId: "652000000003",
        skuId: "5100000000003",
        outerSkuId: null,
        title: "马克杯",
        skuText: null,
        priceFen: 1990,
        stock: null,
        status: "onsale",
      },
    ];
    expect(result.records).toEqual(skus.map((record, i) => ({ record, rows: [4 + i] })));
  });

  it("reads a 商品状态 column where a file has one (仓库中 is off the shelf)", () => {
    const header = ["商品ID", "商品标题", "一口价", "商家编码", "数量", "商品状态"];
    const result = map(
      [
        ["652000000004", "旧款围巾", "45.00", "SCARF-01", "8", "仓库中"],
        ["652000000005", "手套", "30", "", "0", "出售中"],
      ],
      header,
    );
    expect(result.issues).toEqual([]);
    expect(result.records.map((m) => m.record)).toMatchObject([
      { itemId: "652000000004", skuId: "0", outerSkuId: "SCARF-01", stock: 8, status: "offshelf" },
      { itemId: "652000000005", skuId: "0", outerSkuId: null, stock: 0, status: "soldout" },
    ]);
  });

  it("names the row, the file's header and the cell of every bad value; other rows still map", () => {
    const good = row({ item: "652000000009", title: "好商品", price: "10", sku: "51", qty: "1" });
    const result = map([
      row({ item: "652000000006", title: "坏价格", price: "10", sku: "52", skuPrice: "12.3.4" }),
      row({ item: "", title: "没有商品号", price: "10", sku: "53" }),
      row({ item: "652000000007", title: "坏库存", price: "10", sku: "54", qty: "三件" }),
      good,
      row({ item: "6.52E+11", title: "科学计数", price: "10", sku: "55" }),
    ]);
    expect(result.issues).toMatchObject([
      { row: 4, column: "价格（元）", code: "bad_money", value: "12.3.4" },
      { row: 5, column: "商品Id", code: "missing_value", value: "" },
      { row: 6, column: "数量", code: "bad_number", value: "三件" },
      { row: 8, column: "商品Id", code: "bad_id", value: "6.52E+11" },
    ]);
    expect(result.records.map((m) => [m.rows, m.record.kind === "sku" && m.record.itemId])).toEqual(
      [[[7], "652000000009"]],
    );
  });

  it("needs a SKU id on each row of an item with several rows, and keeps a repeated SKU once", () => {
    const result = map([
      row({ item: "652000000008", title: "T恤", price: "39", sku: "61", qty: "3" }),
      row({ item: "652000000008", title: "T恤", price: "39", qty: "4" }),
      row({ item: "652000000008", title: "T恤", price: "39", sku: "61", qty: "5" }),
    ]);
    expect(result.issues).toMatchObject([
      { row: 5, column: "skuId", code: "missing_value" },
      { row: 6, column: "skuId", code: "inconsistent", value: "61" },
    ]);
    expect(result.records.map((m) => m.rows)).toEqual([[4]]);
  });
});
