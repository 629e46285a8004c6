import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runDigests } from "../src/digests/run-digests.ts";
import {
  DEC_1_0830,
  digestWorkspace,
  outbox,
  sendRows,
  subscribe,
} from "./setup/digest-fixture.ts";
import { bj } from "./setup/report-fixture.ts";

const MINUTE = 60_000;

describe("digests on the 15-minute cron", () => {
  it("sends each period once, however often or late the cron runs", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });

    // Before the send time: nothing is due yet (November's digest goes out on 1 Dec 08:30).
    await runDigests(env, DEC_1_0830 - MINUTE);
    expect(await outbox(team.ws)).toHaveLength(0);

    // Two cron invocations racing, then the next run, then a run hours late.
    await Promise.all([runDigests(env, DEC_1_0830), runDigests(env, DEC_1_0830)]);
    await runDigests(env, DEC_1_0830 + 15 * MINUTE);
    await runDigests(env, DEC_1_0830 + 5 * 60 * MINUTE);

    const mails = await outbox(team.ws);
    expect(mails).toHaveLength(1);
    expect(await sendRows(team.ws)).toEqual([
      expect.objectContaining({
        kind: "digest",
        period: "monthly:2026-11",
        status: "sent",
        attempts: 1,
      }),
    ]);
    expect(mails[0]?.to).toBe(team.owner.email);
  });

  it("sends a cron that was down at the send time on its next run", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, {
      memberId: team.owner.id,
      frequency: "daily",
      sendAt: "07:00",
    });
    // Due 2026-11-08 07:00 for 11-07; the first run after that is at 13:45.
    await runDigests(env, bj("2026-11-08", "13:45"));
    expect((await sendRows(team.ws)).map((r) => [r.period, r.status])).toEqual([
      ["daily:2026-11-07", "sent"],
    ]);
  });

  it("starts a new subscription with the next send time, not a period already past", async () => {
    const team = await digestWorkspace();
    await subscribe(
      team.ws,
      team.cookies.owner,
      { memberId: team.owner.id, frequency: "daily" },
      bj("2026-11-08", "10:00"),
    );
    await runDigests(env, bj("2026-11-08", "10:15"));
    expect(await sendRows(team.ws)).toEqual([]);
    await runDigests(env, bj("2026-11-09", "08:30"));
    expect((await sendRows(team.ws)).map((r) => r.period)).toEqual(["daily:2026-11-08"]);
  });

  it("sends nothing to a member who was disabled or a schedule that is off", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, {
      memberId: team.viewer.id,
      frequency: "monthly",
    });
    await subscribe(team.ws, team.cookies.owner, {
      email: "partner@example.cn",
      frequency: "off",
      urgentAlerts: false,
    });
    await env.DB.prepare("UPDATE members SET disabled_at = 1 WHERE workspace_id = ? AND id = ?")
      .bind(team.ws, team.viewer.id)
      .run();
    await runDigests(env, DEC_1_0830);
    expect(await outbox(team.ws)).toEqual([]);
  });
});
