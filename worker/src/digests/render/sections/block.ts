import type { DigestContent } from "../../content.ts";
import { box, cell, row, table } from "../blocks.ts";
import { type Html, html } from "../html.ts";
import { COLORS } from "../palette.ts";
import { textHeading } from "../text.ts";
import type { Translate } from "../translate.ts";

/** One part of the email in both forms: HTML rows of the main table, and text lines. */
export interface Block {
  html: Html;
  text: string[];
}

export interface SectionInput {
  content: DigestContent;
  t: Translate;
}

/** A titled section: a heading over its body, as one row of the main table and text lines. */
export function section(title: string, body: Html[], text: string[]): Block {
  const heading = cell(title, [
    "font-size:17px",
    "font-weight:700",
    "padding-bottom:8px",
    `border-bottom:2px solid ${COLORS.text}`,
  ]);
  const rows = [row(heading), ...body.map((b) => row(box(b, ["padding-top:12px"])))];
  return {
    html: row(box(table(rows), ["padding:20px 24px 4px"], html` class="ts-pad"`)),
    text: [...textHeading(title), ...text],
  };
}

/** A plain line of text in a section: notes, counts, "nothing this period". */
export function paragraph(text: string, ...style: string[]): Html {
  return table(row(cell(text, ["font-size:14px", "line-height:22px", ...style])));
}

/** A small heading inside a section ("按平台", "涨幅最大"). */
export function subheading(text: string): Html {
  return table(row(cell(text, ["font-size:14px", "font-weight:700", `color:${COLORS.muted}`])));
}

/** A "nothing here" message, visible rather than an empty gap. */
export function emptyNote(text: string): Html {
  return table(
    row(
      cell(text, [
        "font-size:14px",
        "line-height:22px",
        `color:${COLORS.muted}`,
        `background-color:${COLORS.page}`,
        "padding:12px 14px",
        "border-radius:4px",
      ]),
    ),
  );
}
