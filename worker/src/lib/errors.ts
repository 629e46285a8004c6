import { API_ERROR_STATUS, type ApiErrorCode } from "@tongshu/shared";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error type routes throw; `onError` turns it into `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode | (string & {}),
    message: string,
    readonly status: ContentfulStatusCode = statusOf(code),
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

function statusOf(code: string): ContentfulStatusCode {
  return (API_ERROR_STATUS as Record<string, ContentfulStatusCode>)[code] ?? 400;
}

/** Renders any thrown value as the JSON error shape, hiding internals of unexpected errors. */
export function renderError(error: unknown, c: Context): Response {
  if (error instanceof ApiError) {
    const body = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(body, error.status);
  }
  console.error("unhandled error", error);
  return c.json(
    { error: { code: "internal", message: "Internal error. It has been logged." } },
    500,
  );
}
