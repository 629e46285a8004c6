import { env } from "cloudflare:workers";
import { createWorkspace } from "../../src/db/workspaces.ts";
import { readMime } from "../../src/mail/read-mime.ts";
import { addMember, cookieFor } from "./accounts.ts";
import { postJson } from "./fixtures.ts";
import { ALL_RECORDS, bj, ingest } from "./report-fixture.ts";

/** The monthly digest of November 2026 is due at 08:30 Beijing on 1 December. */
export const DEC_1_0830 = bj("2026-12-01", "08:30");

/**
 * The report fixture's workspace (see report-fixture.ts for the hand-computed figures) with an
 * owner, a viewer limited to no costs, and their cookies.
 */
export async function digestWorkspace(name = `摘要 ${Math.random()}`) {
  const workspace = await createWorkspace(env.DB, name, Date.now());
  await ingest(workspace.id, ALL_RECORDS);
  const owner = await addMember(workspace.id, "owner");
  const viewer = await addMember(workspace.id, "viewer");
  return {
    ws: workspace.id,
    owner,
    viewer,
    cookies: {
      owner: await cookieFor(workspace.id, owner.id),
      viewer: await cookieFor(workspace.id, viewer.id),
    },
  };
}

let serial = 0;
/**
 * Creates a subscription through the API, then dates it back (by default to 2026-11-07, so the
 * first period due is 8 November's daily or December's monthly), keeping creation order.
 */
export async function subscribe(
  ws: string,
  cookie: string,
  body: Record<string, unknown>,
  createdAt = bj("2026-11-07", "12:00") + ++serial,
): Promise<{ id: string }> {
  const res = await postJson("/api/v1/settings/digests", body, { cookie });
  if (res.status !== 201) throw new Error(`subscribe → ${res.status}: ${await res.text()}`);
  const { subscription } = (await res.json()) as { subscription: { id: string } };
  await env.DB.prepare(
    "UPDATE digest_subscriptions SET created_at = ? WHERE workspace_id = ? AND id = ?",
  )
    .bind(createdAt, ws, subscription.id)
    .run();
  return subscription;
}

/** The dev outbox's messages of one workspace, oldest first, read back into parts. */
export async function outbox(ws: string) {
  const rows = await env.DB.prepare(
    "SELECT recipient, subject, raw FROM mail_outbox WHERE workspace_id = ? ORDER BY created_at, id",
  )
    .bind(ws)
    .all<{ recipient: string; subject: string; raw: string }>();
  return rows.results.map((r) => ({
    to: r.recipient,
    subject: r.subject,
    raw: r.raw,
    ...readMime(r.raw),
  }));
}

export async function sendRows(ws: string) {
  const rows = await env.DB.prepare(
    "SELECT kind, period, status, attempts, last_error, next_attempt_at FROM digest_sends WHERE workspace_id = ? ORDER BY created_at, id",
  )
    .bind(ws)
    .all<{
      kind: string;
      period: string;
      status: string;
      attempts: number;
      last_error: string | null;
      next_attempt_at: number | null;
    }>();
  return rows.results;
}
