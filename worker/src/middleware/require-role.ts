import type { Role } from "@tongshu/shared";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";

/** Lets only these roles through; runs after requireMember, which sets c.get("auth"). */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get("auth").member.role))
      throw new ApiError("forbidden", "Your role does not allow this.");
    await next();
  });
}
