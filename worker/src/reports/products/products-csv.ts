import { formatFen, type ProductRow, type ProductsReport } from "@tongshu/shared";
import type { CsvColumn, CsvTable } from "../csv.ts";
import type { ReportFilter } from "../filter.ts";
import { platformLabel } from "./platform-labels.ts";

const yuan = (fen: number) => formatFen(fen).replaceAll(",", "");

/** "淘宝 ¥100.00 / 京东 ¥150.00": a product's sales per platform in one readable cell. */
export function platformSplitText(row: ProductRow, lang: "zh-CN" | "en"): string {
  return row.platforms
    .map((p) => `${platformLabel(p.platform, lang)} ${yuan(p.paidFen)}`)
    .join(" / ");
}

/** CSV: one row per product, in the ranking's order; cost columns only for cost seers. */
export function productsCsv(report: ProductsReport, filter: ReportFilter): CsvTable<ProductRow> {
  const lang = filter.query.lang;
  const costs: Array<CsvColumn<ProductRow>> = report.costsVisible
    ? [
        { zh: "成本", en: "Cost", kind: "fen", value: (r) => r.costFen },
        { zh: "毛利", en: "Margin", kind: "fen", value: (r) => r.marginFen },
        { zh: "毛利率", en: "Margin rate", kind: "ratio", value: (r) => r.marginRate },
      ]
    : [];
  return {
    name: `products-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "排名", en: "Rank", kind: "count", value: (r) => r.rank },
      { zh: "商品", en: "Product", kind: "text", value: (r) => r.name },
      { zh: "商家编码", en: "Outer code", kind: "text", value: (r) => r.outerCode },
      { zh: "ABC分类", en: "ABC", kind: "text", value: (r) => r.abc },
      { zh: "支付金额", en: "Sales", kind: "fen", value: (r) => r.paidFen },
      { zh: "支付件数", en: "Units", kind: "count", value: (r) => r.units },
      { zh: "退款金额", en: "Refunds", kind: "fen", value: (r) => r.refundFen },
      { zh: "退款率", en: "Refund rate", kind: "ratio", value: (r) => r.refundRate },
      ...costs,
      {
        zh: "支付金额环比",
        en: "Sales vs previous",
        kind: "ratio",
        value: (r) => r.paidVsPrevious,
      },
      { zh: "件数环比", en: "Units vs previous", kind: "ratio", value: (r) => r.unitsVsPrevious },
      { zh: "平台分布", en: "By platform", kind: "text", value: (r) => platformSplitText(r, lang) },
    ],
    rows: report.products,
  };
}
