import {
  CreateOtherCostRequestSchema,
  type OtherCost,
  type OtherCostListResponse,
  OtherCostQuerySchema,
  type OtherCostResponse,
} from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement, auditStatement } from "../../db/audit-log.ts";
import {
  deleteOtherCostStatement,
  getOtherCost,
  insertOtherCostStatement,
  listOtherCosts,
  shopExists,
} from "../../db/other-costs.ts";
import type { AppEnv } from "../../env.ts";
import { randomId } from "../../lib/crypto.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { readQuery } from "../../lib/read-query.ts";
import type { MemberAuth } from "../../middleware/session.ts";
import { requireMember } from "../../middleware/session.ts";
import { inScope, memberAudit, requireCostSeer, requireEditor } from "./access.ts";

/** A member limited to some shops sees and books only costs of those shops. */
const visibleTo = (auth: MemberAuth, cost: OtherCost) =>
  auth.shopScope === null ||
  (cost.platform !== null && cost.shopId !== null && inScope(auth, cost.platform, cost.shopId));

const noSuchCost = () => new ApiError("not_found", "No such cost entry.");

/**
 * /api/v1/settings/other-costs: costs that belong to no order (rent, wages, packaging bought in
 * bulk, marketing), booked on a Beijing day for the workspace, a platform or a shop. GET for
 * cost seers; POST and DELETE /:id for owners and admins.
 */
export const otherCosts = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", requireCostSeer, async (c) => {
    const auth = c.get("auth");
    const { from, to } = readQuery(c, OtherCostQuerySchema);
    const range = from && to ? { from, to } : null;
    const rows = await listOtherCosts(c.env.DB, auth.workspace.id, range);
    const body: OtherCostListResponse = { otherCosts: rows.filter((r) => visibleTo(auth, r)) };
    return c.json(body);
  })
  .post("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const input = await readJson(c, CreateOtherCostRequestSchema);
    const now = Date.now();
    const cost: OtherCost = {
      id: randomId("oc"),
      date: input.date,
      platform: input.platform ?? null,
      shopId: input.shopId ?? null,
      category: input.category,
      amountFen: input.amountFen,
      note: input.note ?? null,
      createdAt: now,
      createdBy: auth.member.id,
    };
    if (
      cost.platform &&
      cost.shopId &&
      !(await shopExists(c.env.DB, ws, cost.platform, cost.shopId))
    )
      throw new ApiError("not_found", "No such shop in this workspace.");
    if (!visibleTo(auth, cost))
      throw new ApiError("forbidden", "Your shop scope allows costs only on your own shops.");
    const { createdAt: _at, createdBy: _by, ...details } = cost;
    await c.env.DB.batch([
      insertOtherCostStatement(c.env.DB, ws, cost),
      auditStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "other_cost.create", `other_cost:${cost.id}`, details),
        now,
      ),
    ]);
    const body: OtherCostResponse = { otherCost: cost };
    return c.json(body, 201);
  })
  .delete("/:id", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const cost = await getOtherCost(c.env.DB, ws, c.req.param("id"));
    if (!cost || !visibleTo(auth, cost)) throw noSuchCost();
    const { createdAt: _at, createdBy: _by, ...details } = cost;
    const [deleted] = await c.env.DB.batch([
      deleteOtherCostStatement(c.env.DB, ws, cost.id),
      auditIfChangedStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "other_cost.delete", `other_cost:${cost.id}`, details),
        Date.now(),
      ),
    ]);
    if ((deleted?.meta.changes ?? 0) === 0) throw noSuchCost();
    return c.body(null, 204);
  });
