import { cell, link, row, table } from "../blocks.ts";
import { formatCount } from "../format.ts";
import { httpUrl } from "../html.ts";
import { COLORS } from "../palette.ts";
import { alertRows } from "./alert-rows.ts";
import { type Block, emptyNote, paragraph, type SectionInput, section } from "./block.ts";

/** 预警: how many are open and urgent, then the most severe few. */
export function alertsSection({ content, t }: SectionInput): Block {
  const { openCount, urgentCount, rows } = content.alerts;
  const title = t("section.alerts");
  if (openCount === 0 && rows.length === 0) {
    return section(title, [emptyNote(t("alerts.empty"))], [t("alerts.empty")]);
  }
  const counts = t("alerts.counts", {
    open: formatCount(openCount),
    urgent: formatCount(urgentCount),
  });
  const list = alertRows(rows, t, content.locale);
  const hidden = openCount - rows.length;
  const more = hidden > 0 ? t("alerts.more", { n: formatCount(hidden) }) : null;
  return section(
    title,
    [
      paragraph(
        counts,
        urgentCount > 0 ? `color:${COLORS.urgent}` : `color:${COLORS.muted}`,
        "font-size:13px",
      ),
      ...(rows.length > 0 ? [list.html] : []),
      // The rest are one click away: the 预警 page on the same shops.
      ...(more
        ? [
            table(
              row(cell(link(content.links.alerts, more), ["font-size:13px", "line-height:22px"])),
            ),
          ]
        : []),
    ],
    [
      counts,
      ...(rows.length > 0 ? ["", ...list.text] : []),
      ...(more ? ["", `${more}: ${httpUrl(content.links.alerts) ?? ""}`] : []),
    ],
  );
}
