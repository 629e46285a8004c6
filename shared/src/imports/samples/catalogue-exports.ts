import type { Sku } from "../../schemas/sku.ts";
import {
  csvBytes,
  groupBy,
  type SampleCell,
  xlsxBytes,
  yuanNumber,
  yuanText,
} from "./sheet-bytes.ts";

/**
 * Product exports written the way the back offices write them (see the formats in
 * ../formats/taobao-items.ts, jd-items.ts, pdd-goods.ts for the layouts and their sources).
 * skuId "0" is an item without variants: its SKU cells stay empty and its outer code goes to the
 * item's column. What a layout cannot carry is lost, as in a real export: 千牛's 发布模板 has no
 * listing status (an off-shelf SKU reads back as on sale), no export carries a sold-out SKU
 * that still shows stock.
 */

const TAOBAO_HEADER = [
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

/** 千牛 宝贝导出: sheet "发布模板", title on row 1, header on row 3, one row per SKU. */
export async function taobaoItemsXlsx(skus: readonly Sku[]): Promise<Uint8Array> {
  const rows: SampleCell[][] = [["发布模板"], [], TAOBAO_HEADER];
  for (const item of groupBy(skus, (s) => s.itemId)) {
    const lowest = Math.min(...item.map((s) => s.priceFen));
    for (const sku of item) {
      const plain = sku.skuId === "0";
      rows.push([
        sku.itemId,
        null,
        null,
        sku.title,
        yuanNumber(lowest),
        null,
        plain ? sku.outerSkuId : null,
        null,
        null,
        plain ? null : sku.skuText,
        null,
        null,
        plain ? null : sku.skuId,
        yuanNumber(sku.priceFen),
        sku.stock,
        plain ? null : sku.outerSkuId,
        null,
        null,
      ]);
    }
  }
  return xlsxBytes(rows, "发布模板");
}

const JD_HEADER = [
  "商品编码",
  "商品名称",
  "SKU编码",
  "商家SKU",
  "货号",
  "销售属性",
  "京东价",
  "商品总库存",
  "商品可用库存",
  "商品状态",
];

/** 京东 商品导出: header on row 1, one row per SKU, 商品状态 上架/下架. */
export async function jdItemsXlsx(skus: readonly Sku[]): Promise<Uint8Array> {
  const rows: SampleCell[][] = [JD_HEADER];
  for (const sku of skus) {
    const plain = sku.skuId === "0";
    rows.push([
      sku.itemId,
      sku.title,
      plain ? null : sku.skuId,
      plain ? null : sku.outerSkuId,
      plain ? sku.outerSkuId : null,
      plain ? null : sku.skuText,
      yuanNumber(sku.priceFen),
      sku.stock,
      sku.stock,
      sku.status === "offshelf" ? "下架" : "上架",
    ]);
  }
  return xlsxBytes(rows, "商品信息");
}

const PDD_HEADER = [
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

/** 拼多多 商品列表导出: CSV (UTF-8 with BOM, or GBK), one row per SKU, yuan prices. */
export async function pddGoodsCsv(
  skus: readonly Sku[],
  encoding: "utf-8" | "gbk" = "utf-8",
): Promise<Uint8Array> {
  const rows: SampleCell[][] = [PDD_HEADER];
  for (const goods of groupBy(skus, (s) => s.itemId)) {
    const goodsOff = goods.every((s) => s.status === "offshelf");
    for (const sku of goods) {
      const plain = sku.skuId === "0";
      rows.push([
        sku.itemId,
        sku.title,
        goodsOff ? "下架" : "上架",
        plain ? null : sku.skuId,
        plain ? null : sku.skuText,
        plain ? sku.outerSkuId : null,
        plain ? null : sku.outerSkuId,
        yuanText(sku.priceFen),
        null,
        sku.stock,
        sku.status === "offshelf" ? "下架" : "上架",
      ]);
    }
  }
  return csvBytes(rows, encoding);
}
