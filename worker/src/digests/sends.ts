import type { DigestSend } from "@tongshu/shared";
import { randomId } from "../lib/crypto.ts";

/** A claimed send owns its (subscription, period) row until it records the outcome. */
export type SendKind = DigestSend["kind"];

interface SendRow {
  workspace_id: string;
  id: string;
  subscription_id: string;
  email: string;
  kind: SendKind;
  period: string;
  status: DigestSend["status"];
  attempts: number;
  last_error: string | null;
  next_attempt_at: number | null;
  claimed_at: number | null;
  message_id: string | null;
  sent_at: number | null;
  created_at: number;
}

export interface StoredSend extends DigestSend {
  workspaceId: string;
}

export const MAX_ATTEMPTS = 4;
/** Minutes before retry n (after the n-th failure): the cron's 15-minute grid, doubling. */
export function retryDelayMs(attempts: number): number {
  return 15 * 60_000 * 2 ** Math.max(0, attempts - 1);
}
/**
 * A claim older than this with no outcome belongs to an invocation that died mid-send (CPU
 * limit, deploy). It is retried: the likeliest death is while reading figures, before sending.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

const toSend = (row: SendRow): StoredSend => ({
  workspaceId: row.workspace_id,
  id: row.id,
  subscriptionId: row.subscription_id,
  email: row.email,
  kind: row.kind,
  period: row.period,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  nextAttemptAt: row.next_attempt_at,
  sentAt: row.sent_at,
  createdAt: row.created_at,
});

/** The public shape (no workspace id). */
export function sendDto(send: StoredSend): DigestSend {
  const { workspaceId: _, ...dto } = send;
  return dto;
}

export interface SendTarget {
  workspaceId: string;
  subscriptionId: string;
  email: string;
  kind: SendKind;
  period: string;
}

/**
 * Records the intent to send before sending. Returns the row when this caller owns the send:
 * a new period, a retry that is due, or a stale claim. A period already sent, failed for good,
 * waiting for its retry time or being sent right now returns null. Each branch is one atomic
 * statement, so two cron runs racing for the same period cannot both win.
 */
export async function claimSend(
  db: D1Database,
  target: SendTarget,
  now: number,
): Promise<StoredSend | null> {
  const inserted = await db
    .prepare(
      `INSERT INTO digest_sends (workspace_id, id, subscription_id, email, kind, period, status,
         attempts, claimed_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'sending', 1, ?, ?)
       ON CONFLICT (workspace_id, subscription_id, period) DO NOTHING
       RETURNING *`,
    )
    .bind(
      target.workspaceId,
      randomId("send"),
      target.subscriptionId,
      target.email,
      target.kind,
      target.period,
      now,
      now,
    )
    .first<SendRow>();
  if (inserted) return toSend(inserted);
  const reclaimed = await db
    .prepare(
      `UPDATE digest_sends SET status = 'sending', attempts = attempts + 1, claimed_at = ?1,
         email = ?5
       WHERE workspace_id = ?2 AND subscription_id = ?3 AND period = ?4
         AND ((status = 'retry' AND next_attempt_at <= ?1)
           OR (status = 'sending' AND claimed_at < ?1 - ?6))
       RETURNING *`,
    )
    .bind(
      now,
      target.workspaceId,
      target.subscriptionId,
      target.period,
      target.email,
      CLAIM_LEASE_MS,
    )
    .first<SendRow>();
  return reclaimed ? toSend(reclaimed) : null;
}

/** Records the outcome after a successful send. */
export async function markSent(
  db: D1Database,
  send: StoredSend,
  messageId: string,
  now: number,
): Promise<StoredSend> {
  const row = await db
    .prepare(
      `UPDATE digest_sends SET status = 'sent', message_id = ?, sent_at = ?, next_attempt_at = NULL
       WHERE workspace_id = ? AND id = ? RETURNING *`,
    )
    .bind(messageId, now, send.workspaceId, send.id)
    .first<SendRow>();
  return row ? toSend(row) : { ...send, status: "sent", sentAt: now };
}

/**
 * Records a failure: a retry with backoff until MAX_ATTEMPTS, then "failed" (shown in
 * settings). `retry: false` fails at once (a "send now" the user is watching).
 */
