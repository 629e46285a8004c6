import type { Alert } from "@tongshu/shared";
import { ALERT_COLUMNS, type AlertRow, toAlert } from "../alerts/store.ts";
import { shopCondition } from "../reports/filter.ts";
import { recipientShops } from "./recipient-view.ts";
import type { StoredSubscription } from "./subscriptions.ts";

/** A subject (a shop, a product in a shop) is emailed to one recipient at most once a day. */
export const SUBJECT_QUIET_MS = 24 * 60 * 60_000;
/** Only findings still current: an alert last seen two days ago is history, not news. */
const FRESH_MS = 48 * 60 * 60_000;

/**
 * Urgent alerts a recipient has not been told about: new (nobody marked them read), seen by
 * the rules in the last 48 hours, in the recipient's shops, and whose rule and subject were not
 * emailed to them in the last 24 hours, so a flapping rule that reopens cannot flood an inbox.
 */
export async function pendingUrgentAlerts(
  db: D1Database,
  subscription: StoredSubscription,
  now: number,
): Promise<Alert[]> {
  const shops = shopCondition({ platforms: null, shops: recipientShops(subscription) }, "a");
  const rows = await db
    .prepare(
      `SELECT ${ALERT_COLUMNS}, s.shop_name FROM alerts a
       LEFT JOIN shops s ON s.workspace_id = a.workspace_id AND s.platform = a.platform
         AND s.shop_id = a.shop_id
       WHERE a.workspace_id = ? AND a.severity = 'urgent' AND a.state = 'new'
         AND a.last_seen_at >= ?${shops.sql}
         AND NOT EXISTS (SELECT 1 FROM alert_emails e WHERE e.workspace_id = a.workspace_id
           AND e.subscription_id = ? AND e.rule = a.rule AND e.subject = a.subject
           AND e.sent_at > ?)
       ORDER BY a.date DESC, a.first_seen_at DESC LIMIT 20`,
    )
    .bind(
      subscription.workspaceId,
      now - FRESH_MS,
      ...shops.params,
      subscription.id,
      now - SUBJECT_QUIET_MS,
    )
    .all<AlertRow>();
  return rows.results.map(toAlert);
}

/** Remembers which subjects this recipient was told about (after the send succeeded). */
export function recordAlertEmailsStatements(
  db: D1Database,
  subscription: StoredSubscription,
  alerts: Alert[],
  now: number,
): D1PreparedStatement[] {
  return alerts.map((a) =>
    db
      .prepare(
        `INSERT INTO alert_emails (workspace_id, subscription_id, rule, subject, sent_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, subscription_id, rule, subject)
         DO UPDATE SET sent_at = excluded.sent_at`,
      )
      .bind(subscription.workspaceId, subscription.id, a.rule, a.subject, now),
  );
}

/** One urgent email per recipient per Beijing hour: the period key of this hour. */
export function alertsPeriod(now: number): string {
  const beijing = new Date(now + 8 * 60 * 60_000).toISOString();
  return `alerts:${beijing.slice(0, 13)}`;
}
