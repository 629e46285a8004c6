import { recordHash } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { createWorkspace } from "../src/db/workspaces.ts";
import { applyRecordBatch } from "../src/ingest/apply-record-batch.ts";
import { order, sku, traffic } from "./setup/fixtures.ts";

const NOW = Date.UTC(2026, 10, 12, 3, 0, 0);
let ws = "";
const STATE_SQL =
  "SELECT status, record_hash FROM orders WHERE workspace_id = ?1 UNION ALL SELECT stock, record_hash FROM skus WHERE workspace_id = ?1";
let batchNo = 0;
const apply = (records: unknown[], batchId = `batch-${String(++batchNo).padStart(4, "0")}`) =>
  applyRecordBatch(env.DB, ws, { batchId, records }, { now: NOW });

async function rows<T>(sql: string): Promise<T[]> {
  return (await env.DB.prepare(sql).bind(ws).all<T>()).results;
}

beforeEach(async () => {
  ws = (await createWorkspace(env.DB, `ws ${Math.random()}`, NOW)).id;
});

describe("applyRecordBatch", () => {
  it("stores an order with its lines, ids digit for digit, money in fen", async () => {
    const result = await apply([order()]);
    expect(result).toMatchObject({ accepted: 1, written: 1, rejected: [], duplicate: false });
    const [stored] = await rows<Record<string, unknown>>(
      "SELECT * FROM orders WHERE workspace_id = ?",
    );
    expect(stored).toMatchObject({
      order_id: "4012345678901234567",
      paid_fen: 23980,
      biz_date: "2026-11-11",
      status: "paid",
    });
    expect(stored?.record_hash).toBe(await recordHash(order()));
    const lines = await rows<{ line_id: string; sku_id: string | null }>(
      "SELECT line_id, sku_id FROM order_lines WHERE workspace_id = ? ORDER BY line_id",
    );
    expect(lines).toEqual([
      { line_id: "4012345678901234568", sku_id: "5123456789012" },
      { line_id: "4012345678901234569", sku_id: null },
    ]);
    const shops = await rows<{ platform: string; shop_id: string }>(
      "SELECT platform, shop_id FROM shops WHERE workspace_id = ?",
    );
    expect(shops).toEqual([{ platform: "taobao", shop_id: "57300001" }]);
  });

  it("lets a newer capture replace the order and its lines, and ignores an older one", async () => {
    const first = order();
    const newer = order({
      capturedAt: first.capturedAt + 60_000,
      status: "refunding",
      lines: first.lines
        .slice(0, 1)
        .map((line) => ({ ...line, refundStatus: "refunding" as const })),
    });
    const older = order({ capturedAt: first.capturedAt - 60_000, status: "unpaid" });
    await apply([first]);
    expect((await apply([newer])).written).toBe(1);
    expect((await apply([older])).written).toBe(0);
    const [stored] = await rows<{ status: string }>(
      "SELECT status FROM orders WHERE workspace_id = ?",
    );
    expect(stored?.status).toBe("refunding");
    const lines = await rows<{ refund_status: string }>(
      "SELECT refund_status FROM order_lines WHERE workspace_id = ?",
    );
    expect(lines).toEqual([{ refund_status: "refunding" }]);
  });

  it("ends in the same state whatever order batches arrive in, or if one comes twice", async () => {
    const a = order({ status: "paid" });
    const b = order({
      status: "shipped",
      shippedAt: a.capturedAt - 1000,
      capturedAt: a.capturedAt + 1,
    });
    const tieA = sku({ stock: 5 });
    const tieB = sku({ stock: 7 });
    await apply([a, tieA]);
    await apply([b, tieB]);
    await apply([a, tieA]);
    const forward = await rows(STATE_SQL);

    ws = (await createWorkspace(env.DB, "reverse", NOW)).id;
    await apply([tieB, b]);
    await apply([tieA, a]);
    const reverse = await rows(STATE_SQL);
    expect(reverse).toEqual(forward);
    expect(forward[0]).toMatchObject({ status: "shipped" });
  });

  it("answers a repeated batch id with the first result and changes nothing", async () => {
    const first = await apply([order(), sku()], "same-batch-01");
    const again = await apply(
      [order({ status: "cancelled", capturedAt: order().capturedAt + 5 })],
      "same-batch-01",
    );
    expect(first).toMatchObject({ accepted: 2, written: 2, duplicate: false });
    expect(again).toMatchObject({
      accepted: 2,
      written: 0,
      duplicate: true,
      batchId: "same-batch-01",
    });
    const [stored] = await rows<{ status: string }>(
      "SELECT status FROM orders WHERE workspace_id = ?",
    );
    expect(stored?.status).toBe("paid");
  });

  it("rejects a bad record alone, with its index and reason, and lands the rest", async () => {
    const floatMoney = { ...order({ orderId: "1" }), paidFen: 239.8 };
    const numericId = { ...sku(), skuId: 1234567890123 };
    const noKey: Record<string, unknown> = { ...traffic() };
    delete noKey.date;
    const future = order({ orderId: "2", capturedAt: NOW + 24 * 3600_000 });
    const result = await apply([
      floatMoney,
      order(),
      numericId,
      noKey,
      future,
      sku(),
      { kind: "wishlist" },
    ]);
    expect(result.accepted).toBe(2);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 2, 3, 4, 6]);
    expect(result.rejected[0]?.reason).toContain("paidFen");
    expect(result.rejected[1]?.reason).toContain("skuId");
    expect(result.rejected[2]?.reason).toContain("date");
    expect(result.rejected[3]).toMatchObject({
      reason: "capturedAt: is in the future",
      key: "order|taobao|57300001|2",
    });
    expect(result.rejected[4]?.reason).toContain("kind");
    expect(await rows("SELECT order_id FROM orders WHERE workspace_id = ?")).toEqual([
      { order_id: "4012345678901234567" },
    ]);
  });

  it("keeps hostile text as data", async () => {
    const title = `'); DROP TABLE orders; -- <script>alert(1)</script>`;
    await apply([sku({ title })]);
    const [stored] = await rows<{ title: string }>("SELECT title FROM skus WHERE workspace_id = ?");
    expect(stored?.title).toBe(title);
    expect(await rows("SELECT count(*) AS n FROM orders WHERE workspace_id = ?")).toEqual([
      { n: 0 },
    ]);
  });

  it("writes large batches within D1's 100 bound parameters per statement", async () => {
    const skus = Array.from({ length: 700 }, (_, i) => sku({ skuId: String(9_000_000_000 + i) }));
    const orders = Array.from({ length: 300 }, (_, i) =>
      order({ orderId: String(4_000_000_000_000_000 + i) }),
    );
    const result = await apply([...skus, ...orders]);
    expect(result).toMatchObject({ accepted: 1000, written: 1000, rejected: [] });
    expect(await rows("SELECT count(*) AS n FROM order_lines WHERE workspace_id = ?")).toEqual([
      { n: 600 },
    ]);
  });

  it("keeps records of one workspace out of another", async () => {
    await apply([sku()]);
    const other = (await createWorkspace(env.DB, "other", NOW)).id;
    const count = await env.DB.prepare("SELECT count(*) AS n FROM skus WHERE workspace_id = ?")
      .bind(other)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});
