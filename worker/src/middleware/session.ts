import type { Member, Workspace } from "@tongshu/shared";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { getMember, publicMember } from "../db/members.ts";
import { findSession } from "../db/sessions.ts";
import { getWorkspace } from "../db/workspaces.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";

export const SESSION_COOKIE = "tongshu_session";

export interface MemberAuth {
  member: Member;
  workspace: Workspace;
  /** "platform:shopId" the member is limited to; null = every shop. Data queries must apply it. */
  shopScope: string[] | null;
}

/** Requires a live dashboard session; every handler behind it reads the caller's workspace from here. */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const now = Date.now();
  const session = token ? await findSession(c.env.DB, token, now) : null;
  if (!session) throw new ApiError("unauthenticated", "Log in first.");
  const [member, workspace] = await Promise.all([
    getMember(c.env.DB, session.workspaceId, session.memberId),
    getWorkspace(c.env.DB, session.workspaceId),
  ]);
  if (!member || member.disabled || !workspace)
    throw new ApiError("unauthenticated", "Log in first.");
  c.set("auth", { member: publicMember(member), workspace, shopScope: member.shopScope });
  await next();
});
