import type { PlatformsReport } from "@tongshu/shared";
import type { CsvTable } from "./csv.ts";
import type { ReportDefinition } from "./endpoint.ts";
import { type ReportFilter, reportMeta } from "./filter.ts";
import {
  readSalesSlices,
  type SalesSlice,
  salesKpis,
  salesSplits,
  shopNames,
} from "./sales/sales-slices.ts";

async function runPlatforms(db: D1Database, filter: ReportFilter): Promise<PlatformsReport> {
  const [slices, names] = await Promise.all([
    readSalesSlices(db, filter, ["total", "platform", "shop"]),
    shopNames(db, filter.workspaceId),
  ]);
  const total = slices.get("total")?.[0] as SalesSlice;
  return {
    meta: reportMeta(filter),
    total: { figures: total.current, kpis: salesKpis(total) },
    ...salesSplits(slices, names),
  };
}

type ShopRow = PlatformsReport["shops"][number];

/** CSV: one row per shop, figures side by side with share and growth. */
function platformsCsv(report: PlatformsReport): CsvTable<ShopRow> {
  return {
    name: `platforms-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "平台", en: "Platform", kind: "text", value: (r) => r.platform },
      { zh: "店铺ID", en: "Shop ID", kind: "text", value: (r) => r.shopId },
      { zh: "店铺", en: "Shop", kind: "text", value: (r) => r.shopName },
      { zh: "支付金额", en: "GMV", kind: "fen", value: (r) => r.figures.paidFen },
      { zh: "占比", en: "Share", kind: "ratio", value: (r) => r.share },
      { zh: "环比", en: "vs previous", kind: "ratio", value: (r) => r.kpis.paidFen.vsPrevious },
      { zh: "同比", en: "vs last year", kind: "ratio", value: (r) => r.kpis.paidFen.vsLastYear },
      { zh: "净销售额", en: "Net sales", kind: "fen", value: (r) => r.figures.netSalesFen },
      { zh: "支付订单数", en: "Orders", kind: "count", value: (r) => r.figures.orders },
      { zh: "支付件数", en: "Units", kind: "count", value: (r) => r.figures.units },
      { zh: "支付买家数", en: "Buyers", kind: "count", value: (r) => r.figures.buyers },
      { zh: "客单价", en: "AOV", kind: "fen", value: (r) => r.figures.aovFen },
      { zh: "退款金额", en: "Refunds", kind: "fen", value: (r) => r.figures.refundFen },
      { zh: "退款率", en: "Refund rate", kind: "ratio", value: (r) => r.figures.refundRate },
    ],
    rows: report.shops,
  };
}

/** 平台对比: each platform and shop side by side, share of total, 环比/同比 growth. */
export const platformsReport: ReportDefinition<PlatformsReport> = {
  run: runPlatforms,
  csv: platformsCsv,
};
