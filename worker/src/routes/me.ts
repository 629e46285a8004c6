import { ChangePasswordRequestSchema, type MeResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { auditStatement } from "../db/audit-log.ts";
import { otherSessionsStatement, setPasswordStatement } from "../db/member-changes.ts";
import { getMember } from "../db/members.ts";
import type { AppEnv } from "../env.ts";
import { hashPassword, sha256Hex, verifyPassword } from "../lib/crypto.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { requireMember, SESSION_COOKIE } from "../middleware/session.ts";

/** GET /api/v1/me: who is logged in, in which workspace. POST /api/v1/me/password changes it. */
export const me = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", (c) => {
    const body: MeResponse = c.get("auth");
    return c.json(body);
  })
  .post("/password", async (c) => {
    const { member, workspace } = c.get("auth");
    const input = await readJson(c, ChangePasswordRequestSchema);
    const stored = await getMember(c.env.DB, workspace.id, member.id);
    if (!stored || !(await verifyPassword(input.currentPassword, stored.password)))
      throw new ApiError("wrong_password", "The current password is wrong.");
    const now = Date.now();
    // Someone who learnt the old password may hold a session: end all but this one.
    const keep = await sha256Hex(getCookie(c, SESSION_COOKIE) ?? "");
    await c.env.DB.batch([
      setPasswordStatement(
        c.env.DB,
        workspace.id,
        member.id,
        await hashPassword(input.newPassword),
      ),
      otherSessionsStatement(c.env.DB, workspace.id, member.id, keep),
      auditStatement(
        c.env.DB,
        workspace.id,
        {
          actorType: "member",
          actorId: member.id,
          action: "member.password_change",
          target: `member:${member.id}`,
        },
        now,
      ),
    ]);
    return c.body(null, 204);
  });
