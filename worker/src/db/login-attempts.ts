/** Failed attempts counted by rate limits (table login_attempts, migration 0004). */
export type AttemptScope = "login_email" | "login_ip" | "pair_ip";

export interface RateLimit {
  scope: AttemptScope;
  max: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;
/** 5 wrong passwords per email, 20 per IP, in 15 minutes; 10 wrong pairing codes per IP in 10. */
export const LOGIN_EMAIL_LIMIT: RateLimit = { scope: "login_email", max: 5, windowMs: 15 * MINUTE };
export const LOGIN_IP_LIMIT: RateLimit = { scope: "login_ip", max: 20, windowMs: 15 * MINUTE };
export const PAIR_IP_LIMIT: RateLimit = { scope: "pair_ip", max: 10, windowMs: 10 * MINUTE };

/**
 * Seconds until `subject` may try again, or 0 when it is under the limit. The limit lifts when
 * the max-th most recent failure leaves the window.
 */
export async function retryAfterSeconds(
  db: D1Database,
  limit: RateLimit,
  subject: string,
  now: number,
): Promise<number> {
  const row = await db
    .prepare(
      "SELECT at FROM login_attempts WHERE scope = ? AND subject = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?",
    )
    .bind(limit.scope, subject, now - limit.windowMs, limit.max - 1)
    .first<{ at: number }>();
  return row ? Math.max(1, Math.ceil((row.at + limit.windowMs - now) / 1000)) : 0;
}

export function failureStatement(
  db: D1Database,
  scope: AttemptScope,
  subject: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare("INSERT INTO login_attempts (scope, subject, at) VALUES (?, ?, ?)")
    .bind(scope, subject, now);
}

export async function clearFailures(
  db: D1Database,
  scope: AttemptScope,
  subject: string,
): Promise<void> {
  await db
    .prepare("DELETE FROM login_attempts WHERE scope = ? AND subject = ?")
    .bind(scope, subject)
    .run();
}
