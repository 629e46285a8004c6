import { env } from "cloudflare:workers";
import {
  ImportListResponseSchema,
  RecordBatchResultSchema,
  StartImportResponseSchema,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, cookieFor, makeTeam, type Team } from "./setup/accounts.ts";
import { call, postJson, sku } from "./setup/fixtures.ts";
import { importedOrder, startBody } from "./setup/import-fixture.ts";

let team: Team;
let other: Team;
let owner = "";
beforeAll(async () => {
  team = await makeTeam("importers");
  other = await makeTeam("someone else");
  owner = await cookieFor(team.workspace.id, team.owner.id);
});

async function start(cookie = owner, body = startBody()) {
  const res = await postJson("/api/v1/imports", body, { cookie });
  expect(res.status, await res.clone().text()).toBe(201);
  return StartImportResponseSchema.parse(await res.json()).import;
}

const sendBatch = (id: string, body: unknown, cookie = owner) =>
  postJson(`/api/v1/imports/${id}/batches`, body, { cookie });

async function batchResult(id: string, body: unknown) {
  const res = await sendBatch(id, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return RecordBatchResultSchema.parse(await res.json());
}

const orderNo = (n: number) => `40100000000000000${String(n).padStart(2, "0")}`;
/** Three batches of two orders each, ids derived from the file's hash as the client does. */
const BATCHES = [0, 1, 2].map((b) => ({
  batchId: `imp-abab-${b}`,
  records: [
    importedOrder({ orderId: orderNo(2 * b) }),
    importedOrder({ orderId: orderNo(2 * b + 1) }),
  ],
}));

async function orderState() {
  const rows = await env.DB.prepare(
    "SELECT order_id, paid_fen, record_hash, received_at FROM orders WHERE workspace_id = ? ORDER BY order_id",
  )
    .bind(team.workspace.id)
    .all();
  return rows.results;
}

async function auditRows(action: string) {
  const rows = await env.DB.prepare(
    "SELECT actor_id, target, details FROM audit_log WHERE workspace_id = ? AND action = ? ORDER BY id",
  )
    .bind(team.workspace.id, action)
    .all<{ actor_id: string; target: string; details: string }>();
  return rows.results.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }));
}

