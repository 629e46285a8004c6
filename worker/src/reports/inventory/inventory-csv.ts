import type { InventoryOptions, InventoryProduct, InventoryReport } from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";
import type { ReportFilter } from "../filter.ts";

const FLAG_LABELS: Record<keyof InventoryProduct["flags"], { zh: string; en: string }> = {
  lowStock: { zh: "低库存", en: "low stock" },
  overstock: { zh: "积压", en: "overstock" },
  slowMoving: { zh: "滞销", en: "slow-moving" },
  reorder: { zh: "需补货", en: "reorder" },
};

const LIST_FLAGS: Record<
  Exclude<InventoryOptions["list"], "all">,
  keyof InventoryProduct["flags"]
> = { low: "lowStock", over: "overstock", slow: "slowMoving", reorder: "reorder" };

/** The product's flags as one cell: "低库存、需补货". */
export function flagsText(p: InventoryProduct, lang: "zh-CN" | "en"): string {
  const keys = Object.keys(FLAG_LABELS) as Array<keyof InventoryProduct["flags"]>;
  return keys
    .filter((k) => p.flags[k])
    .map((k) => FLAG_LABELS[k][lang === "en" ? "en" : "zh"])
    .join(lang === "en" ? ", " : "、");
}

/** CSV: one row per product (or only one list's products with `list`). */
export function inventoryCsv(
  report: InventoryReport,
  filter: ReportFilter,
  list: InventoryOptions["list"],
): CsvTable<InventoryProduct> {
  const lang = filter.query.lang;
  const rows =
    list === "all" ? report.products : report.products.filter((p) => p.flags[LIST_FLAGS[list]]);
  const velocity = (v: number) => Math.round(v * 100) / 100;
  return {
    name: `inventory-${list}-${report.meta.today}`,
    columns: [
      { zh: "商品", en: "Product", kind: "text", value: (r) => r.name },
      { zh: "商家编码", en: "Outer code", kind: "text", value: (r) => r.outerCode },
      { zh: "库存", en: "Stock", kind: "count", value: (r) => r.stock },
      { zh: "近7天销量", en: "Units 7d", kind: "count", value: (r) => r.units7 },
      { zh: "近7天日均", en: "Per day 7d", kind: "number", value: (r) => velocity(r.velocity7) },
      { zh: "近30天销量", en: "Units 30d", kind: "count", value: (r) => r.units30 },
      { zh: "近30天日均", en: "Per day 30d", kind: "number", value: (r) => velocity(r.velocity30) },
      {
        zh: "可售天数",
        en: "Days of cover",
        kind: "number",
        value: (r) => (r.daysOfCover === null ? null : Math.floor(r.daysOfCover)),
      },
      { zh: "预计断货日期", en: "Stock-out date", kind: "date", value: (r) => r.stockOutDate },
      { zh: "最后销售日期", en: "Last sale", kind: "date", value: (r) => r.lastSaleDate },
      { zh: "标记", en: "Flags", kind: "text", value: (r) => flagsText(r, lang) },
      {
        zh: "建议补货量",
        en: "Reorder quantity",
        kind: "count",
        value: (r) => (r.flags.reorder ? (r.reorder?.quantity ?? null) : null),
      },
    ],
    rows,
  };
}
