import type { SpanFiguresDto, TrafficReport } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatCount, formatPercent, NO_VALUE } from "../../lib/format.ts";

type ShopRow = TrafficReport["shops"][number];
type ItemRow = TrafficReport["items"][number];

/** A distinct count the platform did not give for the span: a dash that says why on hover. */
export function UnknownDash({ tip }: { tip: string }) {
  return (
    <span className="traffic-unknown" title={tip}>
      {NO_VALUE}
    </span>
  );
}

type DistinctKey = "visitors" | "buyers" | "cartBuyers" | "conversionRate";

/** Columns of the span figures; distinct counts show a dash with the reason when null. */
function figureColumns<R extends { figures: SpanFiguresDto }>(t: Translate): Array<Column<R>> {
  const tip = t("traffic.unknown.tip");
  const distinct = (key: DistinctKey, ratio = false): Column<R> => ({
    id: key,
    header: t(`traffic.kpi.${key}`),
    kind: ratio ? "ratio" : "count",
    value: (r) => r.figures[key],
    render: (r) => {
      const v = r.figures[key];
      if (v === null) return <UnknownDash tip={tip} />;
      return ratio ? formatPercent(v) : formatCount(v);
    },
  });
  return [
    distinct("visitors"),
    {
      id: "pageViews",
      header: t("traffic.kpi.pageViews"),
      kind: "count",
      value: (r) => r.figures.pageViews,
    },
    distinct("buyers"),
    distinct("conversionRate", true),
    distinct("cartBuyers"),
    {
      id: "paidOrders",
      header: t("traffic.kpi.paidOrders"),
      kind: "count",
      value: (r) => r.figures.paidOrders,
    },
    {
      id: "paidFen",
      header: t("traffic.kpi.paidFen"),
      kind: "fen",
      value: (r) => r.figures.paidFen,
    },
  ];
}

const platformColumn = <R extends { platform: ShopRow["platform"] }>(t: Translate): Column<R> => ({
  id: "platform",
  header: t("report.col.platform"),
  kind: "text",
  value: (r) => t(`platform.${r.platform}`),
  render: (r) => <PlatformBadge platform={r.platform} />,
});

export function shopColumns(t: Translate): Array<Column<ShopRow>> {
  const [visitors, pageViews, ...rest] = figureColumns<ShopRow>(t);
  return [
    platformColumn(t),
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: (r) => r.shopName ?? r.shopId,
      render: (r) => <span className="traffic-nowrap">{r.shopName ?? r.shopId}</span>,
    },
    ...(visitors ? [visitors] : []),
    ...(pageViews ? [pageViews] : []),
    {
      id: "pageViewsVsPrevious",
      header: t("traffic.col.pageViewsVsPrevious"),
      kind: "change",
      value: (r) => r.kpis.pageViews.vsPrevious,
    },
    ...rest,
    {
      id: "missingDays",
      header: t("traffic.col.missingDays"),
      kind: "count",
      value: (r) => r.figures.missingDates.length,
    },
  ];
}

export function itemColumns(
  t: Translate,
  shopName: (r: ItemRow) => string,
): Array<Column<ItemRow>> {
  return [
    platformColumn(t),
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: shopName,
      render: (r) => <span className="traffic-nowrap">{shopName(r)}</span>,
    },
    {
      id: "item",
      header: t("traffic.col.item"),
      kind: "text",
      value: (r) => r.title ?? r.itemId,
      render: (r) => <span className="traffic-name">{r.title ?? r.itemId}</span>,
    },
    { id: "itemId", header: t("traffic.col.itemId"), kind: "text", value: (r) => r.itemId },
    ...figureColumns<ItemRow>(t),
  ];
}
