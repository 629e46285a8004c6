import type { CaptureLogEntry } from "../db/schema.ts";
import { redactEnvelope, redactMessage, redactUrl } from "./redact-envelope.ts";

export interface FailureExportMeta {
  exportedAt: number;
  extensionVersion: string;
}

/**
 * The "export failing captures" file for a bug report: each failure with its parser, error and
 * envelope (replayable with `npm run capture -- FILE` once cut out). Envelopes were redacted
 * when logged; the current rules run again here, so entries kept from an older version with
 * weaker rules leave redacted too. Buyer identity never gets into this file.
 */
export function buildFailureExport(
  entries: readonly CaptureLogEntry[],
  meta: FailureExportMeta,
): string {
  const failures = entries
    .filter((entry) => entry.outcome === "failed")
    .map((entry) => ({
      at: entry.at,
      url: redactUrl(entry.url),
      parser: entry.parser,
      shop: entry.shop,
      code: entry.code,
      message: entry.message === null ? null : redactMessage(entry.message),
      envelope: entry.envelope === null ? null : redactEnvelope(entry.envelope),
    }));
  return JSON.stringify(
    {
      format: "tongshu-failed-captures",
      version: 1,
      exportedAt: meta.exportedAt,
      extensionVersion: meta.extensionVersion,
      note: "Buyer names, phone numbers, addresses, nicknames and ids are redacted.",
      count: failures.length,
      failures,
    },
    null,
    2,
  );
}
