import { EmailMessage } from "cloudflare:email";
import { randomId } from "../lib/crypto.ts";
import type { MailConfig, SmtpConfig } from "./mail-config.ts";
import { buildMime, newMessageId, type OutgoingEmail } from "./mime.ts";
import { sendOverSmtp } from "./smtp-session.ts";
import { openSmtpConnection } from "./smtp-socket.ts";

/** Raised for anything that kept a message from leaving: the text is shown in settings. */
export class MailError extends Error {}

export interface MailContext {
  db: D1Database;
  email?: SendEmail;
  workspaceId: string;
}

/** Per-reply deadline: a silent SMTP server fails the send instead of holding the cron. */
const SMTP_REPLY_TIMEOUT_MS = 20_000;

async function sendSmtp(smtp: SmtpConfig, from: string, email: OutgoingEmail, raw: string) {
  const connection = await openSmtpConnection(smtp.host, smtp.port, smtp.security);
  await sendOverSmtp(
    connection,
    { from, to: email.to, raw },
    {
      startTls: smtp.security === "starttls",
      credentials:
        smtp.username && smtp.password
          ? { username: smtp.username, password: smtp.password }
          : null,
      clientName: from.split("@")[1] ?? "localhost",
      replyTimeoutMs: SMTP_REPLY_TIMEOUT_MS,
    },
  );
}

/**
 * Sends one email the configured way and returns its Message-ID. The send_email binding gets a
 * MIME message built by mimetext; SMTP sends that same message with our small client over
 * cloudflare:sockets (worker-mailer 1.2.1 spins forever when a server hangs up and does not
 * insist on STARTTLS); the dev outbox stores it in D1.
 */
export async function sendMail(
  config: MailConfig,
  context: MailContext,
  email: OutgoingEmail,
): Promise<string> {
  if (config.problem) throw new MailError(config.problem);
  const from = config.from ?? "";
  const messageId = newMessageId(from);
  try {
    switch (config.transport) {
      case "send_email": {
        if (!context.email) throw new MailError("The send_email binding EMAIL is missing.");
        const raw = buildMime(email, messageId);
        await context.email.send(new EmailMessage(from, email.to, raw));
        break;
      }
      case "smtp":
        if (!config.smtp) throw new MailError("SMTP is not configured.");
        await sendSmtp(config.smtp, from, email, buildMime(email, messageId));
        break;
      case "outbox":
        await context.db
          .prepare(
            `INSERT INTO mail_outbox (id, workspace_id, recipient, subject, raw, created_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            randomId("mail"),
            context.workspaceId,
            email.to,
            email.subject,
            buildMime(email, messageId),
            Date.now(),
          )
          .run();
        break;
      default:
        throw new MailError("Mail is off.");
    }
  } catch (error) {
    if (error instanceof MailError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MailError(`${config.transport}: ${reason}`.slice(0, 500));
  }
  return messageId;
}
