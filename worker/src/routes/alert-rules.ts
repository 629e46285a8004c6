import {
  type AlertRulesResponse,
  alertParamsOverrideSchema,
  isAlertRuleId,
  UpdateAlertRuleRequestSchema,
} from "@tongshu/shared";
import { Hono } from "hono";
import { readStoredRules, ruleSettings, saveRuleStatement } from "../alerts/rule-settings.ts";
import { auditStatement } from "../db/audit-log.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { requireRole } from "../middleware/require-role.ts";
import { requireMember } from "../middleware/session.ts";

/**
 * GET /api/v1/settings/alert-rules (any member): every rule with enabled, params and defaults.
 * PUT /api/v1/settings/alert-rules/:rule (owner, admin): `{ enabled, params }`, params being
 * overrides checked by the rule's schema; audited in the same batch.
 */
export const alertRules = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const stored = await readStoredRules(c.env.DB, c.get("auth").workspace.id);
    const body: AlertRulesResponse = { rules: ruleSettings(stored) };
    return c.json(body);
  })
  .put("/:rule", requireRole("owner", "admin"), async (c) => {
    const rule = c.req.param("rule");
    if (!isAlertRuleId(rule)) throw new ApiError("not_found", "No such alert rule.");
    const body = await readJson(c, UpdateAlertRuleRequestSchema);
    const parsed = alertParamsOverrideSchema(rule).safeParse(body.params);
    if (!parsed.success)
      throw new ApiError("validation_failed", "These parameters do not fit the rule.", 422, {
        issues: parsed.error.issues.map((i) => ({
          path: ["params", ...i.path].join("."),
          message: i.message,
        })),
      });
    const { member, workspace } = c.get("auth");
    const before = (await readStoredRules(c.env.DB, workspace.id)).get(rule);
    const change = { enabled: body.enabled, overrides: parsed.data as Record<string, unknown> };
    const now = Date.now();
    await c.env.DB.batch([
      saveRuleStatement(c.env.DB, workspace.id, rule, change, member.id, now),
      auditStatement(
        c.env.DB,
        workspace.id,
        {
          actorType: "member",
          actorId: member.id,
          action: "alert_rule.update",
          target: `alert_rule:${rule}`,
          details: {
            before: before
              ? { enabled: before.enabled, params: before.overrides }
              : { enabled: true, params: {} },
            after: { enabled: change.enabled, params: change.overrides },
          },
        },
        now,
      ),
    ]);
    const setting = ruleSettings(await readStoredRules(c.env.DB, workspace.id)).find(
      (s) => s.rule === rule,
    );
    return c.json({ rule: setting });
  });
