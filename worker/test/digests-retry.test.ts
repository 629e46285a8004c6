import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runDigests } from "../src/digests/run-digests.ts";
import { MAX_ATTEMPTS } from "../src/digests/sends.ts";
import {
  DEC_1_0830,
  digestWorkspace,
  outbox,
  sendRows,
  subscribe,
} from "./setup/digest-fixture.ts";
import { call } from "./setup/fixtures.ts";

const MINUTE = 60_000;
/** An SMTP server that refuses connections: every send fails like a real outage. */
const brokenSmtp = {
  ...env,
  MAIL_TRANSPORT: "smtp",
  MAIL_FROM: "digest@example.cn",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: "9",
  SMTP_SECURITY: "none",
} as Env;

describe("failed sends", () => {
  it("retry with backoff, then fail for good and show in settings", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });

    await runDigests(brokenSmtp, DEC_1_0830);
    let [row] = await sendRows(team.ws);
    expect(row).toMatchObject({
      status: "retry",
      attempts: 1,
      next_attempt_at: DEC_1_0830 + 15 * MINUTE,
    });
    expect(row?.last_error).toMatch(/^smtp: /);

    // Not before its time: the 08:35 run leaves it alone.
    await runDigests(brokenSmtp, DEC_1_0830 + 5 * MINUTE);
    expect((await sendRows(team.ws))[0]?.attempts).toBe(1);

    // 15, 30 then 60 minutes apart; the fourth failure is final.
    let at = DEC_1_0830;
    for (const [attempt, wait] of [
      [2, 15],
      [3, 30],
      [4, 60],
    ] as const) {
      at += wait * MINUTE;
      await runDigests(brokenSmtp, at);
      [row] = await sendRows(team.ws);
      expect(row?.attempts).toBe(attempt);
    }
    expect(MAX_ATTEMPTS).toBe(4);
    expect(row).toMatchObject({ status: "failed", next_attempt_at: null });
    await runDigests(brokenSmtp, at + 24 * 60 * MINUTE);
    expect((await sendRows(team.ws)).filter((r) => r.period === "monthly:2026-11")).toHaveLength(1);

    const res = await call("/api/v1/settings/digests", { headers: { cookie: team.cookies.owner } });
    const body = (await res.json()) as {
      problems: Array<{ status: string; period: string; attempts: number; lastError: string }>;
      subscriptions: Array<{ lastSend: { status: string } | null }>;
    };
    expect(body.problems).toEqual([
      expect.objectContaining({ status: "failed", period: "monthly:2026-11", attempts: 4 }),
    ]);
    expect(body.problems[0]?.lastError).toMatch(/^smtp: /);
    expect(body.subscriptions[0]?.lastSend?.status).toBe("failed");
  });

  it("succeed on a retry once mail works again, still once", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });
    await runDigests(brokenSmtp, DEC_1_0830);
    // Mail is fixed (the outbox transport works); the retry sends it.
    await runDigests(env, DEC_1_0830 + 15 * MINUTE);
    await runDigests(env, DEC_1_0830 + 30 * MINUTE);
    expect(await sendRows(team.ws)).toEqual([
      expect.objectContaining({ period: "monthly:2026-11", status: "sent", attempts: 2 }),
    ]);
    expect(await outbox(team.ws)).toHaveLength(1);
  });

  it("retry a claim left by an invocation that died mid-send", async () => {
    const team = await digestWorkspace();
    const sub = await subscribe(team.ws, team.cookies.owner, {
      memberId: team.owner.id,
      frequency: "monthly",
    });
    // As if a run claimed the period at 08:30 and was killed before recording the outcome.
    await env.DB.prepare(
      `INSERT INTO digest_sends (workspace_id, id, subscription_id, email, kind, period, status,
         attempts, claimed_at, created_at) VALUES (?, 'send_dead', ?, ?, 'digest', 'monthly:2026-11', 'sending', 1, ?, ?)`,
    )
      .bind(team.ws, sub.id, team.owner.email, DEC_1_0830, DEC_1_0830)
      .run();
    await runDigests(env, DEC_1_0830 + 5 * MINUTE);
    expect(await outbox(team.ws)).toHaveLength(0);
    await runDigests(env, DEC_1_0830 + 15 * MINUTE);
    expect(await sendRows(team.ws)).toEqual([
      expect.objectContaining({ status: "sent", attempts: 2 }),
    ]);
    expect(await outbox(team.ws)).toHaveLength(1);
  });

  it("are not claimed at all while mail is not configured", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });
    const summary = await runDigests(
      { ...env, MAIL_TRANSPORT: "send_email", MAIL_FROM: "" } as Env,
      DEC_1_0830,
    );
    expect(summary.skipped).toBe("MAIL_FROM is not set to an email address.");
    expect(await sendRows(team.ws)).toEqual([]);
  });
});
