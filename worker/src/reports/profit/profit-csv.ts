import type { ProfitReport } from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";

type DayRow = ProfitReport["byDay"][number];

/** CSV: one row per day of the range with every step of the profit waterfall. */
export function profitCsv(report: ProfitReport): CsvTable<DayRow> {
  return {
    name: `profit-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "日期", en: "Date", kind: "date", value: (r) => r.date },
      { zh: "支付金额", en: "Revenue", kind: "fen", value: (r) => r.figures.revenueFen },
      { zh: "退款金额", en: "Refunds", kind: "fen", value: (r) => r.figures.refundFen },
      { zh: "净销售额", en: "Net sales", kind: "fen", value: (r) => r.figures.netSalesFen },
      { zh: "商品成本", en: "Cost of goods", kind: "fen", value: (r) => r.figures.cogsFen },
      { zh: "平台佣金及服务费", en: "Platform fees", kind: "fen", value: (r) => r.figures.feesFen },
      { zh: "推广花费", en: "Ad spend", kind: "fen", value: (r) => r.figures.adSpendFen },
      { zh: "运费", en: "Shipping", kind: "fen", value: (r) => r.figures.shippingFen },
      { zh: "其他费用", en: "Other costs", kind: "fen", value: (r) => r.figures.otherFen },
      { zh: "利润", en: "Profit", kind: "fen", value: (r) => r.figures.profitFen },
      { zh: "利润率", en: "Margin", kind: "ratio", value: (r) => r.figures.marginRate },
      {
        zh: "未计成本件数",
        en: "Units without cost",
        kind: "count",
        value: (r) => r.uncostedUnits,
      },
    ],
    rows: report.byDay,
  };
}
