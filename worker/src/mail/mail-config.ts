import type { MailDelivery } from "@tongshu/shared";

export type MailTransportName = MailDelivery["transport"];

export interface SmtpConfig {
  host: string;
  port: number;
  /** "tls" = implicit TLS (465), "starttls" = upgrade (587), "none" = plain (local sinks only). */
  security: "tls" | "starttls" | "none";
  username: string | null;
  password: string | null;
}

export interface MailConfig {
  transport: MailTransportName;
  from: string | null;
  fromName: string;
  smtp: SmtpConfig | null;
  /** Why mail cannot go out as configured; null when it can. */
  problem: string | null;
}

/** The Worker's mail settings (wrangler.toml vars + the SMTP_PASSWORD secret). */
export interface MailEnv {
  MAIL_TRANSPORT?: string;
  MAIL_FROM?: string;
  MAIL_FROM_NAME?: string;
  SMTP_HOST?: string;
  SMTP_PORT?: string;
  SMTP_SECURITY?: string;
  SMTP_USER?: string;
  SMTP_PASSWORD?: string;
}

const TRANSPORTS: readonly MailTransportName[] = ["send_email", "smtp", "outbox", "none"];
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Reads and checks the configuration once per use; problems are reported, never thrown. */
export function readMailConfig(env: MailEnv, hasEmailBinding: boolean): MailConfig {
  const raw = (env.MAIL_TRANSPORT ?? "").trim() || "none";
  const transport = (TRANSPORTS as readonly string[]).includes(raw)
    ? (raw as MailTransportName)
    : "none";
  const from = env.MAIL_FROM?.trim() || null;
  const fromName = env.MAIL_FROM_NAME?.trim() || "通数 Tongshu";
  const config: MailConfig = { transport, from, fromName, smtp: null, problem: null };
  if (transport !== raw) {
    config.problem = `MAIL_TRANSPORT "${raw}" is not one of send_email, smtp, outbox, none.`;
    return config;
  }
  if (transport === "none") {
    config.problem = "Mail is off: set MAIL_TRANSPORT to send_email or smtp (see README).";
    return config;
  }
  if (transport === "outbox") return { ...config, from: from ?? "digest@tongshu.localhost" };
  if (!from || !EMAIL.test(from)) {
    config.problem = "MAIL_FROM is not set to an email address.";
    return config;
  }
  if (transport === "send_email") {
    if (!hasEmailBinding) config.problem = "The send_email binding EMAIL is missing.";
    return config;
  }
  const host = env.SMTP_HOST?.trim();
  const port = Number(env.SMTP_PORT ?? "587");
  const security = (env.SMTP_SECURITY?.trim() || "starttls") as SmtpConfig["security"];
  if (!host) config.problem = "SMTP_HOST is not set.";
  else if (!Number.isInteger(port) || port < 1 || port > 65535)
    config.problem = `SMTP_PORT "${env.SMTP_PORT}" is not a port.`;
  else if (!["tls", "starttls", "none"].includes(security))
    config.problem = `SMTP_SECURITY "${security}" is not one of tls, starttls, none.`;
  else if (port === 25) config.problem = "Workers cannot connect to port 25; use 465 or 587.";
  config.smtp = {
    host: host ?? "",
    port,
    security,
    username: env.SMTP_USER?.trim() || null,
    password: env.SMTP_PASSWORD ?? null,
  };
  return config;
}

/** The delivery settings as the settings page shows them (no secrets). */
export function mailDelivery(config: MailConfig, origin: string): MailDelivery {
  return {
    transport: config.transport,
    from: config.from,
    problem: config.problem,
    outboxUrl: config.transport === "outbox" ? `${origin}/api/v1/dev/outbox` : null,
  };
}
