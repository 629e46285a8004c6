import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signingKey } from "../src/digests/mail-settings.ts";
import { runDigests } from "../src/digests/run-digests.ts";
import { signUnsubscribe } from "../src/digests/unsubscribe-token.ts";
import {
  DEC_1_0830,
  digestWorkspace,
  outbox,
  sendRows,
  subscribe,
} from "./setup/digest-fixture.ts";
import { call, postJson } from "./setup/fixtures.ts";
import { SHOPS } from "./setup/report-fixture.ts";

const json = (body: unknown, cookie: string, method = "PATCH") => ({
  method,
  headers: { "content-type": "application/json", cookie },
  body: JSON.stringify(body),
});

interface Listed {
  subscriptions: Array<{
    id: string;
    email: string;
    includesProfit: boolean;
    unsubscribedAt: number | null;
  }>;
}

async function list(cookie: string): Promise<Listed> {
  const res = await call("/api/v1/settings/digests", { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Listed;
}

describe("digest settings API", () => {
  it("lets owners manage everyone and other members only themselves", async () => {
    const team = await digestWorkspace();
    const mine = await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id });
    // A viewer cannot subscribe someone else, or an outside address.
    for (const body of [{ memberId: team.owner.id }, { email: "x@example.cn" }]) {
      const res = await postJson("/api/v1/settings/digests", body, { cookie: team.cookies.viewer });
      expect(res.status).toBe(403);
    }
    const theirs = await subscribe(team.ws, team.cookies.viewer, { memberId: team.viewer.id });
    expect((await list(team.cookies.viewer)).subscriptions.map((s) => s.id)).toEqual([theirs.id]);
    expect((await list(team.cookies.owner)).subscriptions.map((s) => s.id)).toEqual([
      mine.id,
      theirs.id,
    ]);
    // The owner's subscription is invisible to the viewer: 404, not 403.
    const res = await call(
      `/api/v1/settings/digests/${mine.id}`,
      json({ frequency: "off" }, team.cookies.viewer),
    );
    expect(res.status).toBe(404);
    expect(
      (
        await call(`/api/v1/settings/digests/${mine.id}/sends`, {
          headers: { cookie: team.cookies.viewer },
        })
      ).status,
    ).toBe(404);
  });

  it("forgets a removed member's subscription", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.viewer.id });
    const res = await call(`/api/v1/members/${team.viewer.id}`, {
      method: "DELETE",
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(204);
    expect((await list(team.cookies.owner)).subscriptions).toEqual([]);
  });

  it("refuses a second subscription for one address and bad schedules", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { email: "Boss@Example.cn" });
    const again = await postJson(
      "/api/v1/settings/digests",
      { email: "boss@example.cn" },
      { cookie: team.cookies.owner },
    );
    expect(again.status).toBe(409);
    const bad = await postJson(
      "/api/v1/settings/digests",
      { memberId: team.owner.id, sendAt: "08:20" },
      { cookie: team.cookies.owner },
    );
    expect(bad.status).toBe(422);
    // An outside address never sees profit: a profit-only digest would be empty.
    const empty = await postJson(
      "/api/v1/settings/digests",
      { email: "acct@example.cn", sections: ["profit"] },
      { cookie: team.cookies.owner },
    );
    expect(empty.status).toBe(422);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      "already_subscribed",
    );
  });

  it("shows profit only to members whose role may see it", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });
    await subscribe(team.ws, team.cookies.owner, {
      memberId: team.viewer.id,
      frequency: "monthly",
    });
    await subscribe(team.ws, team.cookies.owner, {
      email: "accountant@example.cn",
      frequency: "monthly",
    });
    expect(
      (await list(team.cookies.owner)).subscriptions.map((s) => [s.email, s.includesProfit]),
    ).toEqual([
      [team.owner.email, true],
      [team.viewer.email, false],
      ["accountant@example.cn", false],
    ]);
    await runDigests(env, DEC_1_0830);
    const mails = await outbox(team.ws);
    expect(mails.map((m) => m.to).sort()).toEqual(
      ["accountant@example.cn", team.owner.email, team.viewer.email].sort(),
    );
    for (const mail of mails) {
      const showsProfit = mail.to === team.owner.email;
      expect(mail.text?.includes("利润"), mail.to).toBe(showsProfit);
      expect(mail.html?.includes("利润"), mail.to).toBe(showsProfit);
    }
  });

  it("keeps a shop-scoped member's email inside their shops", async () => {
    const team = await digestWorkspace();
    const { addMember, cookieFor } = await import("./setup/accounts.ts");
    const taobao = `taobao:${SHOPS.T1.shopId}`;
    const scoped = await addMember(team.ws, "analyst", { shopScope: [taobao] });
    const cookie = await cookieFor(team.ws, scoped.id);
    const all = await postJson("/api/v1/settings/digests", { memberId: scoped.id }, { cookie });
    expect(all.status).toBe(403);
    await subscribe(team.ws, cookie, {
      memberId: scoped.id,
      shops: [taobao],
      frequency: "monthly",
    });
    await runDigests(env, DEC_1_0830);
    const [mail] = await outbox(team.ws);
    expect(await sendRows(team.ws)).toEqual([expect.objectContaining({ status: "sent" })]);
    // November on the Taobao shop alone: T-o1 ¥100.00 + T-o2 ¥50.00.
    expect(mail?.text).toContain("¥150.00");
    expect(mail?.text).not.toContain("¥450.00");
    expect(mail?.text).not.toContain("京东");
  });

  it("sends now on request, at most once a minute", async () => {
    const team = await digestWorkspace();
    const sub = await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id });
    const first = await call(`/api/v1/settings/digests/${sub.id}/send`, {
      method: "POST",
      headers: { cookie: team.cookies.owner },
    });
    expect(first.status).toBe(200);
    const { send } = (await first.json()) as { send: { status: string; kind: string } };
    expect(send).toMatchObject({ status: "sent", kind: "manual" });
    const again = await call(`/api/v1/settings/digests/${sub.id}/send`, {
      method: "POST",
      headers: { cookie: team.cookies.owner },
    });
    expect(again.status).toBe(429);
    expect(again.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await outbox(team.ws)).toHaveLength(1);
    const audit = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE workspace_id = ? AND action LIKE 'digest.%' ORDER BY id",
    )
      .bind(team.ws)
      .all<{ action: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(["digest.create", "digest.send_now"]);
  });
});

