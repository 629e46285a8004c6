import {
  countCellOrNull,
  idCell,
  idCellOrNull,
  isEmptyCell,
  textCellOrNull,
  yuanCell,
} from "../cells.ts";
import type { ImportRow } from "../types.ts";
import {
  catalogueFormat,
  listingCell,
  requiredText,
  type SkuRow,
  withStock,
} from "./catalogue-rows.ts";

/**
 * 千牛 出售中/仓库中的宝贝 → 批量导出 (.xlsx, sheet "发布模板": a title row, a blank row, the header
 * on row 3): one row per SKU, the item's cells repeated. The header repeats 商家编码 (the item's,
 * then the SKU's after skuId) and 发货时间; 价格（元）/数量 are the SKU's price and stock. The layout
 * has no listing status: like capture's item editor (extension/src/platforms/taobao/
 * item-editor.ts) a SKU is on sale, or sold out at stock 0; a 商品状态 column, where a file has
 * one, is read. An item without variants has no skuId and becomes skuId "0" with the item's
 * 一口价 and 商家编码, as the editor does.
 *
 * Columns as seen in public importers (GitHub code index; the index could not name the
 * repositories behind the ids):
 * - a Tmall product-master importer, index id 68338973743 (lib/netshop/import-service.ts: sheet
 *   "发布模板", headers 商品ID 类目ID 类目名称 商品标题 一口价 导购标题 商家编码 发货时间 最长发货时间
 *   销售属性 属性对 发货时间 SKUID 价格(元) 数量 商家编码 生产日期 保质期, the second 商家编码 being the
 *   SKU's) and its test, index id 61952867325 (the 16- and 18-column variants, "商品Id", "skuId",
 *   "价格（元）", title "发布模板" on row 1 and the header on row 3);
 * - the same system's catalogue reader, index id 61935344570 (SKU价格, SKU库存, SKU商家编码, 销售属性).
 */

export const TAOBAO_ITEMS_PARSER = "import/taobao-items@1";

const columns = [
  { key: "itemId", headers: ["商品Id", "商品ID", "商品id", "宝贝ID", "宝贝id"], required: true },
  { key: "title", headers: ["商品标题", "宝贝标题", "宝贝名称", "标题"], required: true },
  { key: "itemPrice", headers: ["一口价", "宝贝价格"], required: true },
  { key: "outerItemId", headers: ["商品商家编码", "商家编码"], required: false },
  { key: "skuText", headers: ["销售属性", "SKU属性"], required: false },
  { key: "skuId", headers: ["skuId", "SKUID", "SKU ID", "SkuId", "skuid"], required: false },
  { key: "skuPrice", headers: ["价格(元)", "SKU价格", "sku价格"], required: false },
  { key: "stock", headers: ["数量", "SKU库存", "库存", "宝贝数量"], required: false },
  { key: "outerSkuId", headers: ["SKU商家编码", "商家编码#2"], required: false },
  { key: "status", headers: ["商品状态", "宝贝状态", "状态"], required: false },
  { key: "categoryId", headers: ["类目id", "类目ID"], required: false },
] as const;

function readTaobaoRow(row: ImportRow): SkuRow {
  const skuId = idCellOrNull(row, "skuId");
  const stock = countCellOrNull(row, "stock");
  const itemCode = textCellOrNull(row, "outerItemId", 128);
  const skuCode = textCellOrNull(row, "outerSkuId", 128);
  return {
    itemId: idCell(row, "itemId"),
    skuId,
    // capture: a SKU carries skuOuterId; an item without variants the item's outerId.
    outerSkuId: skuId === null ? (itemCode ?? skuCode) : skuCode,
    title: requiredText(row, "title"),
    skuText: skuId === null ? null : textCellOrNull(row, "skuText"),
    priceFen: isEmptyCell(row.get("skuPrice"))
      ? yuanCell(row, "itemPrice")
      : yuanCell(row, "skuPrice"),
    stock,
    status: withStock(listingCell(row, "status", "onsale"), stock),
  };
}

export const taobaoItemsFormat = catalogueFormat({
  id: "taobao-items",
  platforms: ["taobao", "tmall"],
  label: { zh: "千牛 宝贝导出（发布模板）", en: "Qianniu item export (publish template)" },
  columns,
  parser: TAOBAO_ITEMS_PARSER,
  readRow: readTaobaoRow,
});
