import type { Locale } from "@tongshu/shared";
import { box, button, cell, link, row, span, table } from "./blocks.ts";
import { css, Html, html, httpUrl } from "./html.ts";
import { COLORS, FONT_STACK } from "./palette.ts";
import type { Block } from "./sections/block.ts";
import type { Translate } from "./translate.ts";

// Optional nicety for narrow screens; the layout already fits 375 px without it.
const MEDIA_QUERY =
  "@media only screen and (max-width:480px){.ts-pad{padding-left:14px!important;padding-right:14px!important}}";

const PAD = html` class="ts-pad"`;

export interface EmailHeader {
  /** "通数日报", "紧急预警". */
  title: string;
  /** Untrusted: escaped like everything else. */
  workspaceName: string;
  /** The big line under the title: the period, or the urgent intro. */
  headline: string;
  /** Small lines: shops, comparison periods, when the figures were read. */
  notes: string[];
  accent: string;
}

export function headerBlock(h: EmailHeader): Block {
  const small = ["font-size:12px", "line-height:18px", `color:${COLORS.muted}`];
  const rows = [
    row(
      cell(html`${span(h.title, `color:${h.accent}`, "font-weight:700")}`, [
        "font-size:13px",
        "letter-spacing:1px",
      ]),
    ),
    row(
      cell(h.workspaceName, [
        "font-size:22px",
        "line-height:30px",
        "font-weight:700",
        "padding-top:4px",
      ]),
    ),
    row(cell(h.headline, ["font-size:15px", "line-height:22px", "padding-top:2px"])),
    ...h.notes.map((note, i) => row(cell(note, [...small, i === 0 ? "padding-top:8px" : ""]))),
  ];
  return {
    html: row(box(table(rows), ["padding:24px 24px 8px", `border-top:4px solid ${h.accent}`], PAD)),
    text: [`${h.title} · ${h.workspaceName}`, h.headline, ...h.notes],
  };
}

export interface FooterLinks {
  /** The button: the dashboard (digest) or the alert list (urgent). */
  main: { label: string; url: string };
  settings: string;
  unsubscribe: string;
  why: string;
}

export function footerBlock(links: FooterLinks, t: Translate): Block {
  const small = ["font-size:12px", "line-height:18px", `color:${COLORS.faint}`];
  const rows = [
    row(cell(button(links.main.url, links.main.label), ["padding-bottom:16px"])),
    row(
      cell(
        html`${link(links.settings, t("footer.settings"))} &nbsp;·&nbsp; ${link(links.unsubscribe, t("footer.unsubscribe"))}`,
        ["font-size:13px", "line-height:20px"],
      ),
    ),
    row(cell(links.why, [...small, "padding-top:8px"])),
  ];
  const linkLine = (label: string, url: string) => {
    const href = httpUrl(url);
    return href ? [t("common.link", { label, url: href })] : [];
  };
  return {
    html: row(
      box(table(rows), ["padding:20px 24px 28px", `border-top:1px solid ${COLORS.border}`], PAD),
    ),
    text: [
      ...linkLine(links.main.label, links.main.url),
      ...linkLine(t("footer.settings"), links.settings),
      ...linkLine(t("footer.unsubscribe"), links.unsubscribe),
      "",
      links.why,
    ],
  };
}

export interface EmailDocument {
  locale: Locale;
  subject: string;
  preheader: string;
  blocks: Block[];
}

/**
 * The full HTML document: one centred 640 px table (a fixed-width ghost table for Outlook,
 * which ignores max-width), every style inline, no scripts, images or web fonts.
 */
export function emailHtml(doc: EmailDocument): string {
  const body = doc.blocks.map((b) => b.html);
  return html`<!DOCTYPE html>
<html lang="${doc.locale}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no">
<title>${doc.subject}</title>
<style>${new Html(MEDIA_QUERY)}</style>
</head>
<body style="margin:0;padding:0;background-color:${COLORS.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${COLORS.page};">${doc.preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;background-color:${COLORS.page};">
<tr><td align="center" style="${css("padding:20px 8px", `font-family:${FONT_STACK}`)}">
<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;max-width:640px;background-color:${COLORS.surface};border:1px solid ${COLORS.border};">
${body}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`.value;
}

/** The text part: blocks separated by a blank line. */
export function emailText(blocks: Block[]): string {
  return `${blocks.map((b) => b.text.join("\n")).join("\n\n")}\n`;
}
