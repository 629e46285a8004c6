import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors.ts";

/** Validates the query string with `schema`: the same 422 shape as a bad JSON body. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ApiError("validation_failed", "The query does not match the expected shape.", 422, {
      issues: parsed.error.issues
        .slice(0, 20)
        .map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  return parsed.data;
}
