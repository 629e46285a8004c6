import { env } from "cloudflare:workers";
import type { Role } from "@tongshu/shared";
import { createPairingCode, redeemPairingCode } from "../../src/db/pairing-codes.ts";
import { createSession } from "../../src/db/sessions.ts";
import { createWorkspace } from "../../src/db/workspaces.ts";
import { hashPassword, type PasswordHash, randomId } from "../../src/lib/crypto.ts";
import { SESSION_COOKIE } from "../../src/middleware/session.ts";

export const PASSWORD = "correct horse battery";
let hashed: PasswordHash | null = null;

/** A member inserted directly (one PBKDF2 hash shared by all), able to log in with PASSWORD. */
export async function addMember(
  workspaceId: string,
  role: Role,
  options: { email?: string; canSeeCosts?: boolean; shopScope?: string[] } = {},
): Promise<{ id: string; email: string; role: Role }> {
  hashed ??= await hashPassword(PASSWORD);
  const id = randomId("mb");
  const email = options.email ?? `${id.toLowerCase()}@example.cn`;
  await env.DB.prepare(
    `INSERT INTO members (workspace_id, id, email, name, role, password_hash, password_salt,
       password_iterations, can_see_costs, shop_scope, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      workspaceId,
      id,
      email,
      `${role} ${id.slice(-4)}`,
      role,
      hashed.hash,
      hashed.salt,
      hashed.iterations,
      options.canSeeCosts ? 1 : 0,
      options.shopScope ? JSON.stringify(options.shopScope) : null,
      Date.now(),
    )
    .run();
  return { id, email, role };
}

/** A fresh session cookie for a member, without the cost of a password check. */
export async function cookieFor(workspaceId: string, memberId: string): Promise<string> {
  const { token } = await createSession(env.DB, { workspaceId, memberId }, Date.now());
  return `${SESSION_COOKIE}=${token}`;
}

/** A paired device of the workspace (through the real pairing-code path), with its token. */
export async function addDevice(workspaceId: string, memberId: string, name = "Chrome 甜橙") {
  const { code } = await createPairingCode(env.DB, workspaceId, memberId, Date.now());
  const paired = await redeemPairingCode(env.DB, code, name, Date.now());
  if (!paired) throw new Error("pairing failed");
  return { id: paired.deviceId, token: paired.token, bearer: `Bearer ${paired.token}` };
}

/** A workspace with one member of every role, cookies for each, and a paired device. */
export async function makeTeam(name: string) {
  const workspace = await createWorkspace(env.DB, name, Date.now());
  const ws = workspace.id;
  const owner = await addMember(ws, "owner");
  const admin = await addMember(ws, "admin");
  const analyst = await addMember(ws, "analyst");
  const viewer = await addMember(ws, "viewer");
  const device = await addDevice(ws, analyst.id);
  return { workspace, owner, admin, analyst, viewer, device };
}

export type Team = Awaited<ReturnType<typeof makeTeam>>;

export async function auditActions(workspaceId: string): Promise<string[]> {
  const rows = await env.DB.prepare(
    "SELECT action FROM audit_log WHERE workspace_id = ? ORDER BY id",
  )
    .bind(workspaceId)
    .all<{ action: string }>();
  return rows.results.map((r) => r.action);
}
