import type { Platform } from "@tongshu/shared";
import { createMiddleware } from "hono/factory";
import type { AuditEntry } from "../../db/audit-log.ts";
import type { AppEnv } from "../../env.ts";
import { ApiError } from "../../lib/errors.ts";
import { requireRole } from "../../middleware/require-role.ts";
import type { MemberAuth } from "../../middleware/session.ts";

/** Settings writes: owners and admins. */
export const requireEditor = requireRole("owner", "admin");

/** Cost figures: owners, admins, and members granted canSeeCosts. */
export const requireCostSeer = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get("auth").member.canSeeCosts)
    throw new ApiError("forbidden", "Costs are shown only to members allowed to see costs.");
  await next();
});

/** The audit entry of a settings change made by the calling member. */
export function memberAudit(
  auth: MemberAuth,
  action: string,
  target: string,
  details: unknown,
): AuditEntry {
  return { actorType: "member", actorId: auth.member.id, action, target, details };
}

/** Is the shop within the member's shop scope (always, when unscoped)? */
export function inScope(auth: MemberAuth, platform: Platform, shopId: string): boolean {
  return auth.shopScope === null || auth.shopScope.includes(`${platform}:${shopId}`);
}
