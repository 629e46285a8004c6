import type { Alert, DigestPeriod } from "@tongshu/shared";
import { getWorkspace } from "../db/workspaces.ts";
import type { MailConfig } from "../mail/mail-config.ts";
import type { OutgoingEmail } from "../mail/mime.ts";
import { sendMail } from "../mail/send-mail.ts";
import { alertRow, collectDigest } from "./collect-digest.ts";
import type { RenderedEmail } from "./content.ts";
import { dashboardBase, signingKey } from "./mail-settings.ts";
import { renderDigest, renderUrgentAlerts } from "./render/index.ts";
import { markFailed, markSent, type StoredSend } from "./sends.ts";
import type { StoredSubscription } from "./subscriptions.ts";
import { signUnsubscribe } from "./unsubscribe-token.ts";
import { recordAlertEmailsStatements } from "./urgent-alerts.ts";

/** What a delivery needs from the Worker: its bindings, the mail config and the clock. */
export interface DeliveryRuntime {
  env: Env;
  config: MailConfig;
  now: number;
}

interface Addresses {
  base: string;
  unsubscribe: string;
  workspaceName: string;
}

async function addressesOf(runtime: DeliveryRuntime, subscription: StoredSubscription) {
  const db = runtime.env.DB;
  const [workspace, base, key] = await Promise.all([
    getWorkspace(db, subscription.workspaceId),
    dashboardBase(db, subscription.workspaceId, runtime.env.PUBLIC_URL),
    signingKey(db, subscription.workspaceId, runtime.now),
  ]);
  const token = await signUnsubscribe(key, subscription.workspaceId, subscription.id);
  return {
    base,
    unsubscribe: `${base}/api/v1/unsubscribe?token=${token}`,
    workspaceName: workspace?.name ?? "",
  } satisfies Addresses;
}

/** The envelope of every Tongshu email: sender, and the RFC 8058 one-click unsubscribe headers. */
function outgoing(
  runtime: DeliveryRuntime,
  subscription: StoredSubscription,
  rendered: RenderedEmail,
  addresses: Addresses,
  send: StoredSend,
): OutgoingEmail {
  return {
    from: { name: runtime.config.fromName, email: runtime.config.from ?? "" },
    to: subscription.email,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    headers: {
      "List-Unsubscribe": `<${addresses.unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
      "X-Tongshu-Period": send.period,
    },
  };
}

async function attempt(
  runtime: DeliveryRuntime,
  send: StoredSend,
  retry: boolean,
  work: () => Promise<string>,
): Promise<StoredSend> {
  try {
    const messageId = await work();
    return await markSent(runtime.env.DB, send, messageId, Date.now());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `digests: ${send.kind} ${send.period} to subscription ${send.subscriptionId} failed: ${reason}`,
    );
    return markFailed(runtime.env.DB, send, reason, runtime.now, { retry });
  }
}

/**
 * Renders and sends one digest for a claimed send row, then records the outcome on it
 * (markSent / markFailed): the claim before and this record after make each period go once.
 */
export async function deliverDigest(
  runtime: DeliveryRuntime,
  subscription: StoredSubscription,
  period: DigestPeriod,
  send: StoredSend,
  options: { retry: boolean },
): Promise<StoredSend> {
  return attempt(runtime, send, options.retry, async () => {
    const addresses = await addressesOf(runtime, subscription);
    const content = await collectDigest(
      runtime.env.DB,
      subscription,
      period,
      addresses.workspaceName,
      addresses,
      runtime.now,
    );
    const email = outgoing(runtime, subscription, renderDigest(content), addresses, send);
    return sendMail(runtime.config, mailContext(runtime, subscription), email);
  });
}

/** Sends urgent alerts a recipient has not heard about, on a claimed hourly send row. */
export async function deliverUrgentAlerts(
  runtime: DeliveryRuntime,
  subscription: StoredSubscription,
  send: StoredSend,
  alerts: Alert[],
): Promise<StoredSend> {
  const db = runtime.env.DB;
  // No backoff rows for alerts: a failed hour is recorded, and the still-pending alerts go out
  // with the next hour's claim, which is the retry.
  return attempt(runtime, send, false, async () => {
    const addresses = await addressesOf(runtime, subscription);
    const rendered = renderUrgentAlerts({
      locale: subscription.locale,
      workspaceName: addresses.workspaceName,
      alerts: alerts.map((a) => alertRow(a, addresses.base)),
      links: {
        alerts: `${addresses.base}/alerts?state=new`,
        settings: `${addresses.base}/settings?section=digests`,
        unsubscribe: addresses.unsubscribe,
      },
      generatedAt: runtime.now,
    });
    const email = outgoing(runtime, subscription, rendered, addresses, send);
    const messageId = await sendMail(runtime.config, mailContext(runtime, subscription), email);
    await db.batch(recordAlertEmailsStatements(db, subscription, alerts, Date.now()));
    return messageId;
  });
}

function mailContext(runtime: DeliveryRuntime, subscription: StoredSubscription) {
  return { db: runtime.env.DB, email: runtime.env.EMAIL, workspaceId: subscription.workspaceId };
}
