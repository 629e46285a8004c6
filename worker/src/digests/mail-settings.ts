import { randomToken } from "../lib/crypto.ts";

/**
 * The workspace's unsubscribe signing key, made on first use. Kept in D1 rather than a Worker
 * secret so a seller's deployment needs no extra setup, and so each workspace has its own key.
 */
export async function signingKey(db: D1Database, workspaceId: string, now: number) {
  const row = await db
    .prepare(
      `INSERT INTO mail_settings (workspace_id, signing_key, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id) DO UPDATE SET signing_key = signing_key
       RETURNING signing_key`,
    )
    .bind(workspaceId, randomToken(32), now)
    .first<{ signing_key: string }>();
  if (!row) throw new Error("mail_settings: no signing key");
  return row.signing_key;
}

/** Remembers where the dashboard is served from, for links in emails sent by the cron. */
export async function rememberDashboardOrigin(
  db: D1Database,
  workspaceId: string,
  origin: string,
  now: number,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO mail_settings (workspace_id, signing_key, dashboard_origin, updated_at)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (workspace_id) DO UPDATE SET dashboard_origin = excluded.dashboard_origin,
         updated_at = excluded.updated_at`,
    )
    .bind(workspaceId, randomToken(32), origin, now)
    .run();
}

/** The dashboard's base URL for emails: PUBLIC_URL, else the origin digests were set up from. */
export async function dashboardBase(
  db: D1Database,
  workspaceId: string,
  publicUrl: string | undefined,
): Promise<string> {
  const configured = publicUrl?.trim().replace(/\/+$/, "");
  if (configured) return configured;
  const row = await db
    .prepare("SELECT dashboard_origin FROM mail_settings WHERE workspace_id = ?")
    .bind(workspaceId)
    .first<{ dashboard_origin: string | null }>();
  return row?.dashboard_origin ?? "http://localhost:8787";
}
