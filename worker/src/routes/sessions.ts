import { LoginRequestSchema, type MeResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { clearFailures, LOGIN_EMAIL_LIMIT, LOGIN_IP_LIMIT } from "../db/login-attempts.ts";
import { findMemberByEmail, publicMember } from "../db/members.ts";
import { deleteSession } from "../db/sessions.ts";
import { getWorkspace } from "../db/workspaces.ts";
import type { AppEnv } from "../env.ts";
import { clientIp } from "../lib/client-ip.ts";
import { verifyPassword } from "../lib/crypto.ts";
import { ApiError } from "../lib/errors.ts";
import { enforceLimits, recordFailures } from "../lib/rate-limit.ts";
import { readJson } from "../lib/read-json.ts";
import { clearSessionCookie, startSession } from "../lib/session-cookie.ts";
import { SESSION_COOKIE } from "../middleware/session.ts";

const wrongCredentials = () =>
  new ApiError("invalid_credentials", "Email or password is wrong.", 401);

/** POST /api/v1/sessions logs in; DELETE /api/v1/sessions/current logs out. */
export const sessions = new Hono<AppEnv>()
  .post("/", async (c) => {
    const { email, password } = await readJson(c, LoginRequestSchema);
    const now = Date.now();
    const ip = clientIp(c);
    // Checked before the password, so a locked-out guesser learns nothing more.
    await enforceLimits(
      c.env.DB,
      [
        [LOGIN_EMAIL_LIMIT, email],
        [LOGIN_IP_LIMIT, ip],
      ],
      now,
    );
    const member = await findMemberByEmail(c.env.DB, email);
    // Same answer for unknown email and wrong password: no account enumeration.
    const valid =
      member !== null && !member.disabled && (await verifyPassword(password, member.password));
    const workspace = member && valid ? await getWorkspace(c.env.DB, member.workspaceId) : null;
    if (!member || !valid || !workspace) {
      await recordFailures(
        c.env.DB,
        [
          ["login_email", email],
          ["login_ip", ip],
        ],
        now,
      );
      throw wrongCredentials();
    }
    await clearFailures(c.env.DB, "login_email", email);
    await startSession(c, { workspaceId: member.workspaceId, memberId: member.id }, now);
    const body: MeResponse = { member: publicMember(member), workspace };
    return c.json(body);
  })
  .delete("/current", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.env.DB, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
