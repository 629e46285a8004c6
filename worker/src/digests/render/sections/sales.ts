import { platformLabel } from "../../../reports/products/platform-labels.ts";
import type { DigestContent } from "../../content.ts";
import { changeBadge } from "../blocks.ts";
import { dataTable } from "../data-table.ts";
import { formatChange, formatCount, formatMoney, formatPercent } from "../format.ts";
import type { Html } from "../html.ts";
import { type Kpi, kpiGrid, kpiText } from "../kpi.ts";
import { PLATFORM_COLORS } from "../palette.ts";
import { nameWithShare } from "../share-cell.ts";
import { textTable } from "../text.ts";
import type { Translate } from "../translate.ts";
import { type Block, emptyNote, type SectionInput, section, subheading } from "./block.ts";

function salesKpis(sales: DigestContent["sales"], t: Translate): Kpi[] {
  return [
    { label: t("metric.paidFen"), figure: sales.paidFen, unit: "fen" },
    { label: t("metric.netSalesFen"), figure: sales.netSalesFen, unit: "fen" },
    { label: t("metric.orders"), figure: sales.orders, unit: "count" },
    { label: t("metric.aovFen"), figure: sales.aovFen, unit: "fen" },
    { label: t("metric.refundRate"), figure: sales.refundRate, unit: "ratio" },
  ];
}

/** Nothing paid and no orders (or nothing known): the period had no sales. */
const hasNoSales = (sales: DigestContent["sales"]) =>
  (sales.paidFen.value ?? 0) === 0 && (sales.orders.value ?? 0) === 0;

function platformBlock({ content, t }: SectionInput): { html: Html[]; text: string[] } {
  const rows = content.sales.platforms;
  if (rows.length === 0) return { html: [], text: [] };
  const lang = content.locale;
  const table = dataTable(
    [
      { label: t("col.platform") },
      { label: t("col.paid"), numeric: true },
      { label: t("col.orders"), numeric: true },
      { label: t("col.change"), numeric: true },
    ],
    rows.map((r) => [
      nameWithShare(platformLabel(r.platform, lang), r.share, PLATFORM_COLORS[r.platform]),
      formatMoney(r.paidFen),
      formatCount(r.orders),
      changeBadge(r.vsPrevious),
    ]),
  );
  const text = textTable(
    [
      [t("col.platform"), t("col.paid"), t("col.orders"), t("col.share"), t("col.change")],
      ...rows.map((r) => [
        platformLabel(r.platform, lang),
        formatMoney(r.paidFen),
        formatCount(r.orders),
        formatPercent(r.share),
        formatChange(r.vsPrevious).text,
      ]),
    ],
    [false, true, true, true, true],
  );
  return {
    html: [subheading(t("sales.byPlatform")), table],
    text: ["", t("sales.byPlatform"), ...text],
  };
}

/** 销售: the five headline figures with 环比/同比, then the split by platform. */
export function salesSection(input: SectionInput): Block {
  const { content, t } = input;
  const kpis = salesKpis(content.sales, t);
  const empty = hasNoSales(content.sales);
  const platforms = empty ? { html: [], text: [] } : platformBlock(input);
  return section(
    t("section.sales"),
    [...(empty ? [emptyNote(t("sales.empty"))] : []), kpiGrid(kpis, t, true), ...platforms.html],
    [...(empty ? [t("sales.empty")] : []), ...kpiText(kpis, t), ...platforms.text],
  );
}
