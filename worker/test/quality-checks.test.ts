import type { QualityCheckId, QualityCheckResult, QualityReport } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FUTURE_PAID_AT,
  IMPORT,
  type QualityTeam,
  qualityWorkspace,
  RANGE_QUERY,
  SOLD,
} from "./setup/quality-fixture.ts";
import { getReport } from "./setup/report-fixture.ts";

let team: QualityTeam;
let owner: QualityReport;
beforeAll(async () => {
  team = await qualityWorkspace();
  owner = await getReport<QualityReport>(`/api/v1/quality?${RANGE_QUERY}`, team.cookies.owner);
});

const checkOf = (r: QualityReport, id: QualityCheckId): QualityCheckResult => {
  const check = r.checks.find((c) => c.check === id);
  if (!check) throw new Error(`no ${id}`);
  return check;
};
const T = { platform: "taobao", shopId: "57300001" };
const J = { platform: "jd", shopId: "1000001" };

describe("key_conflict", () => {
  it("shows the stored version against the other source, biggest disagreement first", () => {
    const c = checkOf(owner, "key_conflict");
    expect(c.counts).toEqual({ blocking: 2, warning: 0, info: 0 });
    expect(c.findings).toEqual([
      // Inserted: T-o1 still holds the capture's ¥500.00; the import said ¥480.00.
      {
        check: "key_conflict",
        tier: "blocking",
        ...T,
        date: "2026-11-01",
        link: "/?from=2026-11-01&to=2026-11-01&shop=taobao:57300001",
        orderId: "T-o1",
        storedFen: 50000,
        storedSource: SOLD,
        otherFen: 48000,
        otherSource: IMPORT,
        detectedAt: 1234,
      },
      // Through ingest: the newer import (¥155.00) replaced the capture (¥150.00).
      expect.objectContaining({
        orderId: "T-o7",
        date: "2026-11-07",
        storedFen: 15500,
        storedSource: IMPORT,
        otherFen: 15000,
        otherSource: SOLD,
      }),
    ]);
  });
});

describe("out_of_range", () => {
  it("lists one finding per broken rule, blocking first, with value and limit", () => {
    const c = checkOf(owner, "out_of_range");
    expect(c.counts).toEqual({ blocking: 3, warning: 5, info: 1 });
    const seen = c.findings.map((f) =>
      f.check === "out_of_range"
        ? [f.tier, f.rule, f.kind, f.shopId, f.date, f.subject, f.title, f.value, f.limit]
        : null,
    );
    expect(seen).toEqual([
      ["blocking", "refund_over_paid", "order", T.shopId, "2026-11-05", "T-o4", null, 25000, 20000],
      ["blocking", "paid_over_goods", "order", T.shopId, "2026-11-07", "T-o6", null, 30000, 26000],
      [
        "blocking",
        "paid_in_future",
        "order",
        J.shopId,
        expect.any(String),
        "J-fut",
        null,
        FUTURE_PAID_AT,
        expect.any(Number),
      ],
      [
        "warning",
        "paid_over_limit",
        "order",
        J.shopId,
        "2026-11-05",
        "J-o2",
        null,
        25_000_000,
        20_000_000,
      ],
      [
        "warning",
        "buyers_over_visitors",
        "traffic",
        J.shopId,
        "2026-11-05",
        "2026-11-05",
        null,
        12,
        10,
      ],
      [
        "warning",
        "paid_orders_without_amount",
        "traffic",
        T.shopId,
        "2026-11-01",
        "2026-11-01/T-100",
        "商品 T-100-1",
        3,
        0,
      ],
      ["warning", "sku_zero_price", "sku", T.shopId, null, "T-300/T-300-1", "商品 T-300-1", 0, 0],
      [
        "warning",
        "clicks_over_impressions",
        "ad",
        J.shopId,
        "2026-11-03",
        "j1",
        "京准通 计划一",
        120,
        100,
      ],
      ["info", "line_zero_price", "order", J.shopId, "2026-11-04", "J-o1", "商品 J-900-1", 0, 0],
    ]);
    const future = c.findings[2];
    expect(future?.check === "out_of_range" && future.limit).toBe(owner.meta.generatedAt);
    expect(c.findings.map((f) => f.link)).toContain(
      "/ads?from=2026-11-03&to=2026-11-03&shop=jd:1000001",
    );
    expect(c.findings.map((f) => f.link)).toContain("/inventory?shop=taobao:57300001");
  });
});

