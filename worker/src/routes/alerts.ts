import {
  AlertListQuerySchema,
  type AlertListResponse,
  toBusinessDate,
  UpdateAlertRequestSchema,
} from "@tongshu/shared";
import { Hono } from "hono";
import { alertsCsv } from "../alerts/alerts-csv.ts";
import { evaluateAlerts } from "../alerts/evaluate.ts";
import { getAlert, listAlerts, setAlertStateStatement } from "../alerts/list.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { readQuery } from "../lib/read-query.ts";
import { requireRole } from "../middleware/require-role.ts";
import { requireMember } from "../middleware/session.ts";
import { csvResponse } from "../reports/csv.ts";

/** Most rows one CSV export holds (the list itself pages). */
export const ALERTS_CSV_MAX_ROWS = 5000;

/**
 * GET /api/v1/alerts (any member, within their shop scope; `format=csv` exports),
 * PATCH /api/v1/alerts/:id (owner, admin, analyst: new | seen | resolved),
 * POST /api/v1/alerts/evaluate (owner, admin: run every rule now).
 */
export const alerts = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const query = readQuery(c, AlertListQuerySchema);
    const { workspace, shopScope } = c.get("auth");
    const scope = { workspaceId: workspace.id, shopScope };
    if (query.format === "csv") {
      const page = { limit: ALERTS_CSV_MAX_ROWS, offset: 0 };
      const { alerts: rows } = await listAlerts(c.env.DB, query, scope, page);
      return csvResponse(alertsCsv(rows, query.lang, toBusinessDate(Date.now())), query.lang);
    }
    const page = { limit: query.limit, offset: query.offset };
    const found = await listAlerts(c.env.DB, query, scope, page);
    const body: AlertListResponse = {
      alerts: found.alerts,
      nextOffset: found.more ? query.offset + query.limit : null,
      counts: found.counts,
    };
    return c.json(body);
  })
  .post("/evaluate", requireRole("owner", "admin"), async (c) =>
    c.json(await evaluateAlerts(c.env.DB, c.get("auth").workspace.id, Date.now())),
  )
  .patch("/:id", requireRole("owner", "admin", "analyst"), async (c) => {
    const { member, workspace, shopScope } = c.get("auth");
    const { state } = await readJson(c, UpdateAlertRequestSchema);
    const scope = { workspaceId: workspace.id, shopScope };
    const id = c.req.param("id");
    // Outside the member's shops the alert does not exist for them.
    if (!(await getAlert(c.env.DB, id, scope))) throw new ApiError("not_found", "No such alert.");
    await setAlertStateStatement(c.env.DB, workspace.id, id, {
      state,
      by: member.id,
      now: Date.now(),
    }).run();
    const alert = await getAlert(c.env.DB, id, scope);
    if (!alert) throw new ApiError("not_found", "No such alert.");
    return c.json({ alert });
  });
