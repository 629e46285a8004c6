import { type MemberListResponse, UpdateMemberRequestSchema } from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement } from "../db/audit-log.ts";
import {
  deleteMemberStatement,
  sessionsOfRemovedStatement,
  updateMemberStatement,
} from "../db/member-changes.ts";
import { getMember, listMembers, memberListItem, type StoredMember } from "../db/members.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { requireRole } from "../middleware/require-role.ts";
import type { MemberAuth } from "../middleware/session.ts";
import { requireMember } from "../middleware/session.ts";

/** The target member of the caller's workspace, after the checks that give clear errors. */
async function targetOf(db: D1Database, auth: MemberAuth, id: string): Promise<StoredMember> {
  const target = await getMember(db, auth.workspace.id, id);
  if (!target) throw new ApiError("not_found", "No such member.");
  if (target.role === "owner" && auth.member.role !== "owner")
    throw new ApiError("forbidden", "Only owners may change or remove an owner.");
  return target;
}

const lastOwner = () =>
  new ApiError("conflict", "A workspace keeps at least one owner. Make someone else owner first.");

/** GET /api/v1/members (any member); PATCH and DELETE /api/v1/members/:id (owner, admin). */
export const members = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const rows = await listMembers(c.env.DB, c.get("auth").workspace.id);
    const body: MemberListResponse = { members: rows.map(memberListItem) };
    return c.json(body);
  })
  .patch("/:id", requireRole("owner", "admin"), async (c) => {
    const auth = c.get("auth");
    const patch = await readJson(c, UpdateMemberRequestSchema);
    const target = await targetOf(c.env.DB, auth, c.req.param("id"));
    if (patch.role === "owner" && auth.member.role !== "owner")
      throw new ApiError("forbidden", "Only owners may make someone an owner.");
    const now = Date.now();
    const ref = { workspaceId: auth.workspace.id, id: target.id, callerRole: auth.member.role };
    const [updated] = await c.env.DB.batch([
      updateMemberStatement(c.env.DB, ref, patch),
      auditIfChangedStatement(
        c.env.DB,
        auth.workspace.id,
        {
          actorType: "member",
          actorId: auth.member.id,
          action: "member.update",
          target: `member:${target.id}`,
          details: {
            before: {
              role: target.role,
              canSeeCosts: target.canSeeCosts,
              shopScope: target.shopScope,
            },
            change: patch,
          },
        },
        now,
      ),
    ]);
    if ((updated?.meta.changes ?? 0) === 0) throw lastOwner();
    const after = await getMember(c.env.DB, auth.workspace.id, target.id);
    if (!after) throw new ApiError("not_found", "No such member.");
    return c.json({ member: memberListItem(after) });
  })
  .delete("/:id", requireRole("owner", "admin"), async (c) => {
    const auth = c.get("auth");
    const id = c.req.param("id");
    if (id === auth.member.id)
      throw new ApiError("conflict", "You cannot remove yourself; ask another owner or admin.");
    const target = await targetOf(c.env.DB, auth, id);
    const now = Date.now();
    const ref = { workspaceId: auth.workspace.id, id, callerRole: auth.member.role };
    const [deleted] = await c.env.DB.batch([
      deleteMemberStatement(c.env.DB, ref),
      auditIfChangedStatement(
        c.env.DB,
        auth.workspace.id,
        {
          actorType: "member",
          actorId: auth.member.id,
          action: "member.remove",
          target: `member:${id}`,
          details: { email: target.email, name: target.name, role: target.role },
        },
        now,
      ),
      sessionsOfRemovedStatement(c.env.DB, auth.workspace.id, id),
      // A removed member gets no more email; guarded like the sessions, in case the delete lost.
      c.env.DB.prepare(
        `DELETE FROM digest_subscriptions WHERE workspace_id = ?1 AND member_id = ?2
           AND NOT EXISTS (SELECT 1 FROM members WHERE workspace_id = ?1 AND id = ?2)`,
      ).bind(auth.workspace.id, id),
    ]);
    if ((deleted?.meta.changes ?? 0) === 0) throw lastOwner();
    return c.body(null, 204);
  });
