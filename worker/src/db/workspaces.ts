import type { Workspace } from "@tongshu/shared";
import { randomId, randomToken } from "../lib/crypto.ts";

interface WorkspaceRow {
  id: string;
  name: string;
}

const toWorkspace = (row: WorkspaceRow): Workspace => ({ id: row.id, name: row.name });

export async function getWorkspace(db: D1Database, id: string): Promise<Workspace | null> {
  const row = await db
    .prepare("SELECT id, name FROM workspaces WHERE id = ?")
    .bind(id)
    .first<WorkspaceRow>();
  return row ? toWorkspace(row) : null;
}

/** Creates a workspace with a fresh buyerKey secret. */
export async function createWorkspace(
  db: D1Database,
  name: string,
  now: number,
): Promise<Workspace> {
  const id = randomId("ws");
  await db
    .prepare("INSERT INTO workspaces (id, name, buyer_key_secret, created_at) VALUES (?, ?, ?, ?)")
    .bind(id, name, randomToken(32), now)
    .run();
  return { id, name };
}

/** The workspace's buyerKey HMAC secret, handed to a device when it pairs. */
export async function getBuyerKeySecret(db: D1Database, id: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT buyer_key_secret FROM workspaces WHERE id = ?")
    .bind(id)
    .first<{ buyer_key_secret: string }>();
  return row?.buyer_key_secret ?? null;
}
