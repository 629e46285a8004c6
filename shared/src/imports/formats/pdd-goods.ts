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
 * 拼多多 商品列表 → 导出 (CSV, UTF-8 or GBK, header on row 1): one row per SKU, the goods' cells
 * repeated. Prices are yuan here (the goodsList API sends fen); the price kept is 拼单价, the
 * group price a buyer normally pays, as capture's goods-list (extension/src/platforms/pdd/
 * goods-list.ts); 单买价 is not stored. A SKU is off the shelf when its goods or itself is
 * (商品状态 / SKU状态 下架), otherwise sold out at stock 0. Outer codes mirror capture too: a SKU
 * carries its SKU编码, a goods row without a SKU id (skuId "0") the goods' 商家编码.
 *
 * Columns as seen in public importers (GitHub code index; the index could not name the
 * repositories behind the ids):
 * - a Pinduoduo shop tool's product CSV import, index id 66566480486 (商品ID, 商品名称, 商品分类,
 *   商品状态, SKUID, SKU编码, SKU属性, 颜色, 尺码, 商家编码, SKU库存, 拼单价, 单买价, 商品参考价, SKU状态;
 *   read as UTF-8, then GB18030/GBK);
 * - a Pinduoduo publisher, index id 59244365695 (拼单价, 单买价, 库存).
 */

export const PDD_GOODS_PARSER = "import/pdd-goods@1";

const columns = [
  { key: "itemId", headers: ["商品ID", "商品id"], required: true },
  { key: "title", headers: ["商品名称", "商品标题"], required: true },
  { key: "price", headers: ["拼单价", "拼团价"], required: true },
  { key: "skuId", headers: ["SKUID", "SKU ID", "skuId"], required: false },
  { key: "skuText", headers: ["SKU属性", "规格"], required: false },
  { key: "color", headers: ["颜色"], required: false },
  { key: "size", headers: ["尺码"], required: false },
  { key: "outerSkuId", headers: ["SKU编码", "SKU商家编码"], required: false },
  { key: "outerItemId", headers: ["商家编码"], required: false },
  { key: "stock", headers: ["SKU库存", "库存", "商品库存"], required: false },
  { key: "goodsStatus", headers: ["商品状态"], required: false },
  { key: "skuStatus", headers: ["SKU状态"], required: false },
  { key: "singlePrice", headers: ["单买价"], required: false },
] as const;

/** SKU属性, or the 颜色/尺码 cells some exports split it into. */
function specText(row: ImportRow): string | null {
  const spec = textCellOrNull(row, "skuText");
  if (spec !== null) return spec;
  const parts = [textCellOrNull(row, "color"), textCellOrNull(row, "size")];
  const known = parts.filter((part): part is string => part !== null);
  return known.length > 0 ? known.join(" ").slice(0, 500) : null;
}

function readPddRow(row: ImportRow): SkuRow {
  const skuId = idCellOrNull(row, "skuId");
  const stock = countCellOrNull(row, "stock");
  const goods = listingCell(row, "goodsStatus", "onsale");
  const sku = listingCell(row, "skuStatus", "onsale");
  const listed = goods === "offshelf" || sku === "offshelf" ? "offshelf" : goods;
  return {
    itemId: idCell(row, "itemId"),
    skuId,
    outerSkuId:
      skuId === null
        ? textCellOrNull(row, "outerItemId", 128)
        : textCellOrNull(row, "outerSkuId", 128),
    title: requiredText(row, "title"),
    skuText: skuId === null ? null : specText(row),
    priceFen: yuanCell(row, "price"),
    stock,
    status: withStock(listed, stock),
  };
}

export const pddGoodsFormat = catalogueFormat({
  id: "pdd-goods",
  platforms: ["pdd"],
  label: { zh: "拼多多 商品列表导出", en: "Pinduoduo goods list export" },
  columns,
  parser: PDD_GOODS_PARSER,
  readRow: readPddRow,
});
