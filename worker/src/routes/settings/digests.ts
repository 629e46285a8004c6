import {
  CreateDigestRequestSchema,
  type DigestListResponse,
  type DigestSubscription,
  latestDuePeriod,
  nextDueAt,
  UpdateDigestRequestSchema,
} from "@tongshu/shared";
import { type Context, Hono } from "hono";
import { auditStatement } from "../../db/audit-log.ts";
import { getMember } from "../../db/members.ts";
import { deliverDigest } from "../../digests/deliver.ts";
import { rememberDashboardOrigin } from "../../digests/mail-settings.ts";
import {
  claimManualSend,
  lastManualSendAt,
  latestSends,
  listProblemSends,
  listSends,
  type StoredSend,
  sendDto,
} from "../../digests/sends.ts";
import {
  getSubscription,
  insertSubscriptionStatement,
  listSubscriptions,
  type StoredSubscription,
  updateSubscriptionStatement,
} from "../../digests/subscriptions.ts";
import type { AppEnv } from "../../env.ts";
import { randomId } from "../../lib/crypto.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { mailDelivery, readMailConfig } from "../../mail/mail-config.ts";
import type { MemberAuth } from "../../middleware/session.ts";
import { requireMember } from "../../middleware/session.ts";
import { memberAudit } from "./access.ts";

/** "Send now" at most once a minute per recipient: each press is a real email. */
const MANUAL_SEND_INTERVAL_MS = 60_000;

const isEditor = (auth: MemberAuth) => auth.member.role === "owner" || auth.member.role === "admin";

function toDto(
  subscription: StoredSubscription,
  lastSend: StoredSend | undefined,
  now: number,
): DigestSubscription {
  const { recipient } = subscription;
  return {
    id: subscription.id,
    memberId: subscription.memberId,
    name: recipient.name,
    email: subscription.email,
    locale: subscription.locale,
    frequency: subscription.frequency,
    sendAt: subscription.sendAt,
    shops: subscription.shops,
    sections: subscription.sections,
    urgentAlerts: subscription.urgentAlerts,
    unsubscribedAt: subscription.unsubscribedAt,
    includesProfit: recipient.canSeeCosts && subscription.sections.includes("profit"),
    nextSendAt:
      subscription.unsubscribedAt === null && recipient.active
        ? nextDueAt(subscription, now)
        : null,
    lastSend: lastSend ? sendDto(lastSend) : null,
    createdAt: subscription.createdAt,
    updatedAt: subscription.updatedAt,
  };
}

/** A subscription the caller may manage: editors any in the workspace, others only their own. */
async function managed(c: Context<AppEnv>): Promise<StoredSubscription> {
  const auth = c.get("auth");
  const found = await getSubscription(c.env.DB, auth.workspace.id, c.req.param("id") ?? "");
  if (!found || (!isEditor(auth) && found.memberId !== auth.member.id))
    throw new ApiError("not_found", "No such digest subscription.");
  return found;
}

/** Shop-scoped members may only choose shops inside their scope (and must choose). */
function checkShops(auth: MemberAuth, shops: string[] | null) {
  if (auth.shopScope === null) return;
  if (shops === null || shops.some((s) => !auth.shopScope?.includes(s)))
    throw new ApiError("forbidden", "Choose shops within your own shop scope.");
}

/** A recipient who may not see profit must get some other section, or the email is empty. */
function checkSections(sections: readonly string[], canSeeCosts: boolean) {
  if (!canSeeCosts && sections.every((s) => s === "profit"))
    throw new ApiError("validation_failed", "This recipient may not see profit.", 422, {
      issues: [{ path: "sections", message: "choose a section other than profit" }],
    });
}

async function dtoOf(c: Context<AppEnv>, id: string) {
  const auth = c.get("auth");
  const subscription = await getSubscription(c.env.DB, auth.workspace.id, id);
  if (!subscription) throw new ApiError("not_found", "No such digest subscription.");
  const last = (await latestSends(c.env.DB, auth.workspace.id)).get(id);
  return toDto(subscription, last, Date.now());
}

/**
 * /api/v1/settings/digests: email digest schedules. Owners and admins manage every recipient
 * (members or outside addresses); other members see and manage only their own subscription.
 */
