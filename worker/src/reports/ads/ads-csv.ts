import { type AdsReport, adChannelLabel } from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";
import type { ReportFilter } from "../filter.ts";

type CampaignRow = AdsReport["campaigns"][number];

/** CSV: one row per campaign of the range, most spend first. */
export function adsCsv(report: AdsReport, filter: ReportFilter): CsvTable<CampaignRow> {
  const lang = filter.query.lang;
  return {
    name: `ads-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "平台", en: "Platform", kind: "text", value: (r) => r.platform },
      { zh: "店铺ID", en: "Shop ID", kind: "text", value: (r) => r.shopId },
      { zh: "店铺", en: "Shop", kind: "text", value: (r) => r.shopName },
      { zh: "渠道", en: "Channel", kind: "text", value: (r) => adChannelLabel(r.channel, lang) },
      { zh: "计划ID", en: "Campaign ID", kind: "text", value: (r) => r.campaignId },
      { zh: "计划名称", en: "Campaign", kind: "text", value: (r) => r.campaignName },
      { zh: "花费", en: "Spend", kind: "fen", value: (r) => r.figures.spendFen },
      { zh: "展现量", en: "Impressions", kind: "count", value: (r) => r.figures.impressions },
      { zh: "点击量", en: "Clicks", kind: "count", value: (r) => r.figures.clicks },
      { zh: "点击率", en: "CTR", kind: "ratio", value: (r) => r.figures.ctr },
      { zh: "平均点击花费", en: "CPC", kind: "fen", value: (r) => r.figures.cpcFen },
      { zh: "转化率", en: "Conversion", kind: "ratio", value: (r) => r.figures.conversionRate },
      {
        zh: "成交订单数",
        en: "Attributed orders",
        kind: "count",
        value: (r) => r.figures.attributedOrders,
      },
      { zh: "成交金额", en: "Attributed GMV", kind: "fen", value: (r) => r.figures.attributedFen },
      {
        zh: "投入产出比",
        en: "ROAS",
        kind: "number",
        value: (r) => (r.figures.roas === null ? null : r.figures.roas.toFixed(2)),
      },
      { zh: "ACoS", en: "ACoS", kind: "ratio", value: (r) => r.figures.acos },
    ],
    rows: report.campaigns,
  };
}
