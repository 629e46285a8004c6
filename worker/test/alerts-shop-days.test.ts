import { env } from "cloudflare:workers";
import type { CanonicalRecord } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateAlerts } from "../src/alerts/evaluate.ts";
import {
  alertRows,
  dailySeries,
  day,
  keyOf,
  NOW,
  paidOrder,
  shop,
  TODAY_START,
} from "./setup/alert-fixture.ts";
import { ingest, reportWorkspace } from "./setup/report-fixture.ts";

const Y = day(-1);
const evidence = (row: { evidence: string } | undefined) =>
  JSON.parse(row?.evidence ?? "null") as Record<string, number | string>;

describe("sales_drop: yesterday vs the mean of the same weekday in the 4 weeks before", () => {
  // Weeks (Y−7, Y−14, Y−21, Y−28): ¥1,000 ¥800 ¥900 ¥700 → baseline ¥850.00.
  const weeks = (s: ReturnType<typeof shop>, w: number[], yesterday: number, capturedAt = NOW) =>
    [
      ...w.map((fen, i) => paidOrder(s, day(-1 - 7 * (i + 1)), fen, { capturedAt })),
      ...(yesterday > 0 ? [paidOrder(s, Y, yesterday, { capturedAt })] : []),
    ] as CanonicalRecord[];
  const DROP = shop("taobao", "drop");
  const ZERO = shop("taobao", "zero");
  const EXACT = shop("jd", "exact");
  const JUST = shop("jd", "just");
  const SMALL = shop("pdd", "small");
  const STALE = shop("pdd", "stale");
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    const all = [DROP, ZERO, EXACT, JUST, SMALL, STALE];
    await ingest(
      ws,
      [
        ...weeks(DROP, [100000, 80000, 90000, 70000], 50000),
        ...weeks(ZERO, [100000, 80000, 90000, 70000], 0),
        // 70% of ¥1,000 is exactly ¥700: not "more than 30%" down; ¥699.99 is.
        ...weeks(EXACT, [100000, 100000, 100000, 100000], 70000),
        ...weeks(JUST, [100000, 100000, 100000, 100000], 69999),
        // Baseline ¥499.99 (Σ 199996 / 4): below the ¥500 floor.
        ...weeks(SMALL, [50000, 50000, 50000, 49996], 0),
        // Not captured since yesterday ended: yesterday may be incomplete.
        ...weeks(STALE, [100000, 100000, 100000, 100000], 10000, TODAY_START - 1000),
      ],
      all,
    );
    await evaluateAlerts(env.DB, ws, NOW);
  });

  it("fires below 70% of the baseline with the five values as evidence", async () => {
    const rows = await alertRows(ws, "sales_drop");
    expect(rows.map((r) => r.subject)).toEqual([keyOf(JUST), keyOf(DROP), keyOf(ZERO)]);
    const drop = rows.find((r) => r.subject === keyOf(DROP));
    expect(drop).toMatchObject({ date: Y, severity: "warning", state: "new" });
    expect(evidence(drop)).toEqual({
      valueFen: 50000,
      week1Fen: 100000,
      week2Fen: 80000,
      week3Fen: 90000,
      week4Fen: 70000,
      baselineFen: 85000,
      drop: 35000 / 85000,
      dropPercent: 30,
    });
    expect(drop?.link).toBe(`/?from=${day(-29)}&to=${Y}&shop=taobao:drop`);
    expect(evidence(rows.find((r) => r.subject === keyOf(ZERO)))).toMatchObject({
      valueFen: 0,
      drop: 1,
    });
    // (100000 − 69999) / 100000.
    expect(evidence(rows.find((r) => r.subject === keyOf(JUST))).drop).toBeCloseTo(0.30001, 12);
  });
});

describe("refund_spike: yesterday's rate ≥ max(2× the 28-day rate, it + 10 points), ≥ 10 orders", () => {
  // Baseline (Y−3 and Y−10): ¥2,000 paid, ¥100 refunded = 5% → threshold 15%.
  const spike = (s: ReturnType<typeof shop>, orders: number, refunds: number[]) => [
    paidOrder(s, day(-4), 100000, { refundFen: 10000 }),
    paidOrder(s, day(-11), 100000),
    ...Array.from({ length: orders }, (_, i) =>
      paidOrder(s, Y, 10000, { refundFen: refunds[i] ?? 0 }),
    ),
  ];
  const AT = shop("taobao", "at");
  const BELOW = shop("taobao", "below");
  const FEW = shop("jd", "few");
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    await ingest(
      ws,
      [
        // 10 orders, ¥1,000 paid, ¥150 refunded: 15.00%, exactly the threshold.
        ...spike(AT, 10, [10000, 5000]),
        ...spike(BELOW, 10, [10000, 4999]),
        // 9 orders, 50% refunded: too few orders to judge.
        ...spike(FEW, 9, [10000, 10000, 10000, 10000, 5000]),
      ],
      [AT, BELOW, FEW],
    );
    await evaluateAlerts(env.DB, ws, NOW);
  });

  it("fires at the threshold, not below it, and not on few orders", async () => {
    const rows = await alertRows(ws, "refund_spike");
    expect(rows.map((r) => r.subject)).toEqual([keyOf(AT)]);
    const e = evidence(rows[0]);
    expect(e).toMatchObject({
      orders: 10,
      paidFen: 100000,
      refundFen: 15000,
      rate: 0.15,
      baselinePaidFen: 200000,
      baselineRefundFen: 10000,
      baselineRate: 0.05,
    });
    expect(e.threshold).toBeCloseTo(0.15, 12);
    expect(rows[0]?.date).toBe(Y);
  });
});

