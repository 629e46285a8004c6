import type { SpanFiguresDto, TrafficReport } from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";

interface ShopDayRow {
  platform: string;
  shopId: string;
  shopName: string | null;
  date: string;
  figures: SpanFiguresDto;
}

/** CSV: one row per shop and day of the range; unknown figures are empty cells, not 0. */
export function trafficCsv(report: TrafficReport): CsvTable<ShopDayRow> {
  return {
    name: `traffic-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "日期", en: "Date", kind: "date", value: (r) => r.date },
      { zh: "平台", en: "Platform", kind: "text", value: (r) => r.platform },
      { zh: "店铺ID", en: "Shop ID", kind: "text", value: (r) => r.shopId },
      { zh: "店铺", en: "Shop", kind: "text", value: (r) => r.shopName },
      { zh: "访客数", en: "Visitors", kind: "count", value: (r) => r.figures.visitors },
      { zh: "浏览量", en: "Page views", kind: "count", value: (r) => r.figures.pageViews },
      { zh: "支付买家数", en: "Buyers", kind: "count", value: (r) => r.figures.buyers },
      {
        zh: "支付转化率",
        en: "Conversion rate",
        kind: "ratio",
        value: (r) => r.figures.conversionRate,
      },
      {
        zh: "加购人数",
        en: "Add-to-cart buyers",
        kind: "count",
        value: (r) => r.figures.cartBuyers,
      },
      { zh: "支付订单数", en: "Paid orders", kind: "count", value: (r) => r.figures.paidOrders },
      { zh: "支付金额", en: "Paid amount", kind: "fen", value: (r) => r.figures.paidFen },
    ],
    rows: report.shops.flatMap((s) =>
      s.days.map((d) => ({
        platform: s.platform,
        shopId: s.shopId,
        shopName: s.shopName,
        date: d.date,
        figures: d.figures,
      })),
    ),
  };
}
