import type { AlertSeverity, Locale } from "@tongshu/shared";
import { platformLabel } from "../../../reports/products/platform-labels.ts";
import type { DigestAlertRow } from "../../content.ts";
import { alertSummary } from "../alert-summary.ts";
import { box, cell, chip, link, NOWRAP, row, span, table } from "../blocks.ts";
import { cleanText } from "../clean-text.ts";
import { formatDay } from "../dates.ts";
import { type Html, html, httpUrl } from "../html.ts";
import { COLORS } from "../palette.ts";
import type { Translate } from "../translate.ts";

const SEVERITY_COLORS: Record<AlertSeverity, { color: string; background: string }> = {
  urgent: { color: COLORS.urgent, background: COLORS.urgentSoft },
  warning: { color: COLORS.warning, background: COLORS.warningSoft },
  info: { color: COLORS.muted, background: COLORS.infoSoft },
};

/** "低库存 · 淘宝 · 杭州旗舰店 · 12月2日": the rule, where, and the day it is about. */
function alertMeta(a: DigestAlertRow, t: Translate, locale: Locale): string[] {
  const shop = cleanText(a.shopName);
  return [
    t(`rule.${a.rule}`),
    a.platform ? platformLabel(a.platform, locale) : null,
    shop === "" ? null : shop,
    formatDay(a.date, locale),
  ].filter((part): part is string => part !== null);
}

/** The meta parts, each kept whole on a phone ("12月2日" never splits before "日"). */
const metaHtml = (parts: string[]) =>
  parts.map((part, i) => html`${i > 0 ? " · " : ""}${span(part, "font-weight:600", NOWRAP)}`);

function alertHtml(a: DigestAlertRow, t: Translate, locale: Locale): Html {
  const severity = SEVERITY_COLORS[a.severity] ?? SEVERITY_COLORS.info;
  const lines = [
    row(
      cell(
        html`${chip(t(`severity.${a.severity}`), severity.color, severity.background)} ${metaHtml(alertMeta(a, t, locale))}`,
        ["font-size:13px", "line-height:20px"],
      ),
    ),
    row(
      cell(alertSummary(a, t, locale), ["font-size:14px", "line-height:22px", "padding-top:4px"]),
    ),
  ];
  if (httpUrl(a.url) !== null) {
    lines.push(
      row(cell(link(a.url, `${t("alerts.view")} →`), ["font-size:13px", "padding-top:4px"])),
    );
  }
  return table(
    row(
      box(table(lines), [
        `border-left:3px solid ${severity.color}`,
        `background-color:${COLORS.page}`,
        "padding:10px 12px",
      ]),
    ),
  );
}

/** Alerts most severe first, each with its summary sentence and a link to the finding. */
export function alertRows(rows: DigestAlertRow[], t: Translate, locale: Locale) {
  const html = table(rows.map((a) => row(box(alertHtml(a, t, locale), ["padding-bottom:8px"]))));
  const text = rows.flatMap((a) => {
    const url = httpUrl(a.url);
    return [
      `[${t(`severity.${a.severity}`)}] ${alertMeta(a, t, locale).join(" · ")}`,
      `  ${alertSummary(a, t, locale)}`,
      ...(url ? [`  ${t("common.link", { label: t("alerts.view"), url })}`] : []),
    ];
  });
  return { html, text };
}