describe("imports API", () => {
  it("starts an import, applies three batches, finishes it and lists it with its totals", async () => {
    const started = await start();
    expect(started).toMatchObject({ status: "running", batches: 0, accepted: 0, finishedAt: null });
    for (const batch of BATCHES)
      expect(await batchResult(started.id, batch)).toMatchObject({
        accepted: 2,
        written: 2,
        rejected: [],
        duplicate: false,
      });
    const res = await postJson(
      `/api/v1/imports/${started.id}/finish`,
      { status: "done" },
      { cookie: owner },
    );
    expect(res.status).toBe(200);
    const done = StartImportResponseSchema.parse(await res.json()).import;
    expect(done).toMatchObject({
      status: "done",
      batches: 3,
      accepted: 6,
      written: 6,
      rejected: 0,
      duplicateBatches: 0,
    });
    expect(done.finishedAt).toBeGreaterThan(0);
    expect((await orderState()).length).toBe(6);

    // Any member reads the log, with who started it.
    const viewer = await cookieFor(team.workspace.id, team.viewer.id);
    const list = await call("/api/v1/imports", { headers: { cookie: viewer } });
    expect(list.status).toBe(200);
    const [listed] = ImportListResponseSchema.parse(await list.json()).imports;
    expect(listed).toEqual({ ...done, createdBy: expect.stringContaining("owner") });
    expect(listed?.shopName).toBe("甜橙家居淘宝店");

    expect(await auditRows("import.start")).toEqual([
      {
        actor_id: team.owner.id,
        target: `import:${started.id}`,
        details: expect.objectContaining({ fileName: "ExportOrderList202611.csv", rows: 6 }),
      },
    ]);
    expect(await auditRows("import.finish")).toEqual([
      {
        actor_id: team.owner.id,
        target: `import:${started.id}`,
        details: expect.objectContaining({ status: "done", accepted: 6, written: 6, batches: 3 }),
      },
    ]);
    // Finishing twice answers the entry again without a second audit row; a closed import
    // takes no batches.
    const again = await postJson(
      `/api/v1/imports/${started.id}/finish`,
      { status: "done" },
      { cookie: owner },
    );
    expect(again.status).toBe(200);
    expect(await auditRows("import.finish")).toHaveLength(1);
    const late = await sendBatch(started.id, {
      batchId: "imp-late-01",
      records: [importedOrder()],
    });
    expect(late.status).toBe(409);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await orderState();
    const second = await start();
    for (const batch of BATCHES)
      expect(await batchResult(second.id, batch)).toMatchObject({
        accepted: 2,
        written: 0,
        duplicate: true,
      });
    expect(await orderState()).toEqual(before);
    const res = await postJson(
      `/api/v1/imports/${second.id}/finish`,
      { status: "done" },
      { cookie: owner },
    );
    const entry = StartImportResponseSchema.parse(await res.json()).import;
    expect(entry).toMatchObject({ batches: 3, written: 0, duplicateBatches: 3, rejected: 0 });
  });

  it("rejects a record of another shop, or a bad one, alone with its index; the rest land", async () => {
    const started = await start();
    const result = await batchResult(started.id, {
      batchId: "imp-mixed-01",
      records: [
        importedOrder({ orderId: "4020000000000000001" }),
        importedOrder({ orderId: "4020000000000000002", shopId: "99999999" }),
        { ...importedOrder({ orderId: "4020000000000000003" }), paidFen: 239.8 },
        sku({ platform: "taobao", shopId: "57300001", skuId: "5100000000001" }),
        sku({ skuId: "5100000000002" }),
      ],
    });
    expect(result).toMatchObject({ accepted: 2, written: 2, duplicate: false });
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 4]);
    expect(result.rejected[0]).toMatchObject({
      key: expect.stringContaining("4020000000000000002"),
    });
    expect(result.rejected[0]?.reason).toContain("taobao:99999999");
    expect(result.rejected[1]?.reason).toContain("paidFen");
    expect(result.rejected[2]?.reason).toContain("pdd:100000001");
    const stored = await env.DB.prepare(
      "SELECT order_id FROM orders WHERE workspace_id = ? AND order_id LIKE '402%'",
    )
      .bind(team.workspace.id)
      .all<{ order_id: string }>();
    expect(stored.results).toEqual([{ order_id: "4020000000000000001" }]);
    const strays = await env.DB.prepare(
      "SELECT count(*) AS n FROM shops WHERE workspace_id = ? AND shop_id IN ('99999999', '100000001')",
    )
      .bind(team.workspace.id)
      .first<{ n: number }>();
    expect(strays?.n).toBe(0);

    // The same batch again: the same answer, indexes included, and counted as a duplicate.
    const again = await batchResult(started.id, {
      batchId: "imp-mixed-01",
      records: [
        importedOrder({ orderId: "4020000000000000001" }),
        importedOrder({ orderId: "4020000000000000002", shopId: "99999999" }),
        { ...importedOrder({ orderId: "4020000000000000003" }), paidFen: 239.8 },
        sku({ platform: "taobao", shopId: "57300001", skuId: "5100000000001" }),
        sku({ skuId: "5100000000002" }),
      ],
    });
    expect(again).toEqual({ ...result, written: 0, duplicate: true });
    const list = await call("/api/v1/imports", { headers: { cookie: owner } });
    const entry = ImportListResponseSchema.parse(await list.json()).imports.find(
      (i) => i.id === started.id,
    );
    expect(entry).toMatchObject({ batches: 2, accepted: 4, written: 2, rejected: 6 });
    expect(entry?.duplicateBatches).toBe(1);
  });

  it("answers two concurrent sends of one batch without an error", async () => {
    const started = await start();
    const body = {
      batchId: "imp-racing-01",
      records: [importedOrder({ orderId: "4030000000000000001" })],
    };
    const [a, b] = await Promise.all([sendBatch(started.id, body), sendBatch(started.id, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const results = [await a.json(), await b.json()] as Array<{ duplicate: boolean }>;
    expect(results.filter((r) => r.duplicate)).toHaveLength(1);
  });

  it("lets only owners and admins import, and only into shops in their scope", async () => {
    for (const member of [team.analyst, team.viewer]) {
      const cookie = await cookieFor(team.workspace.id, member.id);
      expect((await postJson("/api/v1/imports", startBody(), { cookie })).status).toBe(403);
    }
    const started = await start();
    const batch = { batchId: "imp-roles-01", records: [importedOrder()] };
    for (const member of [team.analyst, team.viewer]) {
      const cookie = await cookieFor(team.workspace.id, member.id);
      expect((await sendBatch(started.id, batch, cookie)).status).toBe(403);
      const finish = await postJson(
        `/api/v1/imports/${started.id}/finish`,
        { status: "failed" },
        { cookie },
      );
      expect(finish.status).toBe(403);
    }

    // An admin limited to the JD shop may import there, not into the Taobao shop.
    const scoped = await addMember(team.workspace.id, "admin", { shopScope: ["jd:1000001"] });
    const scopedCookie = await cookieFor(team.workspace.id, scoped.id);
    const outside = await postJson("/api/v1/imports", startBody(), { cookie: scopedCookie });
    expect(outside.status).toBe(403);
    expect((await sendBatch(started.id, batch, scopedCookie)).status).toBe(403);
    const jd = await start(
      scopedCookie,
      startBody({ format: "jd-orders", platform: "jd", shopId: "1000001", shopName: null }),
    );
    const list = await call("/api/v1/imports", { headers: { cookie: scopedCookie } });
    const ids = ImportListResponseSchema.parse(await list.json()).imports.map((i) => i.id);
    expect(ids).toEqual([jd.id]);

    // Another workspace's owner does not learn the import exists.
    const stranger = await cookieFor(other.workspace.id, other.owner.id);
    expect((await sendBatch(started.id, batch, stranger)).status).toBe(404);
    const finish = await postJson(
      `/api/v1/imports/${started.id}/finish`,
      { status: "done" },
      { cookie: stranger },
    );
    expect(finish.status).toBe(404);
    const theirList = await call("/api/v1/imports", { headers: { cookie: stranger } });
    expect(ImportListResponseSchema.parse(await theirList.json()).imports).toEqual([]);
  });
});
