import { RECORD_KINDS } from "@tongshu/shared";
import type { CapturedCounts } from "../db/local-data.ts";
import { KIND_TABLES } from "../db/schema.ts";
import type { MessageKey } from "./i18n.ts";

export interface Line {
  key: MessageKey;
  params: Record<string, string>;
}

const n = (count: number) => count.toLocaleString("en-US");

/**
 * What the "clear local data" confirmation names, line by line: each kind with records, then
 * what is not synced yet (lost for good), refusals, shops and the capture log. Empty parts are
 * left out. `kindLabel` turns a kind's message key into its name.
 */
export function describeClear(
  counts: CapturedCounts,
  kindLabel: (key: MessageKey) => string,
): Line[] {
  const lines: Line[] = [];
  for (const kind of RECORD_KINDS) {
    const count = counts[KIND_TABLES[kind]];
    if (count > 0)
      lines.push({
        key: "options.data.confirmKind",
        params: { kind: kindLabel(`kind.${kind}`), count: n(count) },
      });
  }
  if (counts.outbox > 0)
    lines.push({ key: "options.data.confirmPending", params: { count: n(counts.outbox) } });
  if (counts.quarantine > 0)
    lines.push({ key: "options.data.confirmQuarantine", params: { count: n(counts.quarantine) } });
  if (counts.shops > 0)
    lines.push({ key: "options.data.confirmShops", params: { count: n(counts.shops) } });
  if (counts.captureLog > 0)
    lines.push({ key: "options.data.confirmLog", params: { count: n(counts.captureLog) } });
  return lines;
}

/** Rows in all tables together. */
export function totalRows(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