describe("one-click unsubscribe", () => {
  async function subscribedOwner() {
    const team = await digestWorkspace();
    const sub = await subscribe(team.ws, team.cookies.owner, {
      memberId: team.owner.id,
      frequency: "monthly",
    });
    const key = await signingKey(env.DB, team.ws, Date.now());
    const token = await signUnsubscribe(key, team.ws, sub.id);
    return { team, sub, token };
  }

  it("is in every email's headers and text, and works with the mail client's POST", async () => {
    const { team, token } = await subscribedOwner();
    await runDigests(env, DEC_1_0830);
    const [mail] = await outbox(team.ws);
    const header = mail?.headers.get("list-unsubscribe") ?? "";
    expect(header).toBe(`<http://127.0.0.1:8787/api/v1/unsubscribe?token=${token}>`);
    expect(mail?.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail?.text).toContain(`/api/v1/unsubscribe?token=${token}`);

    // A link scanner's GET changes nothing; it shows the confirmation.
    const page = await call(`/api/v1/unsubscribe?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
    expect((await list(team.cookies.owner)).subscriptions[0]?.unsubscribedAt).toBeNull();

    // RFC 8058 one-click: POST with List-Unsubscribe=One-Click, no cookie.
    const res = await call(`/api/v1/unsubscribe?token=${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("已退订");
    expect((await list(team.cookies.owner)).subscriptions[0]?.unsubscribedAt).toEqual(
      expect.any(Number),
    );

    // Nothing more is sent, not even "send now", until it is turned back on.
    await runDigests(env, Date.parse("2027-01-01T08:30:00+08:00"));
    expect(await outbox(team.ws)).toHaveLength(1);
    const sub = (await list(team.cookies.owner)).subscriptions[0];
    const now = await call(`/api/v1/settings/digests/${sub?.id}/send`, {
      method: "POST",
      headers: { cookie: team.cookies.owner },
    });
    expect(now.status).toBe(409);
    const back = await call(
      `/api/v1/settings/digests/${sub?.id}`,
      json({ resubscribe: true }, team.cookies.owner),
    );
    expect(back.status).toBe(200);
    expect((await list(team.cookies.owner)).subscriptions[0]?.unsubscribedAt).toBeNull();
  });

  it("refuses tampered tokens and tokens signed with another workspace's key", async () => {
    const { team, sub, token } = await subscribedOwner();
    const other = await digestWorkspace();
    const otherKey = await signingKey(env.DB, other.ws, Date.now());
    const forged = await signUnsubscribe(otherKey, team.ws, sub.id);
    for (const bad of [`${token.slice(0, -2)}xx`, forged, "nonsense", ""]) {
      const res = await call(`/api/v1/unsubscribe?token=${encodeURIComponent(bad)}`, {
        method: "POST",
      });
      expect(res.status, bad).toBe(400);
    }
    expect((await list(team.cookies.owner)).subscriptions[0]?.unsubscribedAt).toBeNull();
  });
});

describe("urgent alert emails", () => {
  let serial = 0;
  async function urgentAlert(ws: string, subject: string, date: string, at: number) {
    await env.DB.prepare(
      `INSERT INTO alerts (workspace_id, id, rule, subject, platform, shop_id, date, severity, state,
         evidence, link, first_seen_at, last_seen_at, state_changed_at)
       VALUES (?, ?, 'low_stock', ?, 'taobao', ?, ?, 'urgent', 'new', ?, '/inventory', ?, ?, ?)`,
    )
      .bind(
        ws,
        `al_${++serial}`,
        subject,
        SHOPS.T1.shopId,
        date,
        JSON.stringify({
          name: "北欧陶瓷马克杯",
          stock: 3,
          unitsPerDay: 2,
          daysOfCover: 1.5,
          stockOutDate: date,
          coverDays: 7,
        }),
        at,
        at,
        at,
      )
      .run();
  }

  it("go out at once, at most one an hour, and a flapping subject once a day", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "off" });
    const t0 = Date.parse("2026-11-20T10:00:00+08:00");
    await urgentAlert(team.ws, `outer:MUG-1@taobao:${SHOPS.T1.shopId}`, "2026-11-20", t0);
    await runDigests(env, t0);
    await runDigests(env, t0 + 15 * 60_000);
    expect((await sendRows(team.ws)).map((r) => [r.kind, r.period, r.status])).toEqual([
      ["alerts", "alerts:2026-11-20T10", "sent"],
    ]);
    // The rule resolves and fires again the next day with a new alert: quiet within 24 hours.
    await urgentAlert(
      team.ws,
      `outer:MUG-1@taobao:${SHOPS.T1.shopId}`,
      "2026-11-21",
      t0 + 3 * 3_600_000,
    );
    await runDigests(env, t0 + 3 * 3_600_000);
    expect(await sendRows(team.ws)).toHaveLength(1);
    // A different product: a new email, in a new hour.
    await urgentAlert(
      team.ws,
      `outer:CUP-1@taobao:${SHOPS.T1.shopId}`,
      "2026-11-20",
      t0 + 3 * 3_600_000,
    );
    await runDigests(env, t0 + 3 * 3_600_000 + 60_000);
    expect((await sendRows(team.ws)).map((r) => r.period)).toEqual([
      "alerts:2026-11-20T10",
      "alerts:2026-11-20T13",
    ]);
    const mails = await outbox(team.ws);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.subject).toMatch(/紧急/);
    expect(mails[0]?.text).toContain("北欧陶瓷马克杯");
  });

  it("are not sent to recipients who turned them off, or for alerts already read", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, {
      memberId: team.owner.id,
      frequency: "off",
      urgentAlerts: false,
    });
    await subscribe(team.ws, team.cookies.owner, { memberId: team.viewer.id, frequency: "off" });
    const t0 = Date.parse("2026-11-20T10:00:00+08:00");
    await urgentAlert(team.ws, "taobao:x", "2026-11-20", t0);
    await env.DB.prepare("UPDATE alerts SET state = 'seen' WHERE workspace_id = ?")
      .bind(team.ws)
      .run();
    await runDigests(env, t0);
    expect(await outbox(team.ws)).toEqual([]);
  });
});
