import { describe, expect, it } from "vitest";
import type { Platform } from "../../schemas/primitives.ts";
import type { Sku } from "../../schemas/sku.ts";
import { JD_ITEMS_PARSER } from "../formats/jd-items.ts";
import { PDD_GOODS_PARSER } from "../formats/pdd-goods.ts";
import { TAOBAO_ITEMS_PARSER } from "../formats/taobao-items.ts";
import { mapImportTable, readImportFile } from "../import-file.ts";
import { jdItemsXlsx, pddGoodsCsv, taobaoItemsXlsx } from "./catalogue-exports.ts";

// The file's time; records carry it as capturedAt.
const CAPTURED_AT = Date.UTC(2026, 11, 1);

function sku(
  platform: Platform,
  parser: string,
  fileName: string,
  fields: Omit<Sku, "kind" | "platform" | "shopId" | "capturedAt" | "source">,
): Sku {
  const source = { url: `import:${fileName}`, parser };
  return { kind: "sku", platform, shopId: "shop-9", capturedAt: CAPTURED_AT, source, ...fields };
}

/** Bytes → the importer's reader (readSheet / CSV decoding, header search) → the format. */
async function readBack(bytes: Uint8Array, fileName: string, platform: Platform) {
  const table = await readImportFile(bytes, fileName);
  if (!table.format) throw new Error(`no format recognised in ${fileName}`);
  // No column of these exports may be taken for a buyer column and dropped.
  expect(table.droppedColumns).toEqual([]);
  const context = {
    platform,
    shopId: "shop-9",
    capturedAt: CAPTURED_AT,
    sourceUrl: `import:${fileName}`,
  };
  const mapped = mapImportTable(table, table.format, context);
  return { table, mapped, records: mapped.records.map((m) => m.record) };
}

describe("taobaoItemsXlsx", () => {
  const file = "宝贝导出.xlsx";
  const t = (fields: Parameters<typeof sku>[3]) => sku("tmall", TAOBAO_ITEMS_PARSER, file, fields);
  const skus = [
    t({
      itemId: "652000000001",
      skuId: "5100000000001",
      outerSkuId: "DRESS-01-BK-M",
      title: "夏季连衣裙，雪纺",
      skuText: "颜色分类:黑色;尺码:M",
      priceFen: 5900,
      stock: 12,
      status: "onsale",
    }),
    t({
      itemId: "652000000001",
      skuId: "5100000000002",
      outerSkuId: null,
      title: "夏季连衣裙，雪纺",
      skuText: "颜色分类:白色;尺码:L",
      priceFen: 6990,
      stock: 0,
      status: "soldout",
    }),
    t({
      itemId: "652000000002",
      skuId: "0",
      outerSkuId: "BAG-01",
      title: "帆布包",
      skuText: null,
      priceFen: 2580,
      stock: 30,
      status: "onsale",
    }),
    t({
      itemId: "652000000003",
      skuId: "0",
      outerSkuId: null,
      title: "马克杯",
      skuText: null,
      priceFen: 7,
      stock: null,
      status: "onsale",
    }),
  ];

  it("writes the 发布模板 the importer reads back into the same SKUs", async () => {
    const { table, mapped, records } = await readBack(await taobaoItemsXlsx(skus), file, "tmall");
    expect([table.fileType, table.format?.id, table.headerRowNumber]).toEqual([
      "xlsx",
      "taobao-items",
      3,
    ]);
    expect(mapped.issues).toEqual([]);
    expect(records).toEqual(skus);
    expect(mapped.records.map((m) => m.rows)).toEqual([[4], [5], [6], [7]]);
  });

  it("is deterministic", async () => {
    expect(await taobaoItemsXlsx(skus)).toEqual(await taobaoItemsXlsx(skus));
  });
});

describe("jdItemsXlsx", () => {
  const file = "商品信息.xlsx";
  const j = (fields: Parameters<typeof sku>[3]) => sku("jd", JD_ITEMS_PARSER, file, fields);
  const skus = [
    j({
      itemId: "100012345678",
      skuId: "100045678901",
      outerSkuId: "CUP-500-RD",
      title: "保温杯 500ml",
      skuText: "红色",
      priceFen: 8900,
      stock: 35,
      status: "onsale",
    }),
    j({
      itemId: "100012345678",
      skuId: "100045678902",
      outerSkuId: "CUP-500-BL",
      title: "保温杯 500ml",
      skuText: "蓝色",
      priceFen: 8900,
      stock: 0,
      status: "soldout",
    }),
    j({
      itemId: "100012345679",
      skuId: "100045678903",
      outerSkuId: null,
      title: "旅行包",
      skuText: null,
      priceFen: 12950,
      stock: null,
      status: "offshelf",
    }),
    j({
      itemId: "100012345680",
      skuId: "0",
      outerSkuId: "UMB-01",
      title: "雨伞",
      skuText: null,
      priceFen: 3500,
      stock: 12,
      status: "offshelf",
    }),
  ];

  it("writes the 商品导出 the importer reads back into the same SKUs", async () => {
    const { table, mapped, records } = await readBack(await jdItemsXlsx(skus), file, "jd");
    expect([table.format?.id, table.headerRowNumber]).toEqual(["jd-items", 1]);
    expect(mapped.issues).toEqual([]);
    expect(records).toEqual(skus);
  });
});

describe("pddGoodsCsv", () => {
  const file = "商品列表.csv";
  const p = (fields: Parameters<typeof sku>[3]) => sku("pdd", PDD_GOODS_PARSER, file, fields);
  const skus = [
    p({
      itemId: "601234567890",
      skuId: "1234567890123",
      outerSkuId: "TS-01-WL",
      title: '纯棉T恤 "宽松", 男女同款',
      skuText: "白色,L",
      priceFen: 2990,
      stock: 100,
      status: "onsale",
    }),
    p({
      itemId: "601234567890",
      skuId: "1234567890124",
      outerSkuId: null,
      title: '纯棉T恤 "宽松", 男女同款',
      skuText: "黑色,L",
      priceFen: 2990,
      stock: 0,
      status: "soldout",
    }),
    p({
      itemId: "601234567890",
      skuId: "1234567890125",
      outerSkuId: "TS-01-GL",
      title: '纯棉T恤 "宽松", 男女同款',
      skuText: "灰色,L",
      priceFen: 3100,
      stock: 5,
      status: "offshelf",
    }),
    p({
      itemId: "601234567891",
      skuId: "0",
      outerSkuId: "CASE-01",
      title: "手机壳",
      skuText: null,
      priceFen: 990,
      stock: null,
      status: "offshelf",
    }),
  ];

  it("writes UTF-8 (BOM) and GBK CSVs the importer reads back into the same SKUs", async () => {
    for (const encoding of ["utf-8", "gbk"] as const) {
      const bytes = await pddGoodsCsv(skus, encoding);
      const { table, mapped, records } = await readBack(bytes, file, "pdd");
      expect([table.encoding, table.format?.id, table.headerRowNumber]).toEqual([
        encoding,
        "pdd-goods",
        1,
      ]);
      expect(mapped.issues).toEqual([]);
      expect(records).toEqual(skus);
    }
  });
});
