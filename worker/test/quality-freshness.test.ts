import { env } from "cloudflare:workers";
import type { KindFreshness, QualityReport, ShopFreshness } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CAPTURE,
  type QualityTeam,
  qualityWorkspace,
  RANGE_QUERY,
} from "./setup/quality-fixture.ts";
import { getReport } from "./setup/report-fixture.ts";

let team: QualityTeam;
beforeAll(async () => {
  team = await qualityWorkspace();
});

const quality = (query = RANGE_QUERY) =>
  getReport<QualityReport>(`/api/v1/quality?${query}`, team.cookies.owner);
const shopOf = (r: QualityReport, platform: string): ShopFreshness => {
  const shop = r.freshness.find((s) => s.platform === platform);
  if (!shop) throw new Error(`no ${platform} shop`);
  return shop;
};
const kindOf = (shop: ShopFreshness, kind: string): KindFreshness | undefined =>
  shop.kinds.find((k) => k.kind === kind);

describe("freshness per shop and kind", () => {
  it("lists each shop with only the kinds it ever had, in the canonical order", async () => {
    const r = await quality();
    expect(r.meta.range).toEqual({ from: "2026-11-01", to: "2026-11-07" });
    expect(r.freshness.map((s) => [s.platform, s.shopId, s.kinds.map((k) => k.kind)])).toEqual([
      ["jd", "1000001", ["order", "sku", "traffic", "ad"]],
      ["pdd", "880001", ["sku"]],
      ["taobao", "57300001", ["order", "sku", "traffic"]],
    ]);
    expect(shopOf(r, "taobao").shopName).toBe("甜橙淘宝店");
  });

  it("finds the two missing order days of a 7-day range exactly", async () => {
    const orders = kindOf(shopOf(await quality(), "taobao"), "order");
    expect(orders).toEqual({
      kind: "order",
      // T-o1..T-o8; T-o0 (10-25) is before the range.
      records: 8,
      // T-o7's import arrived last.
      lastCapturedAt: CAPTURE.import,
      lastReceivedAt: expect.any(Number),
      daysWithData: 5,
      daysInRange: 7,
      gaps: [{ from: "2026-11-03", to: "2026-11-04", days: 2 }],
    });
  });

  it("counts traffic days by one-day rows, and gaps in runs", async () => {
    const traffic = kindOf(shopOf(await quality(), "taobao"), "traffic");
    expect(traffic?.records).toBe(5);
    expect(traffic?.daysWithData).toBe(4);
    expect(traffic?.gaps).toEqual([
      { from: "2026-11-03", to: "2026-11-04", days: 2 },
      { from: "2026-11-07", to: "2026-11-07", days: 1 },
    ]);
  });

  it("does not count the days before a shop's first record as gaps", async () => {
    const jd = shopOf(await quality(), "jd");
    // First order 11-04: 11-01..03 are not missing. J-fut is paid in the future, out of range.
    expect(kindOf(jd, "order")).toMatchObject({
      records: 3,
      daysWithData: 3,
      gaps: [{ from: "2026-11-06", to: "2026-11-06", days: 1 }],
    });
    // Ads are not expected every day: no gaps, only days with data.
    expect(kindOf(jd, "ad")?.gaps).toEqual([]);
    expect(kindOf(jd, "traffic")?.gaps).toEqual([
      { from: "2026-11-06", to: "2026-11-07", days: 2 },
    ]);
  });

  it("gives SKUs no days and no gaps: they are undated", async () => {
    const skus = kindOf(shopOf(await quality(), "taobao"), "sku");
    expect(skus).toEqual({
      kind: "sku",
      records: 3,
      lastCapturedAt: CAPTURE.T,
      lastReceivedAt: expect.any(Number),
      daysWithData: null,
      daysInRange: 7,
      gaps: [],
    });
  });

  it("shows a range with no records as one gap from the first record on", async () => {
    const r = await quality("from=2026-11-08&to=2026-11-10");
    const orders = kindOf(shopOf(r, "taobao"), "order");
    expect(orders).toMatchObject({ records: 0, lastCapturedAt: null, daysWithData: 0 });
    expect(orders?.gaps).toEqual([{ from: "2026-11-08", to: "2026-11-10", days: 3 }]);
    // Before J's first order ever: nothing expected, nothing missing.
    const early = await quality("from=2026-10-01&to=2026-10-05");
    expect(kindOf(shopOf(early, "jd"), "order")?.gaps).toEqual([]);
  });

  it("says which shop's sync stopped (last capture 30 h ago, the default 24 h rule)", async () => {
    const r = await quality();
    expect(shopOf(r, "pdd")).toMatchObject({ lastCapturedAt: CAPTURE.P, syncStopped: true });
    expect(shopOf(r, "taobao")).toMatchObject({
      lastCapturedAt: CAPTURE.import,
      syncStopped: false,
    });
    expect(shopOf(r, "jd").syncStopped).toBe(false);
  });

  it("uses the workspace's sync_stopped hours, and says nothing when the rule is off", async () => {
    const save = (enabled: number, params: string) =>
      env.DB.prepare(
        `INSERT INTO alert_rules (workspace_id, rule, enabled, params, updated_at, updated_by)
         VALUES (?, 'sync_stopped', ?, ?, 0, 'test') ON CONFLICT (workspace_id, rule)
         DO UPDATE SET enabled = excluded.enabled, params = excluded.params`,
      )
        .bind(team.workspaceId, enabled, params)
        .run();
    await save(1, '{"hours":48}');
    expect(shopOf(await quality(), "pdd").syncStopped).toBe(false);
    await save(1, '{"hours":1}');
    const r = await quality();
    expect(r.freshness.map((s) => s.syncStopped)).toEqual([true, true, true]);
    await save(0, '{"hours":1}');
    expect((await quality()).freshness.map((s) => s.syncStopped)).toEqual([false, false, false]);
    await env.DB.prepare("DELETE FROM alert_rules WHERE workspace_id = ?")
      .bind(team.workspaceId)
      .run();
  });
});
