import { formatPercent } from "../format.ts";
import { type Kpi, kpiGrid, kpiText } from "../kpi.ts";
import { COLORS } from "../palette.ts";
import { type Block, paragraph, type SectionInput, section } from "./block.ts";

/**
 * 利润: profit and margin with 环比/同比. Absent (null) when the recipient may not see costs.
 * Profit counts only units with a known cost, so partial coverage is said out loud.
 */
export function profitSection({ content, t }: SectionInput): Block | null {
  const profit = content.profit;
  if (profit === null) return null;
  const kpis: Kpi[] = [
    { label: t("metric.profitFen"), figure: profit.profitFen, unit: "fen" },
    { label: t("metric.marginRate"), figure: profit.marginRate, unit: "ratio" },
  ];
  const coverage = profit.costCoverage;
  const note =
    coverage !== null && coverage < 1
      ? t("profit.coverage", { percent: formatPercent(coverage) })
      : null;
  return section(
    t("section.profit"),
    [
      kpiGrid(kpis, t),
      ...(note ? [paragraph(note, "font-size:13px", `color:${COLORS.warning}`)] : []),
    ],
    [...kpiText(kpis, t), ...(note ? [note] : [])],
  );
}
