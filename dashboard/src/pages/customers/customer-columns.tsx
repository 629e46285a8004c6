import { type Locale, RFM_SEGMENTS } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";
import type { PlatformCustomerRow, SegmentRow } from "./customers-data.ts";

/** A segment's name in the page language (the shared list holds both, as the server CSV uses). */
export function segmentName(id: SegmentRow["segment"], locale: Locale): string {
  const seg = RFM_SEGMENTS.find((s) => s.id === id);
  return seg ? (locale === "en" ? seg.en : seg.zh) : id;
}

export function segmentColumns(t: Translate, locale: Locale): Array<Column<SegmentRow>> {
  const level = (high: boolean) => t(high ? "customers.rfm.high" : "customers.rfm.low");
  const profile = (r: SegmentRow) =>
    t("customers.rfm.profile", { r: level(r.r), f: level(r.f), m: level(r.m) });
  return [
    {
      id: "segment",
      header: t("customers.col.segment"),
      kind: "text",
      value: (r) => segmentName(r.segment, locale),
      render: (r) => <span className="nowrap">{segmentName(r.segment, locale)}</span>,
    },
    {
      id: "profile",
      header: t("customers.col.profile"),
      kind: "text",
      value: (r) => profile(r),
      render: (r) => <span className="nowrap">{profile(r)}</span>,
    },
    { id: "buyers", header: t("customers.col.buyers"), kind: "count", value: (r) => r.buyers },
    { id: "share", header: t("report.col.share"), kind: "ratio", value: (r) => r.share },
    { id: "orders", header: t("customers.col.orders"), kind: "count", value: (r) => r.orders },
    { id: "paid", header: t("customers.col.paid"), kind: "fen", value: (r) => r.paidFen },
    {
      id: "perBuyer",
      header: t("customers.col.paidPerBuyer"),
      kind: "fen",
      value: (r) => r.paidPerBuyerFen,
    },
    {
      id: "advice",
      header: t("customers.col.advice"),
      kind: "text",
      value: (r) => t(`customers.advice.${r.segment}`),
      render: (r) => <span className="segment-advice">{t(`customers.advice.${r.segment}`)}</span>,
      sortable: false,
    },
  ];
}

/** Platform columns; the unknown-buyer column only when some orders lack a buyer key. */
export function platformCustomerColumns(
  t: Translate,
  withUnknown: boolean,
): Array<Column<PlatformCustomerRow>> {
  const columns: Array<Column<PlatformCustomerRow>> = [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
    },
    { id: "buyers", header: t("metric.buyers"), kind: "count", value: (r) => r.buyers },
    {
      id: "new",
      header: t("customers.kpi.newBuyers"),
      kind: "count",
      value: (r) => r.newBuyers.buyers,
    },
    {
      id: "returning",
      header: t("customers.kpi.returningBuyers"),
      kind: "count",
      value: (r) => r.returningBuyers.buyers,
    },
    {
      id: "returningShare",
      header: t("customers.kpi.returningShare"),
      kind: "ratio",
      value: (r) => r.returningShare,
    },
    {
      id: "newPaid",
      header: t("customers.col.newPaid"),
      kind: "fen",
      value: (r) => r.newBuyers.paidFen,
    },
    {
      id: "returningPaid",
      header: t("customers.col.returningPaid"),
      kind: "fen",
      value: (r) => r.returningBuyers.paidFen,
    },
    { id: "aov", header: t("metric.aovFen"), kind: "fen", value: (r) => r.aovFen },
    {
      id: "d30",
      header: t("customers.kpi.repurchaseD30"),
      kind: "ratio",
      value: (r) => r.repurchase.d30.rate,
    },
    {
      id: "d90",
      header: t("customers.kpi.repurchaseD90"),
      kind: "ratio",
      value: (r) => r.repurchase.d90.rate,
    },
    {
      id: "unknown",
      header: t("customers.col.unknownOrders"),
      kind: "count",
      value: (r) => r.unknownBuyerOrders.orders,
    },
    {
      id: "rfmBuyers",
      header: t("customers.kpi.rfmBuyers"),
      kind: "count",
      value: (r) => r.rfm.buyers,
    },
  ];
  return withUnknown ? columns : columns.filter((c) => c.id !== "unknown");
}
