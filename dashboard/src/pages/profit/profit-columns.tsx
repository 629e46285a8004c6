import type { ProfitFiguresDto, ProfitReport } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { MessageKey, Translate } from "../../i18n/translate.ts";
import { formatCount } from "../../lib/format.ts";

interface FigureRow {
  figures: ProfitFiguresDto;
  uncostedUnits: number;
}
type Part = "revenue" | "refund" | "net" | "cogs" | "fees" | "ads" | "shipping" | "other";

const PART_COLUMNS: Record<Part, { key: keyof ProfitFiguresDto; header: MessageKey }> = {
  revenue: { key: "revenueFen", header: "profit.metric.revenueFen" },
  refund: { key: "refundFen", header: "metric.refundFen" },
  net: { key: "netSalesFen", header: "metric.netSalesFen" },
  cogs: { key: "cogsFen", header: "profit.metric.cogsFen" },
  fees: { key: "feesFen", header: "profit.step.fees" },
  ads: { key: "adSpendFen", header: "profit.metric.adSpendFen" },
  shipping: { key: "shippingFen", header: "profit.metric.shippingFen" },
  other: { key: "otherFen", header: "profit.metric.otherFen" },
};

const ALL_PARTS: Part[] = ["revenue", "refund", "net", "cogs", "fees", "ads", "shipping", "other"];
/** Items carry no shipping or other costs (those stay at shop level), so their tables skip them. */
const ITEM_PARTS: Part[] = ["net", "cogs", "fees", "ads"];

/** A count that flags units left out of the cost of goods. */
function UncostedCell({ units }: { units: number }) {
  return units > 0 ? (
    <span className="profit-uncosted">{formatCount(units)}</span>
  ) : (
    formatCount(units)
  );
}

/** The money parts, profit, margin and uncosted units of any profit slice. */
export function figureColumns<R extends FigureRow>(
  t: Translate,
  parts: Part[] = ALL_PARTS,
): Array<Column<R>> {
  // Profit and margin lead so they stay in view when a narrow screen scrolls the parts.
  return [
    {
      id: "profit",
      header: t("profit.metric.profitFen"),
      kind: "fen",
      value: (r) => r.figures.profitFen,
    },
    {
      id: "margin",
      header: t("profit.metric.marginRate"),
      kind: "ratio",
      value: (r) => r.figures.marginRate,
    },
    ...parts.map(
      (part): Column<R> => ({
        id: part,
        header: t(PART_COLUMNS[part].header),
        kind: "fen",
        value: (r) => r.figures[PART_COLUMNS[part].key],
      }),
    ),
    {
      id: "uncosted",
      header: t("profit.metric.uncostedUnits"),
      kind: "count",
      value: (r) => r.uncostedUnits,
      render: (r) => <UncostedCell units={r.uncostedUnits} />,
    },
  ];
}

type PlatformRow = ProfitReport["byPlatform"][number];
type ShopRow = ProfitReport["byShop"][number];
type DayRow = ProfitReport["byDay"][number];
type ProductRow = ProfitReport["byProduct"]["rows"][number];
type SkuRow = ProfitReport["bySku"]["rows"][number];

/** Platform column: a null platform is costs booked for the whole workspace, not a platform. */
function platformColumn<R extends { platform: PlatformRow["platform"] }>(t: Translate): Column<R> {
  return {
    id: "platform",
    header: t("report.col.platform"),
    kind: "text",
    value: (r) => (r.platform ? t(`platform.${r.platform}`) : t("profit.scope.workspace")),
    render: (r) =>
      r.platform ? (
        <PlatformBadge platform={r.platform} />
      ) : (
        <span className="muted profit-nowrap">{t("profit.scope.workspace")}</span>
      ),
  };
}

export const platformColumns = (t: Translate): Array<Column<PlatformRow>> => [
  platformColumn<PlatformRow>(t),
  ...figureColumns<PlatformRow>(t),
];

export const shopColumns = (t: Translate): Array<Column<ShopRow>> => [
  platformColumn<ShopRow>(t),
  {
    id: "shop",
    header: t("report.col.shop"),
    kind: "text",
    value: (r) =>
      r.shopId === null
        ? r.platform
          ? t("profit.scope.platform")
          : t("profit.scope.workspace")
        : (r.shopName ?? r.shopId),
    render: (r) =>
      r.shopId === null ? (
        <span className="muted profit-nowrap">
          {r.platform ? t("profit.scope.platform") : t("profit.scope.workspace")}
        </span>
      ) : (
        <span className="profit-nowrap">{r.shopName ?? r.shopId}</span>
      ),
  },
  ...figureColumns<ShopRow>(t),
];

export const dayColumns = (t: Translate): Array<Column<DayRow>> => [
  { id: "date", header: t("profit.col.date"), kind: "text", value: (r) => r.date },
  ...figureColumns<DayRow>(t),
];

const unitColumns = <R extends { units: number; refundedUnits: number }>(
  t: Translate,
): Array<Column<R>> => [
  { id: "units", header: t("metric.units"), kind: "count", value: (r) => r.units },
  {
    id: "refundedUnits",
    header: t("profit.metric.refundedUnits"),
    kind: "count",
    value: (r) => r.refundedUnits,
  },
];

export const productColumns = (t: Translate): Array<Column<ProductRow>> => [
  {
    id: "product",
    header: t("profit.col.product"),
    kind: "text",
    value: (r) => r.name,
    render: (r) => <span className="profit-item-name">{r.name}</span>,
  },
  {
    id: "outerCode",
    header: t("profit.col.outerCode"),
    kind: "text",
    value: (r) => r.outerCode,
    render: (r) => <span className="profit-nowrap">{r.outerCode ?? "—"}</span>,
  },
  {
    id: "platforms",
    header: t("report.col.platform"),
    kind: "text",
    value: (r) => r.platforms.map((p) => t(`platform.${p}`)).join(" "),
    render: (r) => (
      <span className="profit-badges">
        {r.platforms.map((p) => (
          <PlatformBadge key={p} platform={p} />
        ))}
      </span>
    ),
  },
  ...figureColumns<ProductRow>(t, ITEM_PARTS),
  ...unitColumns<ProductRow>(t),
];

export const skuColumns = (t: Translate): Array<Column<SkuRow>> => [
  {
    id: "platform",
    header: t("report.col.platform"),
    kind: "text",
    value: (r) => t(`platform.${r.platform}`),
    render: (r) => <PlatformBadge platform={r.platform} />,
  },
  {
    id: "product",
    header: t("profit.col.product"),
    kind: "text",
    value: (r) => (r.skuText ? `${r.title} ${r.skuText}` : r.title),
    render: (r) => (
      <span className="profit-item-name">
        {r.title}
        {r.skuText ? <span className="muted profit-item-sku">{r.skuText}</span> : null}
      </span>
    ),
  },
  {
    id: "sku",
    header: t("profit.col.sku"),
    kind: "text",
    value: (r) => r.outerSkuId ?? r.skuId,
    render: (r) => <span className="profit-nowrap">{r.outerSkuId ?? r.skuId}</span>,
  },
  ...figureColumns<SkuRow>(t, ITEM_PARTS),
  ...unitColumns<SkuRow>(t),
];
