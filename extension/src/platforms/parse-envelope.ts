import { CanonicalRecordSchema, type CaptureEnvelope } from "@tongshu/shared";
import { canonicalUrl } from "../lib/canonical-url.ts";
import { findParser } from "./registry.ts";
import { ParseError, type ParseContext, type ParseResult, parserName } from "./types.ts";

/**
 * Runs the parser registered for an envelope's URL and checks every record against the shared
 * schema. Never throws: any failure is a typed error, and an envelope with one invalid record
 * stores nothing (a parser bug must not leave half a page behind).
 */
export function parseEnvelope(envelope: CaptureEnvelope, ctx: ParseContext): ParseResult {
  const url = canonicalUrl(envelope.url);
  const parser = url ? findParser(url) : undefined;
  if (!url || !parser) {
    return {
      ok: false,
      parser: null,
      error: { code: "no_parser", message: `no parser reads ${envelope.url.slice(0, 200)}` },
    };
  }
  const name = parserName(parser);
  try {
    const output = parser.parse({ ...envelope, url: url.href }, ctx);
    for (const [index, record] of output.records.entries()) {
      const checked = CanonicalRecordSchema.safeParse(record);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new ParseError(
          "invalid_record",
          `record ${index}: ${issue?.path.join(".")}: ${issue?.message}`,
        );
      }
      if (record.source.parser !== name)
        throw new ParseError("invalid_record", `record ${index}: source.parser is not ${name}`);
    }
    return { ok: true, parser: name, ...output };
  } catch (error) {
    if (error instanceof ParseError)
      return { ok: false, parser: name, error: { code: error.code, message: error.message } };
    // A parser must not throw anything else; report it as a shape problem instead of crashing capture.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      parser: name,
      error: { code: "malformed", message: `unexpected: ${message.slice(0, 300)}` },
    };
  }
}
