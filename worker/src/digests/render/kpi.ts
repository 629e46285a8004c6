import type { DigestFigure } from "../content.ts";
import { box, cell, changeBadge, NOWRAP, row, span, table } from "./blocks.ts";
import { formatChange, formatCount, formatMoney, formatPercent } from "./format.ts";
import { type Html, html } from "./html.ts";
import { COLORS } from "./palette.ts";
import { textTable } from "./text.ts";
import type { Translate } from "./translate.ts";

export type FigureUnit = "fen" | "count" | "ratio";

export interface Kpi {
  label: string;
  figure: DigestFigure;
  unit: FigureUnit;
}

export function formatFigure(unit: FigureUnit, value: number | null): string {
  if (unit === "fen") return formatMoney(value);
  if (unit === "ratio") return formatPercent(value);
  return formatCount(value);
}

/** "环比 ▲ +12.3% 上期 ¥10,993.47": the change, then the base it is measured against. */
function changeLine(label: string, change: number | null, base: string): Html {
  const faint = [`color:${COLORS.faint}`, NOWRAP];
  // "&nbsp; " (not " &nbsp;"): when the base wraps on a phone it starts flush, not indented.
  return html`${span(label, ...faint)} ${changeBadge(change)}&nbsp; ${span(base, ...faint)}`;
}

function kpiCard(kpi: Kpi, t: Translate, headline: boolean): Html {
  const { figure, unit } = kpi;
  const small = ["font-size:12px", "line-height:18px", "padding-top:4px"];
  const inner = table([
    row(cell(kpi.label, ["font-size:13px", `color:${COLORS.muted}`])),
    row(
      cell(formatFigure(unit, figure.value), [
        `font-size:${headline ? 28 : 20}px`,
        `line-height:${headline ? 36 : 28}px`,
        "font-weight:700",
        NOWRAP,
      ]),
    ),
    row(
      cell(
        changeLine(
          t("change.vsPrevious"),
          figure.vsPrevious,
          t("base.previous", { value: formatFigure(unit, figure.previous) }),
        ),
        small,
      ),
    ),
    row(
      cell(
        changeLine(
          t("change.vsLastYear"),
          figure.vsLastYear,
          t("base.lastYear", { value: formatFigure(unit, figure.lastYear) }),
        ),
        ["font-size:12px", "line-height:18px"],
      ),
    ),
  ]);
  return table(
    row(
      box(inner, [
        "padding:12px 14px",
        `border:1px solid ${COLORS.border}`,
        "border-radius:4px",
        `background-color:${headline ? COLORS.accentSoft : COLORS.surface}`,
      ]),
    ),
  );
}

/**
 * KPI cards two to a row (fits 375 px phones without a media query); with `headline` the first
 * card spans the full width.
 */
export function kpiGrid(kpis: Kpi[], t: Translate, headline = false): Html {
  const rows: Html[] = [];
  const rest = headline ? kpis.slice(1) : kpis;
  const first = kpis[0];
  if (headline && first) {
    rows.push(row(box(kpiCard(first, t, true), ["padding:4px 0"], html` colspan="2"`)));
  }
  for (let i = 0; i < rest.length; i += 2) {
    const pair = [rest[i], rest[i + 1]].map((kpi, j) =>
      box(
        kpi ? kpiCard(kpi, t, false) : html``,
        ["width:50%", j === 0 ? "padding:4px 4px 4px 0" : "padding:4px 0 4px 4px"],
        html` width="50%" valign="top"`,
      ),
    );
    rows.push(row(...pair));
  }
  return table(rows);
}

/** "成交金额  ¥12,345.67  环比 +12.3%  同比 −4.0%  （上期 …，去年同期 …）", columns aligned. */
export function kpiText(kpis: Kpi[], t: Translate): string[] {
  return textTable(
    kpis.map(({ label, figure, unit }) => [
      label,
      formatFigure(unit, figure.value),
      `${t("change.vsPrevious")} ${formatChange(figure.vsPrevious).text}`,
      `${t("change.vsLastYear")} ${formatChange(figure.vsLastYear).text}`,
      t("base.both", {
        previous: t("base.previous", { value: formatFigure(unit, figure.previous) }),
        lastYear: t("base.lastYear", { value: formatFigure(unit, figure.lastYear) }),
      }),
    ]),
    [false, true],
  );
}
