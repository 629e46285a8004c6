import { box, cell, NOWRAP, row, shareBar, table } from "./blocks.ts";
import { formatPercent } from "./format.ts";
import { type Html, html } from "./html.ts";
import { COLORS } from "./palette.ts";

/** A name with its share drawn under it: the bar, then the percentage beside the bar. */
export function nameWithShare(name: Html | string, share: number | null, color: string): Html {
  const bar = row(
    box(shareBar(share, color), ["width:100%", "vertical-align:middle"], html` width="100%"`),
    cell(formatPercent(share), [
      "font-size:12px",
      `color:${COLORS.muted}`,
      "padding-left:8px",
      "vertical-align:middle",
      "text-align:right",
      NOWRAP,
    ]),
  );
  return table([
    row(cell(name, ["font-size:13px", "word-break:break-word"], html` colspan="2"`)),
    bar,
  ]);
}