export const digests = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const auth = c.get("auth");
    const now = Date.now();
    const mine = isEditor(auth) ? undefined : auth.member.id;
    const [subscriptions, last] = await Promise.all([
      listSubscriptions(c.env.DB, auth.workspace.id, mine),
      latestSends(c.env.DB, auth.workspace.id),
    ]);
    const ids = subscriptions.map((s) => s.id);
    const problems = await listProblemSends(c.env.DB, auth.workspace.id, now, ids);
    const config = readMailConfig(c.env, c.env.EMAIL !== undefined);
    const body: DigestListResponse = {
      subscriptions: subscriptions.map((s) => toDto(s, last.get(s.id), now)),
      delivery: mailDelivery(config, new URL(c.req.url).origin),
      problems: problems.map(sendDto),
    };
    return c.json(body);
  })
  .post("/", async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const input = await readJson(c, CreateDigestRequestSchema);
    const now = Date.now();
    if (!isEditor(auth) && (input.email !== undefined || input.memberId !== auth.member.id))
      throw new ApiError("forbidden", "You may subscribe only yourself.");
    checkShops(auth, input.shops);
    let email = input.email;
    let locale = input.locale;
    let canSeeCosts = false;
    if (input.memberId !== undefined) {
      const member = await getMember(c.env.DB, ws, input.memberId);
      if (!member || member.disabled) throw new ApiError("not_found", "No such member.");
      email = member.email;
      locale ??= member.locale;
      canSeeCosts = member.canSeeCosts;
    }
    checkSections(input.sections, canSeeCosts);
    const id = randomId("dg");
    const fields = {
      locale: locale ?? "zh-CN",
      frequency: input.frequency,
      sendAt: input.sendAt,
      shops: input.shops,
      sections: input.sections,
      urgentAlerts: input.urgentAlerts,
    };
    try {
      await c.env.DB.batch([
        insertSubscriptionStatement(
          c.env.DB,
          ws,
          {
            ...fields,
            id,
            memberId: input.memberId ?? null,
            email: email ?? "",
            createdBy: auth.member.id,
          },
          now,
        ),
        auditStatement(
          c.env.DB,
          ws,
          memberAudit(auth, "digest.create", `digest:${id}`, {
            memberId: input.memberId ?? null,
            email,
            ...fields,
          }),
          now,
        ),
      ]);
    } catch (error) {
      if (String(error).includes("UNIQUE"))
        throw new ApiError(
          "already_subscribed",
          "This address already gets digests; edit that entry.",
          409,
        );
      throw error;
    }
    // Emails sent by the cron link back to where the dashboard was used.
    await rememberDashboardOrigin(c.env.DB, ws, new URL(c.req.url).origin, now);
    return c.json({ subscription: await dtoOf(c, id) }, 201);
  })
  .patch("/:id", async (c) => {
    const auth = c.get("auth");
    const current = await managed(c);
    const input = await readJson(c, UpdateDigestRequestSchema);
    const now = Date.now();
    const shops = input.shops === undefined ? current.shops : input.shops;
    if (input.shops !== undefined) checkShops(auth, shops);
    if (input.sections) checkSections(input.sections, current.recipient.canSeeCosts);
    const fields = {
      locale: input.locale ?? current.locale,
      frequency: input.frequency ?? current.frequency,
      sendAt: input.sendAt ?? current.sendAt,
      shops,
      sections: input.sections ?? current.sections,
      urgentAlerts: input.urgentAlerts ?? current.urgentAlerts,
      unsubscribedAt: input.resubscribe ? null : current.unsubscribedAt,
    };
    await c.env.DB.batch([
      updateSubscriptionStatement(c.env.DB, auth.workspace.id, current.id, fields, now),
      auditStatement(
        c.env.DB,
        auth.workspace.id,
        memberAudit(auth, "digest.update", `digest:${current.id}`, input),
        now,
      ),
    ]);
    await rememberDashboardOrigin(c.env.DB, auth.workspace.id, new URL(c.req.url).origin, now);
    return c.json({ subscription: await dtoOf(c, current.id) });
  })
  .delete("/:id", async (c) => {
    const auth = c.get("auth");
    const current = await managed(c);
    const now = Date.now();
    await c.env.DB.batch([
      c.env.DB.prepare("DELETE FROM digest_subscriptions WHERE workspace_id = ? AND id = ?").bind(
        auth.workspace.id,
        current.id,
      ),
      auditStatement(
        c.env.DB,
        auth.workspace.id,
        memberAudit(auth, "digest.delete", `digest:${current.id}`, { email: current.email }),
        now,
      ),
    ]);
    return c.body(null, 204);
  })
  .get("/:id/sends", async (c) => {
    const current = await managed(c);
    const sends = await listSends(c.env.DB, current.workspaceId, current.id, 30);
    return c.json({ sends: sends.map(sendDto) });
  })
  .post("/:id/send", async (c) => {
    const auth = c.get("auth");
    const current = await managed(c);
    const now = Date.now();
    if (current.unsubscribedAt !== null)
      throw new ApiError(
        "unsubscribed",
        "This recipient unsubscribed; turn the digest back on first.",
        409,
      );
    if (!current.recipient.active)
      throw new ApiError("member_disabled", "This member is disabled and gets no email.", 409);
    const config = readMailConfig(c.env, c.env.EMAIL !== undefined);
    if (config.problem)
      throw new ApiError("mail_not_configured", `Mail cannot be sent: ${config.problem}`, 409, {
        problem: config.problem,
      });
    const last = await lastManualSendAt(c.env.DB, auth.workspace.id, current.id);
    if (last !== null && now - last < MANUAL_SEND_INTERVAL_MS) {
      const wait = Math.ceil((MANUAL_SEND_INTERVAL_MS - (now - last)) / 1000);
      throw new ApiError(
        "rate_limited",
        `Sent a moment ago; try again in ${wait} s.`,
        429,
        undefined,
        {
          "Retry-After": String(wait),
        },
      );
    }
    const frequency = current.frequency === "off" ? "daily" : current.frequency;
    // The latest complete period, whatever the time of day: 08:00 "send now" shows yesterday.
    const period = latestDuePeriod({ frequency, sendAt: "00:00" }, now);
    const claimed = await claimManualSend(
      c.env.DB,
      { workspaceId: auth.workspace.id, subscriptionId: current.id, email: current.email },
      period?.key ?? "",
      now,
    );
    if (!period || !claimed)
      throw new ApiError("send_in_progress", "A send is already in progress.", 409);
    await rememberDashboardOrigin(c.env.DB, auth.workspace.id, new URL(c.req.url).origin, now);
    const send = await deliverDigest({ env: c.env, config, now }, current, period, claimed, {
      retry: false,
    });
    await c.env.DB.batch([
      auditStatement(
        c.env.DB,
        auth.workspace.id,
        memberAudit(auth, "digest.send_now", `digest:${current.id}`, {
          period: period.key,
          status: send.status,
        }),
        Date.now(),
      ),
    ]);
    return c.json({ send: sendDto(send) });
  });
