import { latestDuePeriod, periodFromKey } from "@tongshu/shared";
import { readMailConfig } from "../mail/mail-config.ts";
import { type DeliveryRuntime, deliverDigest, deliverUrgentAlerts } from "./deliver.ts";
import { claimSend, listDueRetries, pruneMailHistory } from "./sends.ts";
import {
  getSubscription,
  listSendableSubscriptions,
  type StoredSubscription,
} from "./subscriptions.ts";
import { alertsPeriod, pendingUrgentAlerts } from "./urgent-alerts.ts";

export interface DigestRunSummary {
  sent: number;
  failed: number;
  alertEmails: number;
  skipped: string | null;
}

const sendable = (s: StoredSubscription | null): s is StoredSubscription =>
  s !== null && s.unsubscribedAt === null && s.recipient.active;

/**
 * The cron's mail step: retries that are due, then each subscription's latest due period
 * (claimed before sending, so a cron firing twice or late sends it once), then urgent alerts.
 */
export async function runDigests(env: Env, now: number): Promise<DigestRunSummary> {
  const config = readMailConfig(env, env.EMAIL !== undefined);
  const summary: DigestRunSummary = { sent: 0, failed: 0, alertEmails: 0, skipped: null };
  await pruneMailHistory(env.DB, now);
  // Without a way to send, nothing is claimed: periods are not burnt as failures while a
  // seller finishes setting mail up (settings shows the problem instead).
  if (config.problem) return { ...summary, skipped: config.problem };
  const runtime: DeliveryRuntime = { env, config, now };
  const count = (send: { status: string } | null) => {
    if (send?.status === "sent") summary.sent++;
    else if (send) summary.failed++;
  };

  for (const send of await listDueRetries(env.DB, now)) {
    const subscription = await getSubscription(env.DB, send.workspaceId, send.subscriptionId);
    const period = subscription ? periodFromKey(send.period, subscription.sendAt) : null;
    if (!sendable(subscription) || !period || send.kind !== "digest") continue;
    const claimed = await claimSend(env.DB, send, now);
    if (claimed)
      count(await deliverDigest(runtime, subscription, period, claimed, { retry: true }));
  }

  for (const subscription of await listSendableSubscriptions(env.DB)) {
    const period = latestDuePeriod(subscription, now);
    // A new subscription starts with the next send time, not with a period already past.
    if (period && period.dueAt >= subscription.createdAt) {
      const claimed = await claimSend(
        env.DB,
        {
          workspaceId: subscription.workspaceId,
          subscriptionId: subscription.id,
          email: subscription.email,
          kind: "digest",
          period: period.key,
        },
        now,
      );
      if (claimed)
        count(await deliverDigest(runtime, subscription, period, claimed, { retry: true }));
    }
    if (!subscription.urgentAlerts) continue;
    const alerts = await pendingUrgentAlerts(env.DB, subscription, now);
    if (alerts.length > 0) {
      const claimed = await claimSend(
        env.DB,
        {
          workspaceId: subscription.workspaceId,
          subscriptionId: subscription.id,
          email: subscription.email,
          kind: "alerts",
          period: alertsPeriod(now),
        },
        now,
      );
      const sent = claimed
        ? await deliverUrgentAlerts(runtime, subscription, claimed, alerts)
        : null;
      if (sent?.status === "sent") summary.alertEmails++;
      else if (sent) summary.failed++;
    }
  }
  return summary;
}
