import { type CustomersReport, RFM_SEGMENTS } from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";
import type { ReportFilter } from "../filter.ts";

interface SegmentRow {
  platform: string;
  segment: string;
  buyers: number;
  share: number | null;
  orders: number;
  paidFen: number;
}

/** CSV: one row per platform and RFM segment (all 8 listed), as of the range end. */
export function customersCsv(report: CustomersReport, filter: ReportFilter): CsvTable<SegmentRow> {
  const label = (id: string) => {
    const seg = RFM_SEGMENTS.find((s) => s.id === id);
    if (!seg) return id;
    return filter.query.lang === "en" ? seg.en : seg.zh;
  };
  return {
    name: `customers-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "平台", en: "Platform", kind: "text", value: (r) => r.platform },
      { zh: "客户分群", en: "Segment", kind: "text", value: (r) => r.segment },
      { zh: "买家数", en: "Buyers", kind: "count", value: (r) => r.buyers },
      { zh: "买家占比", en: "Share of buyers", kind: "ratio", value: (r) => r.share },
      { zh: "近一年订单数", en: "Orders (365 days)", kind: "count", value: (r) => r.orders },
      { zh: "近一年消费金额", en: "Paid (365 days)", kind: "fen", value: (r) => r.paidFen },
    ],
    rows: report.platforms.flatMap((p) =>
      p.rfm.segments.map((s) => ({
        platform: p.platform,
        segment: label(s.segment),
        buyers: s.buyers,
        share: s.share,
        orders: s.orders,
        paidFen: s.paidFen,
      })),
    ),
  };
}
