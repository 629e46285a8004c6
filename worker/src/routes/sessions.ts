import { LoginRequestSchema, type MeResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { findMemberByEmail, publicMember } from "../db/members.ts";
import { createSession, deleteSession, SESSION_TTL_MS } from "../db/sessions.ts";
import { getWorkspace } from "../db/workspaces.ts";
import type { AppEnv } from "../env.ts";
import { verifyPassword } from "../lib/crypto.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { SESSION_COOKIE } from "../middleware/session.ts";

/** Secure cookies everywhere except plain-http local development. */
function isLocalHttp(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === "http:" &&
    (hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]")
  );
}

/** POST /api/v1/sessions logs in; DELETE /api/v1/sessions/current logs out. */
export const sessions = new Hono<AppEnv>()
  .post("/", async (c) => {
    const { email, password } = await readJson(c, LoginRequestSchema);
    const member = await findMemberByEmail(c.env.DB, email);
    // Same answer for unknown email and wrong password: no account enumeration.
    const valid =
      member !== null && !member.disabled && (await verifyPassword(password, member.password));
    if (!member || !valid)
      throw new ApiError("invalid_credentials", "Email or password is wrong.", 401);
    const workspace = await getWorkspace(c.env.DB, member.workspaceId);
    if (!workspace) throw new ApiError("invalid_credentials", "Email or password is wrong.", 401);
    const { token } = await createSession(
      c.env.DB,
      { workspaceId: member.workspaceId, memberId: member.id },
      Date.now(),
    );
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      secure: !isLocalHttp(c.req.url),
      sameSite: "Lax",
      path: "/",
      maxAge: SESSION_TTL_MS / 1000,
    });
    const body: MeResponse = { member: publicMember(member), workspace };
    return c.json(body);
  })
  .delete("/current", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.env.DB, token);
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: !isLocalHttp(c.req.url) });
    return c.body(null, 204);
  });
