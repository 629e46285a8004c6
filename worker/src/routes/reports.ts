import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { requireMember } from "../middleware/session.ts";
import { reportHandler } from "../reports/endpoint.ts";
import { overviewReport } from "../reports/overview.ts";
import { platformsReport } from "../reports/platforms.ts";

/** GET /api/v1/reports/<report>: every report takes the common filter and `format=csv`. */
export const reports = new Hono<AppEnv>()
  .use(requireMember)
  .get("/overview", reportHandler(overviewReport))
  .get("/platforms", reportHandler(platformsReport));
