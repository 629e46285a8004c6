import {
  type AttemptScope,
  failureStatement,
  type RateLimit,
  retryAfterSeconds,
} from "../db/login-attempts.ts";
import { ApiError } from "./errors.ts";

/** Throws 429 `rate_limited` with Retry-After when any limit is already reached. */
export async function enforceLimits(
  db: D1Database,
  checks: Array<[RateLimit, string | null]>,
  now: number,
): Promise<void> {
  for (const [limit, subject] of checks) {
    if (subject === null) continue;
    const retryAfter = await retryAfterSeconds(db, limit, subject, now);
    if (retryAfter > 0)
      throw new ApiError(
        "rate_limited",
        "Too many failed attempts. Try again later.",
        429,
        {
          retryAfter,
        },
        { "retry-after": String(retryAfter) },
      );
  }
}

/** Records one failure against every subject that is known (an absent IP is skipped). */
export async function recordFailures(
  db: D1Database,
  subjects: Array<[AttemptScope, string | null]>,
  now: number,
): Promise<void> {
  const statements = subjects.flatMap(([scope, subject]) =>
    subject === null ? [] : [failureStatement(db, scope, subject, now)],
  );
  if (statements.length > 0) await db.batch(statements);
}
