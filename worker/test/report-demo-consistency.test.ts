import type { OverviewReport, PlatformsReport } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDemoWorkspace } from "../src/demo/index.ts";
import { createWorkspace } from "../src/db/workspaces.ts";
import { applyRecordBatch } from "../src/ingest/apply-record-batch.ts";
import { addMember, cookieFor } from "./setup/accounts.ts";
import { getReport } from "./setup/report-fixture.ts";

// The demo workspace as the dashboard shows it: does every report add up where it should, and
// refuse to add up where the metric is not additive?
const demo = createDemoWorkspace({ seed: 11, today: "2026-11-20", days: 120, scale: 0.04 });
const RANGE = "from=2026-10-21&to=2026-11-19";
let cookie = "";

beforeAll(async () => {
  const workspace = await createWorkspace(env.DB, "演示", Date.now());
  let n = 0;
  for (const chunk of demo.records()) {
    const result = await applyRecordBatch(
      env.DB,
      workspace.id,
      { batchId: `demo-${n++}`, records: chunk, shops: demo.shops },
      { now: demo.now },
    );
    if (result.rejected.length > 0) throw new Error(JSON.stringify(result.rejected.slice(0, 3)));
  }
  const owner = await addMember(workspace.id, "owner");
  cookie = await cookieFor(workspace.id, owner.id);
});

describe("reports on the demo workspace", () => {
  it("are plausible", async () => {
    const r = await getReport<OverviewReport>(`/api/v1/reports/overview?${RANGE}`, cookie);
    const k = r.kpis;
    expect(k.orders.value).toBeGreaterThan(300);
    expect(k.aovFen.value).toBeGreaterThan(3000);
    expect(k.aovFen.value).toBeLessThan(100000);
    expect(k.refundRate.value).toBeGreaterThan(0);
    expect(k.refundRate.value).toBeLessThan(0.3);
    expect(k.netSalesFen.value).toBeLessThan(k.paidFen.value ?? 0);
    expect(k.units.value).toBeGreaterThanOrEqual(k.orders.value ?? 0);
    expect(k.buyers.value).toBeLessThanOrEqual(k.orders.value ?? 0);
    // 环比 exists (the window holds the previous 30 days); 同比 base is before the demo began.
    expect(k.paidFen.vsPrevious).not.toBeNull();
    expect(k.paidFen.lastYear).toBe(0);
    expect(k.paidFen.vsLastYear).toBeNull();
    expect(r.platforms.map((p) => p.platform).sort()).toEqual(["jd", "pdd", "taobao", "tmall"]);
  });

  it("add up across platforms, shops and days where the metric is additive", async () => {
    const r = await getReport<OverviewReport>(`/api/v1/reports/overview?${RANGE}`, cookie);
    const p = await getReport<PlatformsReport>(`/api/v1/reports/platforms?${RANGE}`, cookie);
    const sum = <T extends { figures: Record<string, unknown> }>(rows: T[], field: string) =>
      rows.reduce((s, x) => s + (x.figures[field] as number), 0);
    for (const field of ["paidFen", "refundFen", "orders", "units", "netSalesFen"] as const) {
      expect(sum(r.platforms, field), field).toBe(r.kpis[field].value);
      expect(sum(r.shops, field), field).toBe(r.kpis[field].value);
      expect(sum(r.days, field), field).toBe(r.kpis[field].value);
      expect(sum(p.platforms, field), field).toBe(p.total.figures[field]);
    }
    expect(sum(r.shops, "refundOrders")).toBe(sum(r.days, "refundOrders"));
    expect(r.platforms.reduce((s, x) => s + (x.share ?? 0), 0)).toBeCloseTo(1, 9);
    // Buyer keys are per platform, so platforms' buyers add up to the total…
    expect(r.platforms.reduce((s, x) => s + (x.figures.buyers ?? 0), 0)).toBe(r.kpis.buyers.value);
  });

  it("do not add up where the metric is a distinct count or a ratio", async () => {
    const r = await getReport<OverviewReport>(`/api/v1/reports/overview?${RANGE}`, cookie);
    // …but days' buyers do not: repeat buyers are counted once over the month.
    const dailyBuyers = r.days.reduce((s, d) => s + (d.figures.buyers ?? 0), 0);
    expect(dailyBuyers).toBeGreaterThan(r.kpis.buyers.value ?? 0);
    // AOV is recomputed from sums, not averaged over platforms.
    const total = r.kpis;
    expect(total.aovFen.value).toBe(
      Math.round((total.paidFen.value ?? 0) / (total.orders.value ?? 1)),
    );
    const meanOfAovs =
      r.platforms.reduce((s, x) => s + (x.figures.aovFen ?? 0), 0) / r.platforms.length;
    expect(Math.round(meanOfAovs)).not.toBe(total.aovFen.value);
  });
});
