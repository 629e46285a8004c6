import { type AdFiguresDto, type AdsReport, adChannelLabel, type Locale } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatRoas, isBelowTarget, type RoasTarget } from "./ads-roas.ts";

type PlatformRow = AdsReport["platforms"][number];
type ChannelRow = AdsReport["channels"][number];
type CampaignRow = AdsReport["campaigns"][number];
type ItemRow = AdsReport["items"][number];

const platformColumn = <R extends { platform: PlatformRow["platform"] }>(
  t: Translate,
): Column<R> => ({
  id: "platform",
  header: t("report.col.platform"),
  kind: "text",
  value: (r) => t(`platform.${r.platform}`),
  render: (r) => <PlatformBadge platform={r.platform} />,
});

/** Channel ids (ztc, wxt, jzt …) under the names sellers know (直通车, 万相台, 京准通 …). */
const channelColumn = <R extends { channel: string }>(t: Translate, locale: Locale): Column<R> => ({
  id: "channel",
  header: t("ads.col.channel"),
  kind: "text",
  value: (r) => adChannelLabel(r.channel, locale),
  render: (r) => <span className="ads-nowrap">{adChannelLabel(r.channel, locale)}</span>,
});

/** The figure columns every ad table shares: money and ROAS first, then reach. */
function figureColumns<R extends { figures: AdFiguresDto }>(t: Translate): Array<Column<R>> {
  return [
    { id: "spend", header: t("ads.col.spend"), kind: "fen", value: (r) => r.figures.spendFen },
    {
      id: "gmv",
      header: t("ads.col.gmv"),
      kind: "fen",
      value: (r) => r.figures.attributedFen,
    },
    {
      id: "roas",
      header: t("ads.col.roas"),
      kind: "number",
      // Two decimals in the CSV too; sorting is unaffected at that precision.
      value: (r) => (r.figures.roas === null ? null : Math.round(r.figures.roas * 100) / 100),
      render: (r) => formatRoas(r.figures.roas),
    },
    { id: "acos", header: "ACoS", kind: "ratio", value: (r) => r.figures.acos },
    {
      id: "impressions",
      header: t("ads.kpi.impressions"),
      kind: "count",
      value: (r) => r.figures.impressions,
    },
    { id: "clicks", header: t("ads.kpi.clicks"), kind: "count", value: (r) => r.figures.clicks },
    { id: "ctr", header: t("ads.kpi.ctr"), kind: "ratio", value: (r) => r.figures.ctr },
    { id: "cpc", header: t("ads.kpi.cpcFen"), kind: "fen", value: (r) => r.figures.cpcFen },
    {
      id: "conversion",
      header: t("ads.col.conversion"),
      kind: "ratio",
      value: (r) => r.figures.conversionRate,
    },
    {
      id: "orders",
      header: t("ads.col.orders"),
      kind: "count",
      value: (r) => r.figures.attributedOrders,
    },
  ];
}

const spendChange = <R extends PlatformRow | ChannelRow>(t: Translate): Column<R> => ({
  id: "spendVsPrevious",
  header: t("ads.col.spendVsPrevious"),
  kind: "change",
  value: (r) => r.kpis.spendFen.vsPrevious,
});

export function platformColumns(t: Translate): Array<Column<PlatformRow>> {
  const [spend, ...rest] = figureColumns<PlatformRow>(t);
  return [
    platformColumn(t),
    ...(spend ? [spend] : []),
    spendChange(t),
    { id: "sales", header: t("metric.paidFen"), kind: "fen", value: (r) => r.salesFen },
    {
      id: "spendShare",
      header: t("ads.col.spendShare"),
      kind: "ratio",
      value: (r) => r.spendShare,
    },
    ...rest,
  ];
}

export function channelColumns(t: Translate, locale: Locale): Array<Column<ChannelRow>> {
  const [spend, ...rest] = figureColumns<ChannelRow>(t);
  return [
    platformColumn(t),
    channelColumn(t, locale),
    ...(spend ? [spend] : []),
    { id: "share", header: t("ads.col.spendOfTotal"), kind: "ratio", value: (r) => r.spendOfTotal },
    spendChange(t),
    ...rest,
  ];
}

export function campaignColumns(
  t: Translate,
  locale: Locale,
  target: RoasTarget | null,
): Array<Column<CampaignRow>> {
  const flag: Column<CampaignRow> = {
    id: "target",
    header: t("ads.col.roasTarget"),
    kind: "text",
    value: (r) => (isBelowTarget(r.figures, target) ? t("ads.flag.below") : ""),
    render: (r) =>
      isBelowTarget(r.figures, target) ? (
        <span className="ads-flag" data-testid="roas-below-target">
          {t("ads.flag.below")}
        </span>
      ) : null,
  };
  return [
    platformColumn(t),
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: (r) => r.shopName ?? r.shopId,
      render: (r) => <span className="ads-nowrap">{r.shopName ?? r.shopId}</span>,
    },
    channelColumn(t, locale),
    {
      id: "campaign",
      header: t("ads.col.campaign"),
      kind: "text",
      value: (r) => r.campaignName ?? t("ads.unnamedCampaign", { id: r.campaignId }),
      render: (r) => (
        <span className="ads-name" title={r.campaignId}>
          {r.campaignName ?? t("ads.unnamedCampaign", { id: r.campaignId })}
        </span>
      ),
    },
    ...(target ? [flag] : []),
    ...figureColumns<CampaignRow>(t),
  ];
}

export function itemColumns(t: Translate): Array<Column<ItemRow>> {
  return [
    platformColumn(t),
    {
      id: "item",
      header: t("ads.col.item"),
      kind: "text",
      value: (r) => r.title ?? r.itemId ?? t("ads.noItem"),
      render: (r) => <span className="ads-name">{r.title ?? r.itemId ?? t("ads.noItem")}</span>,
    },
    { id: "itemId", header: t("ads.col.itemId"), kind: "text", value: (r) => r.itemId },
    ...figureColumns<ItemRow>(t),
  ];
}