describe("day_total_mismatch", () => {
  it("compares the paid orders of a day with the platform's own figure", () => {
    const c = checkOf(owner, "day_total_mismatch");
    expect(c.counts).toEqual({ blocking: 1, warning: 1, info: 1 });
    expect(c.findings).toEqual([
      {
        check: "day_total_mismatch",
        tier: "blocking",
        ...T,
        date: "2026-11-02",
        link: "/?from=2026-11-02&to=2026-11-02&shop=taobao:57300001",
        ordersFen: 70000,
        orders: 1,
        platformFen: 100000,
        platformOrders: 1,
        diffFen: -30000,
        diffRatio: -0.3,
      },
      // ¥950.00 of orders against 生意参谋's ¥1,000.00.
      expect.objectContaining({
        tier: "warning",
        date: "2026-11-01",
        ordersFen: 95000,
        orders: 2,
        platformFen: 100000,
        platformOrders: 2,
        diffFen: -5000,
        diffRatio: -0.05,
      }),
      expect.objectContaining({ tier: "info", date: "2026-11-06", diffFen: -80 }),
    ]);
  });
});

describe("outer_code_products", () => {
  it("finds an outer code whose SKUs resolve to two products", () => {
    const c = checkOf(owner, "outer_code_products");
    expect(c.counts).toEqual({ blocking: 0, warning: 1, info: 0 });
    expect(c.findings).toEqual([
      {
        check: "outer_code_products",
        tier: "warning",
        platform: null,
        shopId: null,
        date: null,
        link: "/settings?section=products",
        outerCode: "MUG-1",
        products: [
          { productKey: "pA", name: "北欧马克杯", skus: 1 },
          { productKey: "pB", name: "京东马克杯", skus: 1 },
        ],
      },
    ]);
  });
});

describe("missing_cost", () => {
  it("lists products sold without a cost, minor ones as info, by paid amount", () => {
    const c = checkOf(owner, "missing_cost");
    expect(c.counts).toEqual({ blocking: 0, warning: 1, info: 2 });
    expect(c.findings).toEqual([
      {
        check: "missing_cost",
        tier: "warning",
        ...J,
        date: null,
        link: "/settings?section=costs",
        productKey: "pB",
        name: "京东马克杯",
        outerCode: null,
        units: 5003,
        paidFen: 25_018_000,
      },
      expect.objectContaining({
        tier: "info",
        ...T,
        productKey: "outer:CUP-1",
        name: "商品 T-200-1",
        outerCode: "CUP-1",
        units: 1,
        paidFen: 500,
      }),
      expect.objectContaining({
        tier: "info",
        ...J,
        productKey: "sku:jd:1000001:J-900:J-900-1",
        outerCode: null,
        units: 1,
        paidFen: 0,
      }),
    ]);
  });

  it("is left out entirely for a member who may not see costs", async () => {
    const r = await getReport<QualityReport>(
      `/api/v1/quality?${RANGE_QUERY}`,
      team.cookies.analyst,
    );
    expect(r.checks.map((c) => c.check)).toEqual([
      "key_conflict",
      "out_of_range",
      "day_total_mismatch",
      "outer_code_products",
    ]);
    expect(JSON.stringify(r)).not.toContain("missing_cost");
    expect(r.totals).toEqual({ blocking: 6, warning: 7, info: 2 });
  });
});

describe("totals", () => {
  it("add up the checks' counts per tier", () => {
    expect(owner.checks.map((c) => c.check)).toEqual([
      "key_conflict",
      "out_of_range",
      "day_total_mismatch",
      "outer_code_products",
      "missing_cost",
    ]);
    expect(owner.totals).toEqual({ blocking: 6, warning: 8, info: 4 });
  });
});
