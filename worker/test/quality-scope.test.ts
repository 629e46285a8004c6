import { isDailyKind, type QualityReport, type QualitySummary } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFor, makeTeam } from "./setup/accounts.ts";
import { call } from "./setup/fixtures.ts";
import {
  CAPTURE,
  J_KEY,
  P_KEY,
  type QualityTeam,
  qualityWorkspace,
  RANGE_QUERY,
  T_KEY,
} from "./setup/quality-fixture.ts";
import { getReport } from "./setup/report-fixture.ts";

let team: QualityTeam;
beforeAll(async () => {
  team = await qualityWorkspace();
});

const report = (cookie: string, query = RANGE_QUERY) =>
  getReport<QualityReport>(`/api/v1/quality?${query}`, cookie);
const summary = (cookie: string, query: string) =>
  getReport<QualitySummary>(`/api/v1/quality/summary?${query}`, cookie);
const shopsIn = (r: QualityReport) =>
  new Set([
    ...r.freshness.map((s) => `${s.platform}:${s.shopId}`),
    ...r.checks.flatMap((c) => c.findings.map((f) => `${f.platform}:${f.shopId}`)),
  ]);

describe("scope", () => {
  it("shows a shop-scoped member only their shop's freshness and findings", async () => {
    const r = await report(team.cookies.scoped);
    expect(r.meta.shops).toEqual([T_KEY]);
    expect(r.freshness.map((s) => s.shopId)).toEqual(["57300001"]);
    // outer_code_products: with J's SKU out of sight, MUG-1 is one product.
    expect([...shopsIn(r)]).toEqual([T_KEY]);
    expect(r.totals).toEqual({ blocking: 5, warning: 3, info: 2 });
    // Asking for another shop does not widen the scope.
    const asked = await report(team.cookies.scoped, `${RANGE_QUERY}&shop=${J_KEY}`);
    expect(asked.freshness).toEqual([]);
    expect(asked.totals).toEqual({ blocking: 0, warning: 0, info: 0 });
  });

  it("applies the platform and shop filters", async () => {
    const jd = await report(team.cookies.owner, `${RANGE_QUERY}&platform=jd`);
    expect([...shopsIn(jd)].filter((k) => k !== "null:null")).toEqual([J_KEY]);
    const two = await report(team.cookies.owner, `${RANGE_QUERY}&shop=${J_KEY},${P_KEY}`);
    expect(two.freshness.map((s) => s.platform)).toEqual(["jd", "pdd"]);
  });

  it("shows another workspace nothing of this one", async () => {
    const other = await makeTeam("another workspace");
    const cookie = await cookieFor(other.workspace.id, other.owner.id);
    const r = await report(cookie);
    expect(r.freshness).toEqual([]);
    expect(r.checks.every((c) => c.findings.length === 0)).toBe(true);
    expect(r.totals).toEqual({ blocking: 0, warning: 0, info: 0 });
    const s = await summary(cookie, RANGE_QUERY);
    expect(s.stoppedShops).toEqual([]);
    expect(s.kinds.every((k) => k.shopDays === 0 && k.lastCapturedAt === null)).toBe(true);
  });

  it("asks for a login", async () => {
    expect((await call(`/api/v1/quality?${RANGE_QUERY}`)).status).toBe(401);
    expect((await call(`/api/v1/quality/summary?${RANGE_QUERY}`)).status).toBe(401);
  });
});

describe("summary", () => {
  it("states the asked kinds by hand-computed figures", async () => {
    const s = await summary(team.cookies.owner, `${RANGE_QUERY}&kinds=traffic,order`);
    expect(s.kinds).toEqual([
      {
        kind: "order",
        lastCapturedAt: CAPTURE.import,
        // T: 7 days, 5 with orders; J: from its first order (11-04), 4 days, 3 with orders.
        shopDaysWithData: 8,
        shopDays: 11,
        shopsWithGaps: [J_KEY, T_KEY],
      },
      {
        kind: "traffic",
        lastCapturedAt: CAPTURE.T,
        // T: 11-01..07, 4 days; J: 11-05..07, 1 day.
        shopDaysWithData: 5,
        shopDays: 10,
        shopsWithGaps: [J_KEY, T_KEY],
      },
    ]);
    expect(s.stoppedShops).toEqual([P_KEY]);
    expect(s.totals).toEqual({ blocking: 6, warning: 8, info: 4 });
  });

  it("equals what the page says for the same filter", async () => {
    for (const [cookie, query] of [
      [team.cookies.owner, RANGE_QUERY],
      [team.cookies.owner, "from=2026-10-20&to=2026-11-30&platform=taobao,jd"],
      [team.cookies.analyst, RANGE_QUERY],
      [team.cookies.scoped, "preset=last30"],
    ] as const) {
      const r = await report(cookie, query);
      const s = await summary(cookie, query);
      expect(s.meta).toEqual({ ...r.meta, generatedAt: s.meta.generatedAt });
      expect(s.totals).toEqual(r.totals);
      expect(s.stoppedShops).toEqual(
        r.freshness.filter((f) => f.syncStopped).map((f) => `${f.platform}:${f.shopId}`),
      );
      expect(s.kinds.map((k) => k.kind)).toEqual([
        "order",
        "sku",
        "traffic",
        "ad",
        "refund",
        "settlement",
      ]);
      for (const k of s.kinds) {
        const listed = r.freshness.flatMap((f) =>
          f.kinds.filter((x) => x.kind === k.kind).map((x) => ({ shop: f, x })),
        );
        const captured = listed.map((l) => l.x.lastCapturedAt).filter((v) => v !== null);
        expect(k.lastCapturedAt).toBe(captured.length > 0 ? Math.max(...captured) : null);
        expect(k.shopsWithGaps).toEqual(
          listed
            .filter((l) => l.x.gaps.length > 0)
            .map((l) => `${l.shop.platform}:${l.shop.shopId}`),
        );
        // Sparse kinds count no shop-days; for daily ones every expected shop-day is a day with
        // data or a day of a gap (no gap list is cut here).
        if (!isDailyKind(k.kind)) {
          expect([k.shopDaysWithData, k.shopDays]).toEqual([0, 0]);
          continue;
        }
        const withData = listed.reduce((n, l) => n + (l.x.daysWithData ?? 0), 0);
        const missing = listed.reduce((n, l) => n + l.x.gaps.reduce((g, x) => g + x.days, 0), 0);
        expect(k.shopDaysWithData).toBe(withData);
        expect(k.shopDays).toBe(withData + missing);
      }
    }
  });

  it("refuses an unknown kind", async () => {
    const res = await call(`/api/v1/quality/summary?${RANGE_QUERY}&kinds=order,visits`, {
      headers: { cookie: team.cookies.owner },
    });
    expect(res.status).toBe(422);
  });
});
