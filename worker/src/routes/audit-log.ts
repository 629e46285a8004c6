import { AuditLogQuerySchema, type AuditLogResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { listAuditLog } from "../db/audit-log.ts";
import type { AppEnv } from "../env.ts";
import { readQuery } from "../lib/read-query.ts";
import { requireRole } from "../middleware/require-role.ts";
import { requireMember } from "../middleware/session.ts";

/** GET /api/v1/audit-log (owner only): newest first, `?before=<id>&limit=<1..200>`. */
export const auditLog = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", requireRole("owner"), async (c) => {
    const page = readQuery(c, AuditLogQuerySchema);
    const entries = await listAuditLog(c.env.DB, c.get("auth").workspace.id, page);
    const last = entries.at(-1);
    const body: AuditLogResponse = {
      entries,
      nextBefore: entries.length === page.limit && last ? last.id : null,
    };
    return c.json(body);
  });
