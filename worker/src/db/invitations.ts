import { INVITATION_TTL_MS, type Role, type ShopScope } from "@tongshu/shared";
import { type PasswordHash, randomId, randomToken, sha256Hex } from "../lib/crypto.ts";
import { auditIfChangedStatement, auditStatement } from "./audit-log.ts";

export interface NewInvitation {
  email: string;
  role: Role;
  canSeeCosts: boolean;
  shopScope: ShopScope;
}

/** Stores an invitation (token hashed) with its audit row; returns the token, shown once. */
export async function createInvitation(
  db: D1Database,
  workspaceId: string,
  invitedBy: string,
  input: NewInvitation,
  now: number,
): Promise<{ id: string; token: string; expiresAt: number }> {
  const id = randomId("iv");
  const token = randomToken(32);
  const expiresAt = now + INVITATION_TTL_MS;
  await db.batch([
    db
      .prepare(
        `INSERT INTO invitations (token_hash, workspace_id, id, email, role, can_see_costs, shop_scope,
           invited_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        await sha256Hex(token),
        workspaceId,
        id,
        input.email,
        input.role,
        input.canSeeCosts ? 1 : 0,
        input.shopScope === null ? null : JSON.stringify(input.shopScope),
        invitedBy,
        now,
        expiresAt,
      ),
    auditStatement(
      db,
      workspaceId,
      {
        actorType: "member",
        actorId: invitedBy,
        action: "invitation.create",
        target: `invitation:${id}`,
        details: {
          email: input.email,
          role: input.role,
          canSeeCosts: input.canSeeCosts,
          shopScope: input.shopScope,
        },
      },
      now,
    ),
  ]);
  return { id, token, expiresAt };
}

export interface LiveInvitation {
  id: string;
  workspaceId: string;
  workspaceName: string;
  invitedBy: string | null;
  email: string;
  role: Role;
  canSeeCosts: boolean;
  expiresAt: number;
}

/** An unused, unexpired invitation with its workspace name and inviter's name, or null. */
export async function findLiveInvitation(
  db: D1Database,
  token: string,
  now: number,
): Promise<LiveInvitation | null> {
  const row = await db
    .prepare(
      `SELECT i.id, i.workspace_id, w.name AS workspace_name, m.name AS invited_by, i.email, i.role,
         i.can_see_costs, i.expires_at
       FROM invitations i JOIN workspaces w ON w.id = i.workspace_id
       LEFT JOIN members m ON m.workspace_id = i.workspace_id AND m.id = i.invited_by
       WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ?`,
    )
    .bind(await sha256Hex(token), now)
    .first<Record<string, string | number | null>>();
  if (!row) return null;
  return {
    id: String(row.id),
    workspaceId: String(row.workspace_id),
    workspaceName: String(row.workspace_name),
    invitedBy: row.invited_by === null ? null : String(row.invited_by),
    email: String(row.email),
    role: row.role as Role,
    canSeeCosts: row.can_see_costs === 1,
    expiresAt: Number(row.expires_at),
  };
}

/**
 * Turns an invitation into a member, once. The member insert and the used_at update are both
 * guarded by "unused and unexpired" in one transaction; returns false when the token lost.
 * Throws D1's UNIQUE error when the email already belongs to a member.
 */
export async function acceptInvitation(
  db: D1Database,
  invitation: LiveInvitation,
  input: { token: string; memberId: string; name: string; password: PasswordHash },
  now: number,
): Promise<boolean> {
  const tokenHash = await sha256Hex(input.token);
  const live = "token_hash = ? AND used_at IS NULL AND expires_at > ?";
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO members (workspace_id, id, email, name, role, locale, password_hash, password_salt,
           password_iterations, can_see_costs, shop_scope, created_at)
         SELECT workspace_id, ?, email, ?, role, 'zh-CN', ?, ?, ?, can_see_costs, shop_scope, ?
         FROM invitations WHERE ${live}`,
      )
      .bind(
        input.memberId,
        input.name,
        input.password.hash,
        input.password.salt,
        input.password.iterations,
        now,
        tokenHash,
        now,
      ),
    auditIfChangedStatement(
      db,
      invitation.workspaceId,
      {
        actorType: "member",
        actorId: input.memberId,
        action: "invitation.accept",
        target: `member:${input.memberId}`,
        details: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
      },
      now,
    ),
    db
      .prepare(`UPDATE invitations SET used_at = ?, used_by = ? WHERE ${live}`)
      .bind(now, input.memberId, tokenHash, now),
  ]);
  return (inserted?.meta.changes ?? 0) === 1;
}

export const newMemberId = () => randomId("mb");
