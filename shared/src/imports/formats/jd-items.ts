import { countCellOrNull, idCell, idCellOrNull, textCellOrNull, yuanCell } from "../cells.ts";
import type { ImportRow } from "../types.ts";
import {
  catalogueFormat,
  listingCell,
  requiredText,
  type SkuRow,
  withStock,
} from "./catalogue-rows.ts";

/**
 * 京东 商品管理 → 商品导出 (.xlsx, header on row 1): one row per SKU, the ware's cells repeated.
 * 商品编码 is the ware (SPU) id, SKU编码 the SKU id, 商家SKU the seller's code, 京东价 the price in
 * yuan, 商品状态 上架/下架. Ids follow capture's ware-row (extension/src/platforms/jd/ware-row.ts):
 * a ware without a SKU id becomes skuId "0" with its 货号 as outer code; a listed SKU with stock
 * 0 is sold out. Stock is the 可用库存 (what can still be sold) when the file has it.
 *
 * Columns as seen in public importers (GitHub code index; the index could not name the
 * repositories behind the ids):
 * - a JD/Tmall catalogue system, index id 61935344570 (jd_product_master rows: 商品编码 as the
 *   SPU, SKUID, 商家SKU, 销售属性, 京东价, 商品总库存, 商品可用库存, 商品状态 "上架", 商品名称, 品牌,
 *   类目名称) and its importer, index id 61929853430 (SKU column found as SKU / SKUID / SKU编码);
 * - a 商智 SKU export reader, index id 57378126407 (SKU, 商品名称, 上下柜状态, 商品价格, 可用库存).
 */

export const JD_ITEMS_PARSER = "import/jd-items@1";

const columns = [
  {
    key: "itemId",
    headers: ["商品编码", "商品ID", "商品id", "SPU编码", "SPUID", "SPU"],
    required: true,
  },
  { key: "title", headers: ["商品名称", "商品标题", "SKU名称"], required: true },
  { key: "price", headers: ["京东价", "京东价(元)", "商品价格", "售价"], required: true },
  {
    key: "skuId",
    headers: ["SKU编码", "SKUID", "SKU ID", "skuId", "SKU编号", "SKU"],
    required: false,
  },
  { key: "skuText", headers: ["销售属性", "SKU属性", "规格"], required: false },
  {
    key: "outerSkuId",
    headers: ["商家SKU", "商家SKU编码", "SKU商家编码", "商家编码"],
    required: false,
  },
  { key: "outerItemId", headers: ["货号", "商品货号"], required: false },
  {
    key: "stock",
    headers: ["商品可用库存", "可用库存", "SKU库存", "库存", "商品总库存", "库存件数"],
    required: false,
  },
  { key: "status", headers: ["商品状态", "SKU状态", "上下柜状态", "状态"], required: false },
] as const;

function readJdRow(row: ImportRow): SkuRow {
  const skuId = idCellOrNull(row, "skuId");
  const stock = countCellOrNull(row, "stock");
  const skuCode = textCellOrNull(row, "outerSkuId", 128);
  return {
    itemId: idCell(row, "itemId"),
    skuId,
    outerSkuId: skuId === null ? (textCellOrNull(row, "outerItemId", 128) ?? skuCode) : skuCode,
    title: requiredText(row, "title"),
    skuText: skuId === null ? null : textCellOrNull(row, "skuText"),
    priceFen: yuanCell(row, "price"),
    stock,
    status: withStock(listingCell(row, "status", "onsale"), stock),
  };
}

export const jdItemsFormat = catalogueFormat({
  id: "jd-items",
  platforms: ["jd"],
  label: { zh: "京东 商品导出", en: "JD product export" },
  columns,
  parser: JD_ITEMS_PARSER,
  readRow: readJdRow,
});
