import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors.ts";

/** Default cap on request bodies; ingest sets its own. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads a JSON body: checks content type and size before parsing, then validates with `schema`.
 * Every failure is a clear 4xx, never a 500.
 */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  limit = DEFAULT_BODY_LIMIT,
): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  const text = await readLimited(c.req.raw, limit);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      "validation_failed",
      "The body does not match the expected shape.",
      undefined,
      {
        issues: parsed.error.issues
          .slice(0, 20)
          .map((i) => ({ path: i.path.join("."), message: i.message })),
      },
    );
  }
  return parsed.data;
}

function tooLarge(limit: number): ApiError {
  return new ApiError("payload_too_large", `The body is larger than ${limit} bytes.`);
}

/** Reads the body as text, stopping as soon as it passes `limit` bytes (chunked bodies have no length). */
async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
