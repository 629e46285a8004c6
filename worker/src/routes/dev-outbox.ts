import { latestDuePeriod } from "@tongshu/shared";
import { Hono } from "hono";
import * as z from "zod";
import { deliverDigest } from "../digests/deliver.ts";
import { claimManualSend } from "../digests/sends.ts";
import { getSubscription } from "../digests/subscriptions.ts";
import type { AppEnv } from "../env.ts";
import { devOnly } from "../lib/dev-only.ts";
import { ApiError } from "../lib/errors.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { htmlPage } from "../lib/html-page.ts";
import { readJson } from "../lib/read-json.ts";
import { readMailConfig } from "../mail/mail-config.ts";
import { decodeHeader, readMime } from "../mail/read-mime.ts";

interface OutboxRow {
  id: string;
  workspace_id: string | null;
  recipient: string;
  subject: string;
  raw: string;
  created_at: number;
}

const beijingTime = (ms: number) =>
  new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

async function message(db: D1Database, id: string): Promise<OutboxRow> {
  const row = await db
    .prepare("SELECT * FROM mail_outbox WHERE id = ?")
    .bind(id)
    .first<OutboxRow>();
  if (!row) throw new ApiError("not_found", "No such message in the outbox.");
  return row;
}

/**
 * The dev outbox (MAIL_TRANSPORT = "outbox", as `npm start` runs): every email the Worker
 * would have sent, kept in the local D1 so it survives restarts. Only with DEV_ROUTES.
 */
export const devOutbox = new Hono<AppEnv>()
  .use(devOnly)
  .get("/", async (c) => {
    const rows = await c.env.DB.prepare(
      "SELECT id, recipient, subject, created_at FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT 200",
    ).all<Omit<OutboxRow, "raw" | "workspace_id">>();
    const items = rows.results
      .map(
        (r) => `<tr><td>${beijingTime(r.created_at)}</td><td>${escapeHtml(r.recipient)}</td>
<td><a href="outbox/${encodeURIComponent(r.id)}">${escapeHtml(decodeHeader(r.subject))}</a></td></tr>`,
      )
      .join("");
    return htmlPage(
      "开发发件箱 Dev outbox",
      `<h1>开发发件箱 <span class="muted">Dev outbox</span></h1>
<p class="muted">本地开发时（npm start）邮件不会真正发出，而是保存在本地 D1 中，重启后仍在。Emails are kept in the local D1 instead of being sent.</p>
${items ? `<table><thead><tr><th>时间（北京）</th><th>收件人</th><th>主题</th></tr></thead><tbody>${items}</tbody></table>` : "<p>还没有邮件。在 设置 → 邮件摘要 中点 “立即发送”。</p>"}`,
    );
  })
  // `npm run digest:send -- EMAIL`: the settings page's 立即发送 without a browser.
  .post("/send", async (c) => {
    const { email } = await readJson(c, z.object({ email: z.string().trim().toLowerCase() }));
    const row = await c.env.DB.prepare(
      `SELECT d.workspace_id, d.id FROM digest_subscriptions d
       LEFT JOIN members m ON m.workspace_id = d.workspace_id AND m.id = d.member_id
       WHERE lower(coalesce(m.email, d.email)) = ? ORDER BY d.created_at LIMIT 1`,
    )
      .bind(email)
      .first<{ workspace_id: string; id: string }>();
    const subscription = row ? await getSubscription(c.env.DB, row.workspace_id, row.id) : null;
    if (!subscription)
      throw new ApiError(
        "not_found",
        `${email} has no digest; add one under 设置 → 邮件摘要 first.`,
      );
    const now = Date.now();
    const config = readMailConfig(c.env, c.env.EMAIL !== undefined);
    const frequency = subscription.frequency === "off" ? "daily" : subscription.frequency;
    const period = latestDuePeriod({ frequency, sendAt: "00:00" }, now);
    const claimed = await claimManualSend(
      c.env.DB,
      {
        workspaceId: subscription.workspaceId,
        subscriptionId: subscription.id,
        email: subscription.email,
      },
      period?.key ?? "",
      now,
    );
    if (!period || !claimed) throw new ApiError("conflict", "A send is already in progress.");
    const send = await deliverDigest({ env: c.env, config, now }, subscription, period, claimed, {
      retry: false,
    });
    return c.json({ period: period.key, status: send.status, lastError: send.lastError });
  })
  .get("/messages.json", async (c) => {
    const rows = await c.env.DB.prepare(
      "SELECT id, workspace_id, recipient, subject, created_at FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT 200",
    ).all<Omit<OutboxRow, "raw">>();
    return c.json({
      messages: rows.results.map((r) => ({
        id: r.id,
        workspaceId: r.workspace_id,
        to: r.recipient,
        subject: decodeHeader(r.subject),
        createdAt: r.created_at,
      })),
    });
  })
  .get("/:id", async (c) => {
    const row = await message(c.env.DB, c.req.param("id"));
    const parsed = readMime(row.raw);
    const id = encodeURIComponent(row.id);
    const header = (name: string) => escapeHtml(decodeHeader(parsed.headers.get(name) ?? ""));
    return htmlPage(
      decodeHeader(row.subject),
      `<p><a href="../outbox">← 发件箱</a> · <a href="${id}/raw">下载 .eml</a></p>
<h1>${header("subject")}</h1>
<table><tbody><tr><th>From</th><td>${header("from")}</td></tr><tr><th>To</th><td>${header("to")}</td></tr>
<tr><th>Date</th><td>${header("date")}</td></tr><tr><th>List-Unsubscribe</th><td>${header("list-unsubscribe")}</td></tr></tbody></table>
<h2>HTML</h2><iframe sandbox title="HTML part" src="${id}/html"></iframe>
<h2>纯文本 Plain text</h2><pre>${escapeHtml(parsed.text ?? "")}</pre>`,
    );
  })
  .get("/:id/html", async (c) => {
    const row = await message(c.env.DB, c.req.param("id"));
    return new Response(readMime(row.raw).html ?? "", {
      headers: {
        "content-type": "text/html; charset=utf-8",
        // The email's own HTML, shown as a mail client would: no scripts, no requests out.
        "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  })
  .get("/:id/raw", async (c) => {
    const row = await message(c.env.DB, c.req.param("id"));
    return new Response(row.raw, {
      headers: {
        "content-type": "message/rfc822",
        "content-disposition": `attachment; filename="${row.id}.eml"`,
      },
    });
  })
  .get("/:id/parts.json", async (c) => {
    const row = await message(c.env.DB, c.req.param("id"));
    const parsed = readMime(row.raw);
    return c.json({
      headers: Object.fromEntries(parsed.headers),
      subject: decodeHeader(row.subject),
      text: parsed.text,
      html: parsed.html,
    });
  });
