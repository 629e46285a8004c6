import { type Context, Hono } from "hono";
import { auditStatement } from "../db/audit-log.ts";
import { signingKey } from "../digests/mail-settings.ts";
import { getSubscription, type StoredSubscription } from "../digests/subscriptions.ts";
import { readUnsubscribeToken, verifyUnsubscribe } from "../digests/unsubscribe-token.ts";
import type { AppEnv } from "../env.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { htmlPage } from "../lib/html-page.ts";

const TEXT = {
  "zh-CN": {
    title: "退订通数邮件",
    confirm: (email: string) =>
      `确认后，${email} 将不再收到通数的经营摘要和预警邮件。之后可以在 设置 → 邮件摘要 中重新订阅。`,
    button: "确认退订",
    done: (email: string) =>
      `已退订。${email} 不会再收到通数的经营摘要和预警邮件。如需恢复，请在 设置 → 邮件摘要 中重新订阅。`,
    doneTitle: "已退订",
    invalid: "退订链接无效或已过期。请在看板的 设置 → 邮件摘要 中管理订阅。",
  },
  en: {
    title: "Unsubscribe from Tongshu email",
    confirm: (email: string) =>
      `Once you confirm, ${email} will get no more Tongshu digests or alert emails. You can subscribe again under Settings → Email digests.`,
    button: "Unsubscribe",
    done: (email: string) =>
      `Unsubscribed. ${email} will get no more Tongshu digests or alert emails. To resume, subscribe again under Settings → Email digests.`,
    doneTitle: "Unsubscribed",
    invalid:
      "This unsubscribe link is not valid. Manage email under Settings → Email digests in the dashboard.",
  },
} as const;

/** "owner@example.com" → "o***@example.com": the page may be opened from a forwarded email. */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

async function subscriptionOf(c: Context<AppEnv>): Promise<StoredSubscription | null> {
  const token = readUnsubscribeToken(c.req.query("token") ?? "");
  if (!token) return null;
  const subscription = await getSubscription(c.env.DB, token.workspaceId, token.subscriptionId);
  if (!subscription) return null;
  const key = await signingKey(c.env.DB, token.workspaceId, Date.now());
  return (await verifyUnsubscribe(key, token)) ? subscription : null;
}

function invalid() {
  const page = htmlPage(
    TEXT["zh-CN"].title,
    `<h1>${TEXT["zh-CN"].title}</h1>
<p>${escapeHtml(TEXT["zh-CN"].invalid)}</p><p class="muted">${escapeHtml(TEXT.en.invalid)}</p>`,
  );
  return new Response(page.body, { status: 400, headers: page.headers });
}

/**
 * /api/v1/unsubscribe?token=…: the link in every email. GET shows a confirmation (link
 * scanners fetch GETs, so a GET alone never unsubscribes); POST unsubscribes, both from the
 * page's button and from mail clients' RFC 8058 one-click (List-Unsubscribe-Post).
 */
export const unsubscribe = new Hono<AppEnv>()
  .get("/", async (c) => {
    const subscription = await subscriptionOf(c);
    if (!subscription) return invalid();
    const text = TEXT[subscription.locale];
    const email = escapeHtml(maskEmail(subscription.email));
    const action = `?token=${encodeURIComponent(c.req.query("token") ?? "")}`;
    if (subscription.unsubscribedAt !== null)
      return htmlPage(
        text.doneTitle,
        `<h1>${text.doneTitle}</h1><p>${text.done(email)}</p>`,
        subscription.locale,
      );
    return htmlPage(
      text.title,
      `<h1>${text.title}</h1><p>${text.confirm(email)}</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${text.button}</button></form>`,
      subscription.locale,
    );
  })
  .post("/", async (c) => {
    const subscription = await subscriptionOf(c);
    if (!subscription) return invalid();
    const now = Date.now();
    if (subscription.unsubscribedAt === null)
      await c.env.DB.batch([
        c.env.DB.prepare(
          `UPDATE digest_subscriptions SET unsubscribed_at = ?, updated_at = ?
           WHERE workspace_id = ? AND id = ? AND unsubscribed_at IS NULL`,
        ).bind(now, now, subscription.workspaceId, subscription.id),
        auditStatement(
          c.env.DB,
          subscription.workspaceId,
          {
            actorType: "system",
            actorId: null,
            action: "digest.unsubscribe",
            target: `digest:${subscription.id}`,
            details: { email: subscription.email, via: "link" },
          },
          now,
        ),
      ]);
    const text = TEXT[subscription.locale];
    const email = escapeHtml(maskEmail(subscription.email));
    return htmlPage(
      text.doneTitle,
      `<h1>${text.doneTitle}</h1><p>${text.done(email)}</p>`,
      subscription.locale,
    );
  });
