import { env } from "cloudflare:workers";
import { RecordBatchResultSchema, StartImportResponseSchema } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFor, makeTeam, type Team } from "./setup/accounts.ts";
import { order, postJson } from "./setup/fixtures.ts";
import { importedOrder, startBody } from "./setup/import-fixture.ts";

const CAPTURED = order().capturedAt;
const LATER = CAPTURED + 3_600_000;
let team: Team;
let owner = "";
let importId = "";
let batchNo = 0;
beforeAll(async () => {
  team = await makeTeam("conflicts");
  owner = await cookieFor(team.workspace.id, team.owner.id);
  const res = await postJson("/api/v1/imports", startBody(), { cookie: owner });
  importId = StartImportResponseSchema.parse(await res.json()).import.id;
});

async function capture(records: unknown[]) {
  const res = await postJson(
    "/api/v1/ingest",
    { batchId: `capture-${++batchNo}-xx`, records },
    { authorization: team.device.bearer },
  );
  expect(res.status).toBe(200);
  const result = RecordBatchResultSchema.parse(await res.json());
  expect(result.rejected).toEqual([]);
  return result;
}

async function importRecords(records: unknown[]) {
  const res = await postJson(
    `/api/v1/imports/${importId}/batches`,
    { batchId: `import-${++batchNo}-xx`, records },
    { cookie: owner },
  );
  expect(res.status).toBe(200);
  const result = RecordBatchResultSchema.parse(await res.json());
  expect(result.rejected).toEqual([]);
  return result;
}

async function conflicts(orderId: string) {
  const rows = await env.DB.prepare(
    `SELECT kind, platform, shop_id, record_id, biz_date, stored_fen, stored_parser,
       stored_captured_at, incoming_fen, incoming_parser, incoming_captured_at, detected_at
     FROM record_conflicts WHERE workspace_id = ? AND record_id = ?`,
  )
    .bind(team.workspace.id, orderId)
    .all<Record<string, unknown>>();
  return rows.results;
}

async function storedOrder(orderId: string) {
  return env.DB.prepare(
    `SELECT paid_fen, status, province, city, buyer_key, source_parser, captured_at
     FROM orders WHERE workspace_id = ? AND order_id = ?`,
  )
    .bind(team.workspace.id, orderId)
    .first<Record<string, unknown>>();
}

describe("imports meeting captures", () => {
  it("notes a paid order whose export and capture disagree on the amount", async () => {
    const id = "4050000000000000001";
    await capture([order({ orderId: id, paidFen: 10000 })]);
    const result = await importRecords([
      importedOrder({ orderId: id, paidFen: 9800, capturedAt: LATER }),
    ]);
    expect(result).toMatchObject({ accepted: 1, written: 1 });
    const [row, ...more] = await conflicts(id);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      kind: "order",
      platform: "taobao",
      shop_id: "57300001",
      biz_date: "2026-11-11",
      stored_fen: 10000,
      stored_parser: "taobao/sold-orders@1",
      stored_captured_at: CAPTURED,
      incoming_fen: 9800,
      incoming_parser: "import/taobao-orders@1",
      incoming_captured_at: LATER,
    });
    expect(row?.detected_at).toBeGreaterThan(0);
    // The newer version is what reports use now.
    expect(await storedOrder(id)).toMatchObject({ paid_fen: 9800 });

    // The capture seen again (older, so it loses) keeps one row: the latest disagreement.
    await capture([order({ orderId: id, paidFen: 10000, capturedAt: CAPTURED + 1 })]);
    expect(await conflicts(id)).toEqual([
      expect.objectContaining({
        stored_fen: 9800,
        stored_parser: "import/taobao-orders@1",
        incoming_fen: 10000,
        incoming_parser: "taobao/sold-orders@1",
      }),
    ]);
    expect(await storedOrder(id)).toMatchObject({ paid_fen: 9800 });
  });

  it("notes nothing when the sources agree, a version is unpaid, or one source revises itself", async () => {
    const same = "4050000000000000002";
    await capture([order({ orderId: same, paidFen: 10000 })]);
    await importRecords([importedOrder({ orderId: same, paidFen: 10000, capturedAt: LATER })]);
    expect(await conflicts(same)).toEqual([]);

    const unpaidStored = "4050000000000000003";
    await capture([order({ orderId: unpaidStored, status: "unpaid", paidAt: null, paidFen: 0 })]);
    await importRecords([
      importedOrder({ orderId: unpaidStored, paidFen: 9800, capturedAt: LATER }),
    ]);
    expect(await conflicts(unpaidStored)).toEqual([]);

    const unpaidIncoming = "4050000000000000004";
    await capture([order({ orderId: unpaidIncoming, paidFen: 10000 })]);
    await importRecords([
      importedOrder({
        orderId: unpaidIncoming,
        status: "unpaid",
        paidAt: null,
        paidFen: 0,
        capturedAt: LATER,
      }),
    ]);
    expect(await conflicts(unpaidIncoming)).toEqual([]);

    const revised = "4050000000000000005";
    await capture([order({ orderId: revised, paidFen: 10000 })]);
    await capture([order({ orderId: revised, paidFen: 9800, capturedAt: LATER })]);
    expect(await conflicts(revised)).toEqual([]);
    expect(await storedOrder(revised)).toMatchObject({ paid_fen: 9800 });
  });

  it("keeps the captured buyer and region when a newer import has none", async () => {
    const id = "4050000000000000006";
    const captured = order({
      orderId: id,
      buyerKey: "b".repeat(64),
      province: "浙江省",
      city: "杭州市",
    });
    await capture([captured]);
    const imported = importedOrder({
      orderId: id,
      status: "completed",
      completedAt: LATER - 60_000,
      refundFen: 500,
      capturedAt: LATER,
    });
    expect(await importRecords([imported])).toMatchObject({ written: 1 });
    expect(await storedOrder(id)).toEqual({
      paid_fen: captured.paidFen,
      status: "completed",
      province: "浙江省",
      city: "杭州市",
      buyer_key: "b".repeat(64),
      source_parser: "import/taobao-orders@1",
      captured_at: LATER,
    });
    const refund = await env.DB.prepare(
      "SELECT refund_fen FROM orders WHERE workspace_id = ? AND order_id = ?",
    )
      .bind(team.workspace.id, id)
      .first<{ refund_fen: number }>();
    expect(refund?.refund_fen).toBe(500);

    // A newer version that does carry a region replaces it.
    await capture([
      order({ orderId: id, province: "上海市", city: "上海市", capturedAt: LATER + 1 }),
    ]);
    expect(await storedOrder(id)).toMatchObject({ province: "上海市", city: "上海市" });
  });
});
