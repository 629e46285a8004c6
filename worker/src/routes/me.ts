import type { MeResponse } from "@tongshu/shared";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { requireMember } from "../middleware/session.ts";

/** GET /api/v1/me: who is logged in, in which workspace. */
export const me = new Hono<AppEnv>().use(requireMember).get("/", (c) => {
  const body: MeResponse = c.get("auth");
  return c.json(body);
});
