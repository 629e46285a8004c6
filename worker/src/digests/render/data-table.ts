import { cell, NOWRAP, row, table } from "./blocks.ts";
import { type Html, html } from "./html.ts";
import { COLORS } from "./palette.ts";

export interface Column {
  label: string;
  /** Numbers are right-aligned and never wrap; text wraps (long product titles). */
  numeric?: boolean;
  /** Percent of the table, so stacked tables (rises over falls) line up. */
  width?: number;
  /** Overrides the alignment `numeric` implies (figures under a titled row read left). */
  align?: "left" | "right";
}

type Cells = Array<Html | string>;
/** A row of cells, or a titled row: the title on a full-width line above its figures. */
export type DataRow = Cells | { title: string; cells: Cells };

const widthOf = (c: Column | undefined) =>
  c?.width === undefined ? html`` : html` width="${c.width}%"`;
const alignOf = (c: Column | undefined) => c?.align ?? (c?.numeric ? "right" : "left");

/** Vertical padding, with no outer padding on the first and last columns. */
function padding(top: string, bottom: string, index: number, count: number): string {
  return `padding:${top} ${index === count - 1 ? 0 : "8px"} ${bottom} ${index === 0 ? 0 : "8px"}`;
}

function headerRow(columns: Column[]): Html {
  return row(
    ...columns.map((c, i) =>
      cell(
        c.label,
        [
          "font-size:12px",
          `color:${COLORS.muted}`,
          `border-bottom:1px solid ${COLORS.border}`,
          `text-align:${alignOf(c)}`,
          NOWRAP,
          padding("6px", "6px", i, columns.length),
        ],
        html` align="${alignOf(c)}"${widthOf(c)}`,
      ),
    ),
  );
}

function bodyRow(columns: Column[], cells: Cells, top: string): Html {
  return row(
    ...cells.map((content, i) => {
      const c = columns[i];
      return cell(
        content,
        [
          "font-size:13px",
          "line-height:19px",
          `border-bottom:1px solid ${COLORS.track}`,
          `text-align:${alignOf(c)}`,
          c?.numeric ? NOWRAP : "word-break:break-word",
          padding(top, "8px", i, cells.length),
        ],
        html` align="${alignOf(c)}" valign="top"`,
      );
    }),
  );
}

function titleRow(title: string, span: number): Html {
  return row(
    cell(
      title,
      [
        "font-size:13px",
        "line-height:19px",
        "font-weight:600",
        "padding:8px 0 2px",
        "word-break:break-word",
      ],
      html` colspan="${span}"`,
    ),
  );
}

/** A data table: a muted header row, then rows with light separators. */
export function dataTable(columns: Column[], rows: DataRow[]): Html {
  const body = rows.flatMap((r) =>
    Array.isArray(r)
      ? [bodyRow(columns, r, "8px")]
      : [titleRow(r.title, columns.length), bodyRow(columns, r.cells, "0")],
  );
  return table([headerRow(columns), ...body]);
}
