import { CoverageResponseSchema } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { applyRecordBatch } from "../src/ingest/apply-record-batch.ts";
import { call, login, makeWorkspace, order, sku, traffic } from "./setup/fixtures.ts";

describe("GET /api/v1/coverage", () => {
  it("needs a session", async () => {
    expect((await call("/api/v1/coverage")).status).toBe(401);
  });

  it("lists what the caller's workspace holds, and nothing of another workspace", async () => {
    const mine = await makeWorkspace("mine", "a@example.cn");
    const theirs = await makeWorkspace("theirs", "b@example.cn");
    const now = Date.UTC(2026, 10, 12, 3);
    await applyRecordBatch(
      env.DB,
      mine.workspace.id,
      {
        batchId: "coverage-1",
        records: [
          order(),
          order({ orderId: "4012345678901234999", paidAt: Date.UTC(2026, 10, 8, 2) }),
          traffic(),
        ],
        shops: [{ platform: "taobao", shopId: "57300001", shopName: "甜橙家居旗舰店" }],
      },
      { now },
    );
    await applyRecordBatch(
      env.DB,
      theirs.workspace.id,
      { batchId: "coverage-2", records: [sku()] },
      { now },
    );

    const res = await call("/api/v1/coverage", {
      headers: { cookie: await login("a@example.cn", mine.password) },
    });
    const raw = await res.json();
    if (res.status !== 200) throw new Error(JSON.stringify(raw));
    const body = CoverageResponseSchema.parse(raw);
    expect(body.shops).toEqual([
      {
        platform: "jd",
        shopId: "10012345",
        shopName: null,
        kinds: [
          {
            kind: "traffic",
            records: 1,
            firstDate: "2026-11-11",
            lastDate: "2026-11-11",
            lastCapturedAt: traffic().capturedAt,
          },
        ],
      },
      {
        platform: "taobao",
        shopId: "57300001",
        shopName: "甜橙家居旗舰店",
        kinds: [
          {
            kind: "order",
            records: 2,
            firstDate: "2026-11-08",
            lastDate: "2026-11-11",
            lastCapturedAt: order().capturedAt,
          },
        ],
      },
    ]);

    const theirView = CoverageResponseSchema.parse(
      await (
        await call("/api/v1/coverage", {
          headers: { cookie: await login("b@example.cn", theirs.password) },
        })
      ).json(),
    );
    expect(theirView.shops.map((s) => s.platform)).toEqual(["pdd"]);
  });

  it("shows a member limited to some shops only those shops", async () => {
    const { workspace, password } = await makeWorkspace("scoped", "scope-owner@example.cn");
    const now = Date.UTC(2026, 10, 12, 3);
    await applyRecordBatch(
      env.DB,
      workspace.id,
      { batchId: "coverage-scope", records: [order(), traffic(), sku()] },
      { now },
    );
    await env.DB.prepare(
      "UPDATE members SET role = 'analyst', shop_scope = ? WHERE workspace_id = ?",
    )
      .bind(JSON.stringify(["jd:10012345"]), workspace.id)
      .run();
    const res = await call("/api/v1/coverage", {
      headers: { cookie: await login("scope-owner@example.cn", password) },
    });
    const body = CoverageResponseSchema.parse(await res.json());
    expect(body.shops.map((s) => `${s.platform}:${s.shopId}`)).toEqual(["jd:10012345"]);
  });
});
