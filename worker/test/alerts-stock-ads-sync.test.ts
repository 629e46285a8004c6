import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateAlerts } from "../src/alerts/evaluate.ts";
import {
  adDay,
  alertRows,
  day,
  listing,
  NOW,
  paidOrder,
  shop,
  TODAY,
  TODAY_START,
} from "./setup/alert-fixture.ts";
import { ingest, reportWorkspace } from "./setup/report-fixture.ts";

const HOUR = 3_600_000;
const evidence = (row: { evidence: string } | undefined) =>
  JSON.parse(row?.evidence ?? "null") as Record<string, number | string>;

describe("low_stock: days of cover on the 30-day velocity below 7, per product and shop", () => {
  const T = shop("taobao", "t1");
  const J = shop("jd", "j1");
  // 60 units in the window (today−30 … yesterday) = 2 a day.
  const sold = (sku: string, outer: string | null, dates = [day(-30), day(-1)]) =>
    dates.map((d) =>
      paidOrder(T, d, 3000, { units: 60 / dates.length, item: `item-${sku}`, sku, outer }),
    );
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    await ingest(
      ws,
      [
        // 13 / 2 = 6.5 days → out in 6 days: warning.
        listing(T, "low", 13, { outer: "LOW-1" }),
        ...sold("low", "LOW-1"),
        // 14 / 2 = 7 days: not below 7.
        listing(T, "enough", 14),
        ...sold("enough", null),
        // 5 / 2 = 2.5 days → out the day after tomorrow: urgent.
        listing(T, "urgent", 5),
        ...sold("urgent", null),
        // Sold out while still selling: urgent, 0 days.
        listing(T, "gone", 0),
        ...sold("gone", null),
        // Sold 31 days ago only: outside the window, nothing to run out.
        listing(T, "old", 1),
        ...sold("old", null, [day(-31)]),
        // Off the shelf: not a stock problem.
        listing(T, "off", 1, { status: "offshelf" }),
        ...sold("off", null),
        // The same product on JD, stock 3, but no JD sales: JD's listing is not running out.
        listing(J, "low-jd", 3, { outer: "LOW-1" }),
      ],
      [T, J],
    );
    await evaluateAlerts(env.DB, ws, NOW);
  });

  it("finds the products under 7 days of cover, urgent within 2 days", async () => {
    const rows = await alertRows(ws, "low_stock");
    expect(rows.map((r) => [r.subject, r.severity, r.date])).toEqual([
      ["outer:LOW-1@taobao:t1", "warning", TODAY],
      ["sku:taobao:t1:item-gone:gone@taobao:t1", "urgent", TODAY],
      ["sku:taobao:t1:item-urgent:urgent@taobao:t1", "urgent", TODAY],
    ]);
    expect(evidence(rows[0])).toEqual({
      productKey: "outer:LOW-1",
      name: "商品 low",
      stock: 13,
      unitsSold: 60,
      unitsPerDay: 2,
      daysOfCover: 6.5,
      stockOutDate: day(6),
      coverDays: 7,
    });
    expect(rows[0]?.link).toBe("/inventory?shop=taobao:t1&product=outer:LOW-1");
    expect(evidence(rows[1])).toMatchObject({ stock: 0, daysOfCover: 0, stockOutDate: TODAY });
    expect(evidence(rows[2])).toMatchObject({ daysOfCover: 2.5, stockOutDate: day(2) });
  });
});

describe("roas_low: yesterday's ROAS per campaign below 2.0 with spend ≥ ¥50", () => {
  const T = shop("taobao", "ads");
  const Y = day(-1);
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    await ingest(
      ws,
      [
        adDay(T, Y, "low", 10000, 15000),
        adDay(T, Y, "on-target", 10000, 20000),
        adDay(T, Y, "small", 4999, 0),
        adDay(T, Y, "min-spend", 5000, 0),
        // Captured before yesterday ended: part of a day, not judged.
        adDay(T, Y, "partial", 10000, 0, TODAY_START - 1000),
        // The day before yesterday is not re-judged.
        adDay(T, day(-2), "older", 10000, 0),
      ],
      [T],
    );
    await evaluateAlerts(env.DB, ws, NOW);
  });

  it("fires under target, not on it, and not on small spend", async () => {
    const rows = await alertRows(ws, "roas_low");
    expect(rows.map((r) => r.subject)).toEqual(["taobao:ads:ztc:low", "taobao:ads:ztc:min-spend"]);
    expect(evidence(rows[0])).toEqual({
      channel: "ztc",
      campaignId: "low",
      campaignName: "计划 low",
      spendFen: 10000,
      attributedFen: 15000,
      roas: 1.5,
      targetRoas: 2,
    });
    expect(rows[0]).toMatchObject({ date: Y, severity: "warning" });
    expect(rows[0]?.link).toBe(`/ads?from=${Y}&to=${Y}&shop=taobao:ads`);
    expect(evidence(rows[1]).roas).toBe(0);
  });
});

describe("sync_stopped: no capture for over 24 hours after captures in the week before", () => {
  const now = NOW;
  const at = (s: ReturnType<typeof shop>, capturedAt: number) =>
    listing(s, `sku-${s.shopId}`, 100, { capturedAt });
  const LATE = shop("taobao", "late");
  const EDGE = shop("jd", "edge");
  const FRESH = shop("jd", "fresh");
  const WEEK = shop("pdd", "week");
  const LONG = shop("pdd", "long");
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    const shops = [LATE, EDGE, FRESH, WEEK, LONG];
    await ingest(
      ws,
      [
        at(LATE, now - 24 * HOUR - 1),
        at(EDGE, now - 24 * HOUR),
        at(FRESH, now - HOUR),
        at(WEEK, now - (24 + 7 * 24) * HOUR),
        at(LONG, now - (24 + 7 * 24) * HOUR - 1),
      ],
      shops,
    );
    await evaluateAlerts(env.DB, ws, now);
  });

  it("fires just past the limit, urgent, and ignores shops silent for over a week before it", async () => {
    const rows = await alertRows(ws, "sync_stopped");
    expect(rows.map((r) => [r.subject, r.severity, r.date])).toEqual([
      ["pdd:week", "urgent", TODAY],
      ["taobao:late", "urgent", TODAY],
    ]);
    expect(evidence(rows[1])).toEqual({
      lastCapturedAt: now - 24 * HOUR - 1,
      hoursSince: (24 * HOUR + 1) / HOUR,
      hours: 24,
    });
    expect(rows[1]?.link).toBe("/?shop=taobao:late");
  });

  it("resolves itself when the shop syncs again", async () => {
    await ingest(ws, [at(LATE, now)], [LATE]);
    const result = await evaluateAlerts(env.DB, ws, now);
    expect(result.resolved).toBe(1);
    const rows = await alertRows(ws, "sync_stopped");
    expect(rows.map((r) => [r.subject, r.state, r.state_changed_by])).toEqual([
      ["pdd:week", "new", null],
      ["taobao:late", "resolved", null],
    ]);
  });
});
