import type { DigestProductRow } from "../../content.ts";
import { changeBadge, NOWRAP, span } from "../blocks.ts";
import { cleanText } from "../clean-text.ts";
import { dataTable } from "../data-table.ts";
import { formatChange, formatCount, formatMoney, formatPercent } from "../format.ts";
import type { Html } from "../html.ts";
import { COLORS } from "../palette.ts";
import { nameWithShare } from "../share-cell.ts";
import { textTable } from "../text.ts";
import type { Translate } from "../translate.ts";
import { type Block, emptyNote, type SectionInput, section, subheading } from "./block.ts";

function topSellers(rows: DigestProductRow[], t: Translate): { html: Html; text: string[] } {
  const html = dataTable(
    [
      { label: t("col.product") },
      { label: t("col.units"), numeric: true },
      { label: t("col.paid"), numeric: true },
    ],
    rows.map((r) => [
      nameWithShare(cleanText(r.name), r.share, COLORS.accent),
      formatCount(r.units),
      formatMoney(r.paidFen),
    ]),
  );
  const text = textTable(
    [
      [t("col.product"), t("col.units"), t("col.paid"), t("col.share")],
      ...rows.map((r) => [
        cleanText(r.name),
        formatCount(r.units),
        formatMoney(r.paidFen),
        formatPercent(r.share),
      ]),
    ],
    [false, true, true, true],
  );
  return { html, text };
}

/** 本期, 上期, 环比: the same widths in both mover tables so their columns line up. */
const MOVER_WIDTHS = [20, 20, 16];

/** A rise with no previous sales has no percentage: it is new this period. */
function moverChange(r: DigestProductRow, t: Translate): { html: Html | string; text: string } {
  if (r.paidVsPrevious === null && r.previousPaidFen === 0) {
    const label = t("products.newSeller");
    return { html: span(label, `color:${COLORS.up}`, "font-weight:600", NOWRAP), text: label };
  }
  return { html: changeBadge(r.paidVsPrevious), text: formatChange(r.paidVsPrevious).text };
}

function movers(title: string, rows: DigestProductRow[], t: Translate) {
  if (rows.length === 0) return { html: [], text: [] };
  const columns = [t("col.product"), t("col.current"), t("col.previous"), t("col.change")];
  const html = dataTable(
    columns.map((label, i) => ({
      label,
      numeric: i > 0,
      width: i > 0 ? MOVER_WIDTHS[i - 1] : undefined,
    })),
    rows.map((r) => [
      cleanText(r.name),
      formatMoney(r.paidFen),
      formatMoney(r.previousPaidFen),
      moverChange(r, t).html,
    ]),
  );
  const text = textTable(
    [
      columns,
      ...rows.map((r) => [
        cleanText(r.name),
        formatMoney(r.paidFen),
        formatMoney(r.previousPaidFen),
        moverChange(r, t).text,
      ]),
    ],
    [false, true, true, true],
  );
  return { html: [subheading(title), html], text: ["", title, ...text] };
}

/** 商品: the best sellers with their share, then the biggest rises and falls. */
export function productsSection({ content, t }: SectionInput): Block {
  const { top, risers, fallers } = content.products;
  const title = t("section.products");
  if (top.length === 0 && risers.length === 0 && fallers.length === 0) {
    return section(title, [emptyNote(t("products.empty"))], [t("products.empty")]);
  }
  const best = top.length > 0 ? topSellers(top, t) : null;
  const up = movers(t("products.risers"), risers, t);
  const down = movers(t("products.fallers"), fallers, t);
  return section(
    title,
    [
      ...(best ? [subheading(t("products.top")), best.html] : [emptyNote(t("products.empty"))]),
      ...up.html,
      ...down.html,
    ],
    [
      ...(best ? [t("products.top"), ...best.text] : [t("products.empty")]),
      ...up.text,
      ...down.text,
    ],
  );
}
