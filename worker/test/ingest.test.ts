import { env } from "cloudflare:workers";
import { INGEST_BODY_LIMIT, RecordBatchResultSchema } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./setup/accounts.ts";
import { call, order, postJson, sku, traffic } from "./setup/fixtures.ts";

let mine: Team;
let theirs: Team;
beforeAll(async () => {
  mine = await makeTeam("mine");
  theirs = await makeTeam("theirs");
});

const ingest = (body: unknown, bearer = mine.device.bearer) =>
  postJson("/api/v1/ingest", body, { authorization: bearer });

async function count(table: string, workspaceId: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE workspace_id = ?`)
    .bind(workspaceId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("POST /api/v1/ingest", () => {
  it("needs a device token: none, a bad one or a session cookie get 401", async () => {
    const body = { batchId: "auth-check-1", records: [sku()] };
    expect((await postJson("/api/v1/ingest", body)).status).toBe(401);
    expect((await ingest(body, "Bearer not-a-real-token-at-all-xxxxxxx")).status).toBe(401);
    expect((await ingest(body, `Basic ${mine.device.token}`)).status).toBe(401);
    expect((await ingest(body, mine.device.token)).status).toBe(401);
    expect(await count("skus", mine.workspace.id)).toBe(0);
  });

  it("applies a batch into the device's workspace, listing accepted and rejected records", async () => {
    const res = await ingest({
      batchId: "first-batch-01",
      records: [order(), sku(), { ...traffic(), visitors: -1 }],
    });
    expect(res.status).toBe(200);
    const body = RecordBatchResultSchema.parse(await res.json());
    expect(body).toMatchObject({ accepted: 2, written: 2, duplicate: false });
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0]).toMatchObject({ index: 2 });
    expect(body.rejected[0]?.reason).toContain("visitors");
    expect(await count("orders", mine.workspace.id)).toBe(1);
    expect(await count("orders", theirs.workspace.id)).toBe(0);
    const batch = await env.DB.prepare(
      "SELECT device_id FROM ingest_batches WHERE workspace_id = ? AND batch_id = ?",
    )
      .bind(mine.workspace.id, "first-batch-01")
      .first<{ device_id: string }>();
    expect(batch?.device_id).toBe(mine.device.id);
    const seen = await env.DB.prepare("SELECT last_seen_at FROM devices WHERE id = ?")
      .bind(mine.device.id)
      .first<{ last_seen_at: number | null }>();
    expect(seen?.last_seen_at).toBeGreaterThan(0);
  });

  it("changes nothing when the same batch id comes again", async () => {
    const changed = { ...order({ status: "cancelled", capturedAt: order().capturedAt + 5 }) };
    const res = await ingest({ batchId: "first-batch-01", records: [changed] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ duplicate: true, written: 0, accepted: 2 });
    const row = await env.DB.prepare("SELECT status FROM orders WHERE workspace_id = ?")
      .bind(mine.workspace.id)
      .first<{ status: string }>();
    expect(row?.status).toBe("paid");
  });

  it("answers two concurrent sends of one batch without an error", async () => {
    const body = { batchId: "racing-batch-1", records: [sku({ skuId: "777" })] };
    const [a, b] = await Promise.all([ingest(body), ingest(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const results = [await a.json(), await b.json()] as Array<{ duplicate: boolean }>;
    expect(results.filter((r) => r.duplicate)).toHaveLength(1);
  });

  it("writes a device of another workspace only into that workspace", async () => {
    const res = await ingest(
      { batchId: "their-batch-01", records: [sku({ skuId: "999", title: "theirs" })] },
      theirs.device.bearer,
    );
    expect(res.status).toBe(200);
    const rows = await env.DB.prepare("SELECT workspace_id FROM skus WHERE title = 'theirs'").all<{
      workspace_id: string;
    }>();
    expect(rows.results).toEqual([{ workspace_id: theirs.workspace.id }]);
  });

  it("refuses a body over INGEST_BODY_LIMIT with 413, declared or streamed", async () => {
    const big = JSON.stringify({
      batchId: "too-big-batch",
      records: [sku({ title: "x".repeat(INGEST_BODY_LIMIT) })],
    });
    const declared = await ingest(JSON.parse(big));
    expect(declared.status).toBe(413);
    const encoded = new TextEncoder().encode(big);
    const streamed = await call("/api/v1/ingest", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: mine.device.bearer },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < encoded.length; i += 1 << 20)
            controller.enqueue(encoded.slice(i, i + (1 << 20)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await count("ingest_batches", mine.workspace.id)).toBe(2);
  });
});
