import type { ChangeDirection } from "./format.ts";
import { formatChange } from "./format.ts";
import { css, type Html, html, httpUrl } from "./html.ts";
import { COLORS, FONT_STACK } from "./palette.ts";

/** Every cell names its font and colour: Outlook does not inherit them into nested tables. */
const CELL = [`font-family:${FONT_STACK}`, `color:${COLORS.text}`, "font-size:14px"];
export const NOWRAP = "white-space:nowrap";

/** A layout table: full width, no spacing, no borders. */
export function table(rows: Html | Html[], ...style: string[]): Html {
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${css("border-collapse:collapse", ...style)}">${rows}</table>`;
}

/** A text cell with the base font; `attrs` are the renderer's own (width, colspan, align). */
export function cell(content: Html | string, style: string[] = [], attrs: Html = html``): Html {
  return html`<td${attrs} style="${css(...CELL, ...style)}">${content}</td>`;
}

/** A layout cell holding a table: no font of its own (its text cells carry theirs). */
export function box(content: Html, style: string[] = [], attrs: Html = html``): Html {
  return html`<td${attrs} style="${css(...style)}">${content}</td>`;
}

export const row = (...cells: Html[]): Html => html`<tr>${cells}</tr>`;

export function span(text: Html | string, ...style: string[]): Html {
  return html`<span style="${css(...style)}">${text}</span>`;
}

/** A link when `url` is http(s); otherwise just the label (a bad URL is not followed). */
export function link(url: string, label: string, ...style: string[]): Html {
  const href = httpUrl(url);
  if (href === null) return span(label, ...style);
  return html`<a href="${href}" target="_blank" style="${css(`color:${COLORS.accent}`, "text-decoration:underline", ...style)}">${label}</a>`;
}

/**
 * A button-like link: the coloured, padded cell carries the look (Outlook ignores padding on
 * links), the padded link inside makes the whole button clickable elsewhere.
 */
export function button(url: string, label: string): Html {
  const href = httpUrl(url);
  if (href === null) return span(label, "font-weight:600");
  const anchor = html`<a href="${href}" target="_blank" style="${css(
    "display:inline-block",
    "color:#ffffff",
    `font-family:${FONT_STACK}`,
    "font-size:14px",
    "font-weight:600",
    "line-height:20px",
    "padding:10px 20px",
    "text-decoration:none",
  )}">${label}</a>`;
  const face = box(
    anchor,
    [`background-color:${COLORS.accent}`, "border-radius:4px"],
    html` bgcolor="${COLORS.accent}"`,
  );
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${css("border-collapse:separate")}">${row(face)}</table>`;
}

const DIRECTION_COLOR: Record<ChangeDirection, string> = {
  up: COLORS.up,
  down: COLORS.down,
  flat: COLORS.flat,
};
const ARROW: Record<ChangeDirection, string> = { up: "▲ ", down: "▼ ", flat: "" };

/** "▲ +12.3%" in red / "▼ −4.0%" in green: the sign is in the text too, not colour alone. */
export function changeBadge(change: number | null): Html {
  const { text, direction } = formatChange(change);
  return span(
    `${ARROW[direction]}${text}`,
    `color:${DIRECTION_COLOR[direction]}`,
    "font-weight:600",
    NOWRAP,
  );
}

/** A horizontal share bar (0..1) drawn with two table cells and background colours. */
export function shareBar(share: number | null, color: string): Html {
  if (share === null || !Number.isFinite(share)) return html``;
  const percent = Math.min(100, Math.max(0, Math.round(share * 100)));
  const filled = share > 0 ? Math.max(1, percent) : 0;
  const bar = ["height:6px", "font-size:0", "line-height:0"];
  const cells = [
    filled > 0 &&
      box(
        html`&nbsp;`,
        [...bar, `width:${filled}%`, `background-color:${color}`],
        html` width="${filled}%"`,
      ),
    filled < 100 && box(html`&nbsp;`, [...bar, `background-color:${COLORS.track}`]),
  ].filter((c): c is Html => c !== false);
  return table(row(...cells), "margin-top:4px");
}

/** A severity or status label with a soft background. */
export function chip(text: string, color: string, background: string): Html {
  return span(
    text,
    `color:${color}`,
    `background-color:${background}`,
    "border-radius:3px",
    "font-size:12px",
    "font-weight:600",
    "padding:1px 6px",
    NOWRAP,
  );
}
