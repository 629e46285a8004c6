import type { PlatformsReport } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";

type ShopRow = PlatformsReport["shops"][number];
type PlatformRow = PlatformsReport["platforms"][number];

/** Columns shared by every platform/shop sales table (overview and 平台对比). */
function figureColumns<R extends ShopRow | PlatformRow>(t: Translate): Array<Column<R>> {
  return [
    { id: "paid", header: t("metric.paidFen"), kind: "fen", value: (r) => r.figures.paidFen },
    { id: "share", header: t("report.col.share"), kind: "ratio", value: (r) => r.share },
    {
      id: "vsPrevious",
      header: t("kpi.vsPrevious"),
      kind: "change",
      value: (r) => r.kpis.paidFen.vsPrevious,
    },
    {
      id: "vsLastYear",
      header: t("kpi.vsLastYear"),
      kind: "change",
      value: (r) => r.kpis.paidFen.vsLastYear,
    },
    {
      id: "net",
      header: t("metric.netSalesFen"),
      kind: "fen",
      value: (r) => r.figures.netSalesFen,
    },
    { id: "orders", header: t("metric.orders"), kind: "count", value: (r) => r.figures.orders },
    { id: "units", header: t("metric.units"), kind: "count", value: (r) => r.figures.units },
    { id: "buyers", header: t("metric.buyers"), kind: "count", value: (r) => r.figures.buyers },
    { id: "aov", header: t("metric.aovFen"), kind: "fen", value: (r) => r.figures.aovFen },
    { id: "refund", header: t("metric.refundFen"), kind: "fen", value: (r) => r.figures.refundFen },
    {
      id: "refundRate",
      header: t("metric.refundRate"),
      kind: "ratio",
      value: (r) => r.figures.refundRate,
    },
  ];
}

export function platformColumns(t: Translate): Array<Column<PlatformRow>> {
  return [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
    },
    ...figureColumns<PlatformRow>(t),
  ];
}

export function shopColumns(t: Translate): Array<Column<ShopRow>> {
  return [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
    },
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: (r) => r.shopName ?? r.shopId,
    },
    ...figureColumns<ShopRow>(t),
  ];
}