describe("anomaly: robust z of yesterday against the days before (median, MAD)", () => {
  // Hand-computed in shared/src/metrics/anomaly.test.ts: median 11.5, MAD 0.5 (× ¥100 here).
  const SERIES = [10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11, 10, 12].map((v) => v * 10000);
  const SPIKE = shop("taobao", "spike");
  const SHORT = shop("taobao", "short");
  const DROPPED = shop("jd", "dropped");
  const OVER = shop("jd", "over");
  const UNDER = shop("pdd", "under");
  const history = (s: ReturnType<typeof shop>, values = SERIES) =>
    dailySeries(s, day(-1 - values.length), values);
  let ws: string;
  beforeAll(async () => {
    ws = (await reportWorkspace([])).workspaceId;
    await ingest(
      ws,
      [
        ...history(SPIKE),
        paidOrder(SPIKE, Y, 400000),
        // 13 days of history: one short of the 14 needed.
        ...history(SHORT, SERIES.slice(1)),
        paidOrder(SHORT, Y, 400000),
        // Nothing sold yesterday.
        ...history(DROPPED),
        // z = 0.6745 × (14.1 − 11.5) / 0.5 = 3.5074 ≥ 3.5; 14.0 gives 3.3725.
        ...history(OVER),
        paidOrder(OVER, Y, 141000),
        ...history(UNDER),
        paidOrder(UNDER, Y, 140000),
      ],
      [SPIKE, SHORT, DROPPED, OVER, UNDER],
    );
    await evaluateAlerts(env.DB, ws, NOW);
  });

  it("flags spikes and drops of the paid amount past |z| 3.5, with its evidence", async () => {
    const rows = await alertRows(ws, "anomaly");
    // One order a day every day: the orders series is flat (no scale), so it never fires here.
    expect(rows.map((r) => [r.subject, r.severity])).toEqual([
      ["paidFen:jd:dropped", "warning"],
      ["paidFen:jd:over", "info"],
      ["paidFen:taobao:spike", "info"],
    ]);
    const spike = evidence(rows.find((r) => r.subject === "paidFen:taobao:spike"));
    expect(spike).toMatchObject({
      metric: "paidFen",
      direction: "spike",
      value: 400000,
      median: 115000,
      mad: 5000,
      threshold: 3.5,
      historyDays: 14,
    });
    expect(spike.z).toBeCloseTo(38.4465, 9);
    const dropped = evidence(rows.find((r) => r.subject === "paidFen:jd:dropped"));
    expect(dropped).toMatchObject({ direction: "drop", value: 0 });
    // 0.6745 × (0 − 115000) / 5000.
    expect(dropped.z).toBeCloseTo(-15.5135, 9);
    expect(evidence(rows.find((r) => r.subject === "paidFen:jd:over")).z).toBeCloseTo(3.5074, 9);
  });

  it("flags the orders series too when it moves", async () => {
    const ws2 = (await reportWorkspace([])).workspaceId;
    const BUSY = shop("tmall", "busy");
    // 2 or 3 orders a day (median 2.5, MAD 0.5), then 9 yesterday: z = 0.6745 × 6.5 / 0.5 = 8.7685.
    const counts = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3];
    const orders = counts.flatMap((n, i) =>
      Array.from({ length: n }, () => paidOrder(BUSY, day(-15 + i), 10000)),
    );
    const yesterday = Array.from({ length: 9 }, () => paidOrder(BUSY, Y, 10000));
    await ingest(ws2, [...orders, ...yesterday], [BUSY]);
    await evaluateAlerts(env.DB, ws2, NOW);
    const rows = await alertRows(ws2, "anomaly");
    // Paid: median ¥250, MAD ¥50, value ¥900 → the same z on the amount.
    expect(rows.map((r) => r.subject)).toEqual(["orders:tmall:busy", "paidFen:tmall:busy"]);
    expect(evidence(rows[0])).toMatchObject({ value: 9, median: 2.5, mad: 0.5 });
    expect(evidence(rows[0]).z).toBeCloseTo(8.7685, 9);
  });
});
