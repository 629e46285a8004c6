import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { createWorkspace } from "../src/db/workspaces.ts";
import { applyRecordBatch } from "../src/ingest/apply-record-batch.ts";
import worker from "../src/index.ts";
import { rebuildRollups } from "../src/rollups/refresh-rollups.ts";
import { order } from "./setup/fixtures.ts";

const NOW = Date.UTC(2026, 10, 12, 3, 0, 0);
const CAPTURED = Date.UTC(2026, 10, 12, 2, 0, 0);
let ws = "";
let batchNo = 0;
const apply = (records: unknown[]) =>
  applyRecordBatch(env.DB, ws, { batchId: `rollup-${++batchNo}`, records }, { now: NOW });

async function rows<T>(sql: string): Promise<T[]> {
  return (await env.DB.prepare(sql).bind(ws).all<T>()).results;
}
const shopDays = () =>
  rows<Record<string, unknown>>(
    "SELECT * FROM rollup_shop_day WHERE workspace_id = ? ORDER BY platform, shop_id, date",
  );
const skuDays = () =>
  rows<Record<string, unknown>>(
    "SELECT date, item_id, sku_key, orders, units, refunded_units, paid_fen, refund_fen FROM rollup_sku_day WHERE workspace_id = ? ORDER BY date, item_id, sku_key",
  );

// Paid 2026-11-11 00:06 Beijing (16:06 UTC on the 10th).
const first = order();
const second = order({
  orderId: "4012345678901234999",
  buyerKey: "b".repeat(64),
  paidFen: 7990,
  goodsFen: 7990,
  discountFen: 0,
  lines: order()
    .lines.slice(0, 1)
    .map((l) => ({ ...l, lineId: "l-2", quantity: 1, paidFen: 7990 })),
});

beforeEach(async () => {
  ws = (await createWorkspace(env.DB, `ws ${Math.random()}`, NOW)).id;
});

describe("daily rollups maintained on ingest", () => {
  it("sums paid orders per shop and day, and per SKU", async () => {
    await apply([first, second]);
    expect(await shopDays()).toEqual([
      expect.objectContaining({
        date: "2026-11-11",
        orders: 2,
        units: 4,
        goods_fen: 33970,
        discount_fen: 2000,
        paid_fen: 31970,
        refund_fen: 0,
        refund_orders: 0,
        buyers: 2,
        settled_fee_fen: 0,
        settled_net_fen: 0,
      }),
    ]);
    expect(await skuDays()).toEqual([
      {
        date: "2026-11-11",
        item_id: "712345678901",
        sku_key: "5123456789012",
        orders: 2,
        units: 3,
        refunded_units: 0,
        paid_fen: 21990,
        refund_fen: 0,
      },
      {
        date: "2026-11-11",
        item_id: "712345678902",
        sku_key: "0",
        orders: 1,
        units: 1,
        refunded_units: 0,
        paid_fen: 9980,
        refund_fen: 0,
      },
    ]);
  });

  it("follows a newer version: refunds spread over the refunded lines, old day emptied", async () => {
    await apply([first]);
    const refunded = order({
      capturedAt: CAPTURED + 1000,
      status: "refunded",
      refundFen: 14000,
      lines: first.lines.map((l, i) => (i === 0 ? { ...l, refundStatus: "refunded" as const } : l)),
    });
    await apply([refunded]);
    expect(await shopDays()).toEqual([
      expect.objectContaining({ orders: 1, paid_fen: 23980, refund_fen: 14000, refund_orders: 1 }),
    ]);
    expect((await skuDays()).map((r) => [r.sku_key, r.refund_fen, r.refunded_units])).toEqual([
      ["5123456789012", 14000, 2],
      ["0", 0, 0],
    ]);
    // An order whose payment moves to another day leaves the first day empty.
    const moved = order({ capturedAt: CAPTURED + 2000, paidAt: Date.UTC(2026, 10, 11, 17, 0, 0) });
    await apply([moved]);
    expect((await shopDays()).map((r) => [r.date, r.orders])).toEqual([["2026-11-12", 1]]);
  });

  it("leaves unpaid orders out and an older version changes nothing", async () => {
    await apply([order({ orderId: "9", status: "unpaid", paidAt: null, paidFen: 0 })]);
    expect(await shopDays()).toEqual([]);
    await apply([first]);
    const before = await shopDays();
    await apply([order({ capturedAt: CAPTURED - 1000, paidFen: 1 })]);
    expect(await shopDays()).toEqual(before);
  });

  it("takes fees from settlements of the day's orders", async () => {
    await apply([first, second]);
    await apply([
      {
        kind: "settlement",
        platform: "taobao",
        shopId: "57300001",
        capturedAt: CAPTURED,
        source: { url: "https://example.invalid/bill", parser: "test@1" },
        entryId: "fee-1",
        orderId: first.orderId,
        occurredAt: Date.UTC(2026, 10, 11, 3, 0, 0),
        type: "commission",
        amountFen: -1199,
      },
    ]);
    expect(await shopDays()).toEqual([
      expect.objectContaining({ settled_fee_fen: 1199, settled_net_fen: 23980 }),
    ]);
  });

  it("rebuilds to the same figures", async () => {
    await apply([first, second]);
    const before = await shopDays();
    await env.DB.prepare("DELETE FROM rollup_shop_day").run();
    await rebuildRollups(env.DB, ws);
    expect(await shopDays()).toEqual(before);
    expect(await rows("SELECT * FROM rollup_dirty WHERE workspace_id = ?")).toEqual([]);
  });
});

describe("rollup repair", () => {
  it("computes days left dirty by a write that did not refresh", async () => {
    const { repairDirtyRollups } = await import("../src/rollups/refresh-rollups.ts");
    await apply([first]);
    // A raw write (as a migration would leave it): the trigger marks the day, nothing refreshes.
    await env.DB.prepare("UPDATE orders SET paid_fen = 100 WHERE workspace_id = ?").bind(ws).run();
    expect((await shopDays())[0]?.paid_fen).toBe(23980);
    expect(await repairDirtyRollups(env.DB)).toBeGreaterThanOrEqual(1);
    expect((await shopDays())[0]?.paid_fen).toBe(100);
    expect(await rows("SELECT * FROM rollup_dirty WHERE workspace_id = ?")).toEqual([]);
  });

  it("runs on the 15-minute cron, before the alerts read the rollups", async () => {
    await apply([first]);
    await env.DB.prepare("UPDATE orders SET paid_fen = 250 WHERE workspace_id = ?").bind(ws).run();
    const ctx = createExecutionContext();
    worker.scheduled(
      createScheduledController({ scheduledTime: NOW, cron: "*/15 * * * *" }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect((await shopDays())[0]?.paid_fen).toBe(250);
    expect(await rows("SELECT * FROM rollup_dirty WHERE workspace_id = ?")).toEqual([]);
  });
});
