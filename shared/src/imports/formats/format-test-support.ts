import type { Platform } from "../../schemas/primitives.ts";
import { toImportRows } from "../match-columns.ts";
import type { ImportContext, ImportFormat, ImportRow } from "../types.ts";

/** Test helpers for the format tests: a shop context and rows as a file would give them. */

/** 2026-12-01 08:00 Beijing: the file's time in every format test. */
export const CAPTURED_AT = Date.UTC(2026, 11, 1, 0, 0, 0);

export function importContext(platform: Platform, fileName = "export.xlsx"): ImportContext {
  return {
    platform,
    shopId: "shop-1",
    capturedAt: CAPTURED_AT,
    sourceUrl: `import:${fileName}`,
  };
}

/** Data rows under `header`; `firstRowNumber` is the file row of the first one. */
export function importRows(
  format: ImportFormat,
  header: readonly string[],
  cells: readonly (readonly string[])[],
  firstRowNumber: number,
): ImportRow[] {
  return toImportRows(format, header, cells, firstRowNumber);
}
