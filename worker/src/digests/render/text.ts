/**
 * The plain-text part's layout: columns padded by display width, where CJK and full-width
 * characters take two terminal cells, so Chinese rows line up "well enough".
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal cells `text` takes (wide characters count 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Rows as lines with columns two spaces apart, each column as wide as its widest cell.
 * `rightAligned[i]` right-aligns column i (numbers); the last column is not padded on the right.
 */
export function textTable(rows: string[][], rightAligned: boolean[] = []): string[] {
  const widths: number[] = [];
  for (const cells of rows) {
    cells.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c));
    });
  }
  return rows.map((cells) =>
    cells
      .map((c, i) => {
        const right = rightAligned[i] === true;
        return i === cells.length - 1 && !right ? c : pad(c, widths[i] ?? 0, right);
      })
      .join("  ")
      .trimEnd(),
  );
}

/** A heading underlined to its width: "销售" over "====". */
export function textHeading(title: string, underline = "="): string[] {
  return [title, underline.repeat(displayWidth(title))];
}
