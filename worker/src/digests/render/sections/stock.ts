import type { DigestStockRow } from "../../content.ts";
import { cleanText } from "../clean-text.ts";
import { dataTable } from "../data-table.ts";
import { formatDay } from "../dates.ts";
import { formatCount, formatFixed, NO_VALUE } from "../format.ts";
import { COLORS } from "../palette.ts";
import { textTable } from "../text.ts";
import type { Translate } from "../translate.ts";
import { type Block, emptyNote, paragraph, type SectionInput, section } from "./block.ts";

function cells(r: DigestStockRow, t: Translate, locale: "zh-CN" | "en"): string[] {
  return [
    cleanText(r.name),
    formatCount(r.stock),
    r.daysOfCover === null ? NO_VALUE : t("unit.days", { n: formatFixed(r.daysOfCover, 1) }),
    r.stockOutDate === null ? NO_VALUE : formatDay(r.stockOutDate, locale),
    r.reorderQuantity === null ? NO_VALUE : t("unit.units", { n: formatCount(r.reorderQuantity) }),
  ];
}

/** 库存与补货: what runs out soonest and what to reorder, with how many of each there are. */
export function stockSection({ content, t }: SectionInput): Block {
  const { rows, lowStockCount, reorderCount } = content.stock;
  const title = t("section.stock");
  if (rows.length === 0 && lowStockCount === 0 && reorderCount === 0) {
    return section(title, [emptyNote(t("stock.empty"))], [t("stock.empty")]);
  }
  const counts = t("stock.counts", {
    low: formatCount(lowStockCount),
    reorder: formatCount(reorderCount),
  });
  const columns = [
    t("col.product"),
    t("col.stock"),
    t("col.daysOfCover"),
    t("col.stockOut"),
    t("col.reorder"),
  ];
  const body = rows.map((r) => cells(r, t, content.locale));
  const html = [paragraph(counts, `color:${COLORS.muted}`, "font-size:13px")];
  if (body.length > 0) {
    // The name on its own line above its four figures: five columns do not fit a phone.
    const figures = columns
      .slice(1)
      .map((label) => ({ label, numeric: true, width: 25, align: "left" as const }));
    html.push(
      dataTable(
        figures,
        body.map(([name = "", ...rest]) => ({ title: name, cells: rest })),
      ),
    );
  }
  const text =
    body.length > 0 ? textTable([columns, ...body], [false, true, true, true, true]) : [];
  return section(title, html, [counts, ...text]);
}
