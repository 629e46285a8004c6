import { Hono } from "hono";
import { getCoverage } from "../db/coverage.ts";
import type { AppEnv } from "../env.ts";
import { requireMember } from "../middleware/session.ts";

/** GET /api/v1/coverage: what the caller's workspace holds, per shop and record kind. */
export const coverage = new Hono<AppEnv>().use(requireMember).get("/", async (c) => {
  const { workspace, shopScope } = c.get("auth");
  return c.json(await getCoverage(c.env.DB, workspace.id, shopScope));
});
