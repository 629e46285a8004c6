import {
  AcceptInvitationRequestSchema,
  CreateInvitationRequestSchema,
  type CreateInvitationResponse,
  type InvitationInfoResponse,
  type MeResponse,
} from "@tongshu/shared";
import { Hono } from "hono";
import {
  acceptInvitation,
  createInvitation,
  findLiveInvitation,
  newMemberId,
} from "../db/invitations.ts";
import { findMemberByEmail, getMember, mayseeCosts, publicMember } from "../db/members.ts";
import type { AppEnv } from "../env.ts";
import { hashPassword } from "../lib/crypto.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { startSession } from "../lib/session-cookie.ts";
import { requireRole } from "../middleware/require-role.ts";
import { requireMember } from "../middleware/session.ts";

const gone = () =>
  new ApiError("not_found", "This invitation is unknown, used or expired. Ask for a new one.");
const taken = () =>
  new ApiError("conflict", "This email already has a Tongshu account; log in with it instead.");

/**
 * POST /api/v1/invitations (owner, admin), GET /api/v1/invitations/:token and
 * POST /api/v1/invitations/accept (public: the token is the credential).
 */
export const invitations = new Hono<AppEnv>()
  .post("/", requireMember, requireRole("owner", "admin"), async (c) => {
    const { member, workspace } = c.get("auth");
    const input = await readJson(c, CreateInvitationRequestSchema);
    if (input.role === "owner" && member.role !== "owner")
      throw new ApiError("forbidden", "Only owners may invite an owner.");
    if (await findMemberByEmail(c.env.DB, input.email)) throw taken();
    const { token, expiresAt } = await createInvitation(
      c.env.DB,
      workspace.id,
      member.id,
      input,
      Date.now(),
    );
    // The token rides in the fragment: browsers never send it to a server or in a Referer.
    const inviteUrl = `${new URL(c.req.url).origin}/invite#token=${token}`;
    const body: CreateInvitationResponse = { inviteUrl, token, expiresAt };
    return c.json(body, 201);
  })
  .post("/accept", async (c) => {
    const input = await readJson(c, AcceptInvitationRequestSchema);
    const now = Date.now();
    const invitation = await findLiveInvitation(c.env.DB, input.token, now);
    if (!invitation) throw gone();
    if (await findMemberByEmail(c.env.DB, invitation.email)) throw taken();
    const memberId = newMemberId();
    const password = await hashPassword(input.password);
    let accepted: boolean;
    try {
      accepted = await acceptInvitation(
        c.env.DB,
        invitation,
        { token: input.token, memberId, name: input.name, password },
        now,
      );
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint failed: members/.test(error.message))
        throw taken();
      throw error;
    }
    if (!accepted) throw gone();
    const member = await getMember(c.env.DB, invitation.workspaceId, memberId);
    if (!member) throw gone();
    const workspace = { id: invitation.workspaceId, name: invitation.workspaceName };
    await startSession(c, { workspaceId: workspace.id, memberId }, now);
    const body: MeResponse = { member: publicMember(member), workspace };
    return c.json(body);
  })
  .get("/:token", async (c) => {
    const invitation = await findLiveInvitation(c.env.DB, c.req.param("token"), Date.now());
    if (!invitation) throw gone();
    const body: InvitationInfoResponse = {
      workspace: { name: invitation.workspaceName },
      invitedBy: invitation.invitedBy,
      email: invitation.email,
      role: invitation.role,
      canSeeCosts: mayseeCosts(invitation.role, invitation.canSeeCosts),
      expiresAt: invitation.expiresAt,
    };
    c.header("cache-control", "no-store");
    return c.json(body);
  });
