import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runDigests } from "../src/digests/run-digests.ts";
import { DEC_1_0830, digestWorkspace, outbox, subscribe } from "./setup/digest-fixture.ts";
import { getReport } from "./setup/report-fixture.ts";

/**
 * November 2026 of the report fixture (report-fixture.ts), computed by hand:
 * paid T-o1 ¥100 + T-o2 ¥50 + J-o4 ¥200 + P-o5 ¥80 + P-o6 ¥20 = ¥450.00 in 5 orders, refunds
 * ¥70.00 → net ¥380.00, AOV ¥90.00. October (环比): T-o7 ¥120.00, 1 order → +275.0% and
 * +400.0%. November 2025 (同比): J-o8 ¥400.00 → +12.5%. By platform: 京东 ¥200.00, 淘宝
 * ¥150.00, 拼多多 ¥100.00. Best seller: MUG-1 (北欧陶瓷马克杯) ¥330.00, up from ¥120.00.
 */
describe("the monthly digest's content", () => {
  it("carries the hand-computed figures in both parts, equal to the dashboard's", async () => {
    const team = await digestWorkspace("甜橙家居");
    await subscribe(team.ws, team.cookies.owner, { memberId: team.owner.id, frequency: "monthly" });
    await runDigests(env, DEC_1_0830);
    const [mail] = await outbox(team.ws);
    expect(mail?.subject).toContain("通数月报");
    expect(mail?.subject).toContain("2026年11月");
    for (const part of [mail?.text ?? "", mail?.html ?? ""]) {
      for (const figure of [
        "¥450.00",
        "¥380.00",
        "¥90.00",
        "+275.0%",
        "+400.0%",
        "+12.5%",
        "¥200.00",
        "¥150.00",
        "¥100.00",
        "¥330.00",
        "北欧陶瓷马克杯",
        "甜橙家居",
      ])
        expect(part, figure).toContain(figure);
    }
    // The link opens the dashboard on the same range; the figures there are the same.
    expect(mail?.text).toContain("http://127.0.0.1:8787/?from=2026-11-01&to=2026-11-30");
    const overview = await getReport<{ kpis: { paidFen: { value: number } } }>(
      "/api/v1/reports/overview?from=2026-11-01&to=2026-11-30",
      team.cookies.owner,
    );
    expect(overview.kpis.paidFen.value).toBe(45000);
    // Mail clients: no scripts, no remote images, styles inline.
    expect(mail?.html).not.toMatch(/<script|src="http|url\(/i);
    expect(mail?.html).toMatch(/^<!doctype html>/i);
  });

  it("is in English for a recipient who chose English", async () => {
    const team = await digestWorkspace();
    await subscribe(team.ws, team.cookies.owner, {
      email: "partner@example.com",
      locale: "en",
      frequency: "monthly",
    });
    await runDigests(env, DEC_1_0830);
    const [mail] = await outbox(team.ws);
    expect(mail?.subject).toMatch(/^Tongshu monthly/);
    expect(mail?.text).toContain("¥450.00");
    expect(mail?.text).not.toMatch(/利润|Profit/);
  });
});
