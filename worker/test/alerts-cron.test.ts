import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { evaluateAllAlerts } from "../src/cron/evaluate-all-alerts.ts";
import worker from "../src/index.ts";
import { alertRows, day, NOW, paidOrder, shop } from "./setup/alert-fixture.ts";
import { ingest, reportWorkspace } from "./setup/report-fixture.ts";

/** A workspace whose shop sold ¥1,000 on each of the four same weekdays and ¥100 yesterday. */
async function droppingWorkspace(): Promise<string> {
  const ws = (await reportWorkspace([])).workspaceId;
  const s = shop("taobao", "cron");
  await ingest(
    ws,
    [
      ...[7, 14, 21, 28].map((w) => paidOrder(s, day(-1 - w), 100000)),
      paidOrder(s, day(-1), 10000),
    ],
    [s],
  );
  return ws;
}

describe("alerts on the 15-minute cron", () => {
  it("evaluates every workspace from the Worker's scheduled handler", async () => {
    const first = await droppingWorkspace();
    const second = await droppingWorkspace();
    const ctx = createExecutionContext();
    worker.scheduled(
      createScheduledController({ scheduledTime: NOW, cron: "*/15 * * * *" }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    for (const ws of [first, second])
      expect((await alertRows(ws, "sales_drop")).map((r) => [r.subject, r.state])).toEqual([
        ["taobao:cron", "new"],
      ]);
  });

  it("keeps going when one workspace fails", async () => {
    const broken = await droppingWorkspace();
    const healthy = await droppingWorkspace();
    // A stored rule row that cannot be read makes this workspace's evaluation throw.
    await env.DB.prepare(
      "INSERT INTO alert_rules (workspace_id, rule, enabled, params, updated_at, updated_by) VALUES (?, 'sales_drop', 1, 'not json', 0, 'x')",
    )
      .bind(broken)
      .run();
    const result = await evaluateAllAlerts(env.DB, NOW);
    expect(result.failed).toBe(1);
    expect(result.evaluated).toBe(3);
    expect(await alertRows(broken)).toEqual([]);
    expect((await alertRows(healthy, "sales_drop")).map((r) => r.subject)).toEqual(["taobao:cron"]);
  });
});