export async function markFailed(
  db: D1Database,
  send: StoredSend,
  reason: string,
  now: number,
  options: { retry: boolean },
): Promise<StoredSend> {
  const retry = options.retry && send.attempts < MAX_ATTEMPTS;
  const row = await db
    .prepare(
      `UPDATE digest_sends SET status = ?, last_error = ?, next_attempt_at = ?
       WHERE workspace_id = ? AND id = ? RETURNING *`,
    )
    .bind(
      retry ? "retry" : "failed",
      reason.slice(0, 500),
      retry ? now + retryDelayMs(send.attempts) : null,
      send.workspaceId,
      send.id,
    )
    .first<SendRow>();
  return row ? toSend(row) : send;
}

/** Scheduled sends whose retry is due, or whose claim went stale, in every workspace. */
export async function listDueRetries(db: D1Database, now: number): Promise<StoredSend[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM digest_sends
       WHERE (status = 'retry' AND next_attempt_at <= ?1)
          OR (status = 'sending' AND claimed_at < ?1 - ?2)
       ORDER BY next_attempt_at LIMIT 100`,
    )
    .bind(now, CLAIM_LEASE_MS)
    .all<SendRow>();
  return rows.results.map(toSend);
}

/** A new manual send row ("send now"), which never blocks or counts as a scheduled period. */
export async function claimManualSend(
  db: D1Database,
  target: Omit<SendTarget, "kind" | "period">,
  periodKey: string,
  now: number,
): Promise<StoredSend | null> {
  return claimSend(db, { ...target, kind: "manual", period: `manual:${now}:${periodKey}` }, now);
}

/** The last manual send of a subscription, for the "send now" rate limit. */
export async function lastManualSendAt(
  db: D1Database,
  workspaceId: string,
  subscriptionId: string,
): Promise<number | null> {
  const row = await db
    .prepare(
      `SELECT max(created_at) AS at FROM digest_sends
       WHERE workspace_id = ? AND subscription_id = ? AND kind = 'manual'`,
    )
    .bind(workspaceId, subscriptionId)
    .first<{ at: number | null }>();
  return row?.at ?? null;
}

/** Sends of one subscription, newest first. */
export async function listSends(
  db: D1Database,
  workspaceId: string,
  subscriptionId: string,
  limit: number,
): Promise<StoredSend[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM digest_sends WHERE workspace_id = ? AND subscription_id = ?
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .bind(workspaceId, subscriptionId, limit)
    .all<SendRow>();
  return rows.results.map(toSend);
}

/** The newest send of each subscription of a workspace. */
export async function latestSends(
  db: D1Database,
  workspaceId: string,
): Promise<Map<string, StoredSend>> {
  const rows = await db
    .prepare(
      `SELECT s.* FROM digest_sends s
       WHERE s.workspace_id = ?1 AND s.id = (
         SELECT s2.id FROM digest_sends s2
         WHERE s2.workspace_id = ?1 AND s2.subscription_id = s.subscription_id
         ORDER BY s2.created_at DESC, s2.id DESC LIMIT 1)`,
    )
    .bind(workspaceId)
    .all<SendRow>();
  return new Map(rows.results.map((r) => [r.subscription_id, toSend(r)]));
}

/** Failed or retrying sends of the last 30 days, newest first (settings' problem list). */
export async function listProblemSends(
  db: D1Database,
  workspaceId: string,
  now: number,
  subscriptionIds?: string[],
): Promise<StoredSend[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM digest_sends WHERE workspace_id = ? AND status IN ('retry', 'failed')
         AND created_at >= ? ORDER BY created_at DESC LIMIT 50`,
    )
    .bind(workspaceId, now - 30 * 86_400_000)
    .all<SendRow>();
  const sends = rows.results.map(toSend);
  return subscriptionIds ? sends.filter((s) => subscriptionIds.includes(s.subscriptionId)) : sends;
}

const DAY_MS = 86_400_000;

/**
 * Forgets old mail history: sends after 180 days (the settings page shows 30), alert-email
 * marks after 7 (they matter for 24 hours) and dev outbox messages after 30.
 */
export async function pruneMailHistory(db: D1Database, now: number): Promise<void> {
  await db.batch([
    db
      .prepare("DELETE FROM digest_sends WHERE created_at < ? AND status IN ('sent', 'failed')")
      .bind(now - 180 * DAY_MS),
    db.prepare("DELETE FROM alert_emails WHERE sent_at < ?").bind(now - 7 * DAY_MS),
    db.prepare("DELETE FROM mail_outbox WHERE created_at < ?").bind(now - 30 * DAY_MS),
  ]);
}
