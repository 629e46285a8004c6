import { randomToken, sha256Hex } from "../lib/crypto.ts";

/** Sessions last 14 days from login; the cookie carries a random token, D1 only its hash. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface SessionRef {
  workspaceId: string;
  memberId: string;
}

export async function createSession(
  db: D1Database,
  ref: SessionRef,
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomToken(32);
  const expiresAt = now + SESSION_TTL_MS;
  await db
    .prepare(
      "INSERT INTO sessions (token_hash, workspace_id, member_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(await sha256Hex(token), ref.workspaceId, ref.memberId, now, expiresAt, now)
    .run();
  return { token, expiresAt };
}

/** The live session for a cookie token, or null when unknown or expired. */
export async function findSession(
  db: D1Database,
  token: string,
  now: number,
): Promise<SessionRef | null> {
  const row = await db
    .prepare("SELECT workspace_id, member_id FROM sessions WHERE token_hash = ? AND expires_at > ?")
    .bind(await sha256Hex(token), now)
    .first<{ workspace_id: string; member_id: string }>();
  return row ? { workspaceId: row.workspace_id, memberId: row.member_id } : null;
}

export async function deleteSession(db: D1Database, token: string): Promise<void> {
  await db
    .prepare("DELETE FROM sessions WHERE token_hash = ?")
    .bind(await sha256Hex(token))
    .run();
}

// Failed attempts older than the longest rate-limit window no longer count.
const ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;

/** Removes expired sessions, pairing codes, invitations and old failed attempts (cron housekeeping). */
export async function deleteExpiredCredentials(db: D1Database, now: number): Promise<number> {
  const results = await db.batch([
    db.prepare("DELETE FROM sessions WHERE expires_at <= ?").bind(now),
    db.prepare("DELETE FROM pairing_codes WHERE expires_at <= ?").bind(now),
    db.prepare("DELETE FROM invitations WHERE expires_at <= ?").bind(now),
    db.prepare("DELETE FROM login_attempts WHERE at <= ?").bind(now - ATTEMPTS_KEPT_MS),
  ]);
  return results.reduce((sum, r) => sum + (r.meta.changes ?? 0), 0);
}
