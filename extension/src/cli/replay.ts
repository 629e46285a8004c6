import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type CanonicalRecord, CaptureEnvelopeSchema } from "@tongshu/shared";
import { createBuyerKeyer } from "../lib/buyer-key.ts";
import { parseEnvelope } from "../platforms/parse-envelope.ts";

export type ReplayOutput =
  | { records: CanonicalRecord[] }
  | { error: { code: string; message: string } };

/** The secret fixtures are written with, so their expected buyer keys are stable. */
export const FIXTURE_SECRET = "tongshu-fixture-secret";

/**
 * Reads one capture envelope file and runs it through the parsers, exactly as the extension
 * does. For hand-written fixtures the body may sit in a file beside it: `"responseFile":
 * "name.body.json"` instead of `"responseBody"`.
 */
export function replayEnvelopeFile(path: string, secret: string | null): ReplayOutput {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return {
      error: {
        code: "bad_envelope",
        message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
  if (
    typeof raw === "object" &&
    raw !== null &&
    "responseFile" in raw &&
    typeof raw.responseFile === "string"
  ) {
    const { responseFile, ...rest } = raw;
    raw = { ...rest, responseBody: readFileSync(resolve(dirname(path), responseFile), "utf8") };
  }
  const envelope = CaptureEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return {
      error: {
        code: "bad_envelope",
        message: `not a capture envelope: ${issue?.path.join(".")}: ${issue?.message}`,
      },
    };
  }
  const result = parseEnvelope(envelope.data, {
    shop: envelope.data.shop,
    buyerKey: createBuyerKeyer(secret),
  });
  return result.ok ? { records: result.records } : { error: result.error };
}
