import type { Order } from "../../schemas/order.ts";
import type { Platform } from "../../schemas/primitives.ts";
import { parseBeijingDateTime } from "../../time.ts";
import { toImportRows } from "../match-columns.ts";
import type { FormatResult, ImportContext, ImportFormat } from "../types.ts";

/** Helpers for the order-format tests: file rows in, records and issues out. */

export const CAPTURED_AT = Date.UTC(2026, 10, 20, 4, 0, 0); // 2026-11-20 12:00 Beijing

export function contextFor(platform: Platform, fileName: string): ImportContext {
  return {
    platform,
    shopId: "100000001",
    capturedAt: CAPTURED_AT,
    sourceUrl: `import:${fileName}`,
  };
}

/** Beijing wall-clock text → epoch ms, for expected values. */
export const at = (text: string) => parseBeijingDateTime(text);

/** Maps a header and data rows (file row 2 onward) through a format. */
export function mapRows(
  format: ImportFormat,
  context: ImportContext,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): FormatResult {
  return format.toRecords(toImportRows(format, header, rows, 2), context);
}

/** The records of a result by order id, for expectations that read one order at a time. */
export function ordersById(result: FormatResult): Map<string, Order> {
  const orders = new Map<string, Order>();
  for (const { record } of result.records)
    if (record.kind === "order") orders.set(record.orderId, record);
  return orders;
}

/** The fields every imported record carries for a context and parser. */
export function base(context: ImportContext, parser: string) {
  return {
    kind: "order" as const,
    platform: context.platform,
    shopId: context.shopId,
    capturedAt: context.capturedAt,
    source: { url: context.sourceUrl, parser },
    buyerKey: null,
  };
}
