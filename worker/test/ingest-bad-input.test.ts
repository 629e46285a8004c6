import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam, type Team } from "./setup/accounts.ts";
import { call, order, sku } from "./setup/fixtures.ts";

let team: Team;
beforeAll(async () => {
  team = await makeTeam("bad input");
});

const HOSTILE = `'); DROP TABLE orders; -- <script>alert("x")</script> 😀 \\ " %00`;
let n = 0;
const batchId = () => `bad-input-${String(++n).padStart(3, "0")}`;
const raw = (body: string, contentType = "application/json") =>
  call("/api/v1/ingest", {
    method: "POST",
    headers: { "content-type": contentType, authorization: team.device.bearer },
    body,
  });
const send = (records: unknown[], extra: Record<string, unknown> = {}) =>
  raw(JSON.stringify({ batchId: batchId(), records, ...extra }));

// Bodies the endpoint must refuse as a whole, with the status and error code it answers.
const REFUSED: Array<[string, () => Promise<Response>, number, string]> = [
  ["malformed JSON", () => raw('{"batchId": "abcdefgh", "records": [{'), 400, "invalid_json"],
  [
    "wrong content type",
    () => raw(JSON.stringify({ batchId: batchId(), records: [sku()] }), "text/plain"),
    415,
    "unsupported_media_type",
  ],
  [
    "form content type",
    () => raw("batchId=abcdefgh", "application/x-www-form-urlencoded"),
    415,
    "unsupported_media_type",
  ],
  ["empty body", () => raw(""), 400, "invalid_json"],
  ["a JSON array", () => raw("[]"), 422, "validation_failed"],
  ["no records", () => send([]), 422, "validation_failed"],
  [
    "records not a list",
    () => raw(JSON.stringify({ batchId: batchId(), records: sku() })),
    422,
    "validation_failed",
  ],
  [
    "SQL in the batch id",
    () => raw(JSON.stringify({ batchId: "x'; DROP TABLE orders;--", records: [sku()] })),
    422,
    "validation_failed",
  ],
  [
    "numeric batch id",
    () => raw(JSON.stringify({ batchId: 12345678, records: [sku()] })),
    422,
    "validation_failed",
  ],
  ["2001 records", () => send(Array.from({ length: 2001 }, () => sku())), 422, "validation_failed"],
  [
    "a 10 MB title",
    () => send([sku({ title: "长".repeat((10 * 1024 * 1024) / 3) })]),
    413,
    "payload_too_large",
  ],
  [
    "a shop name of the wrong type",
    () => send([sku()], { shops: [{ platform: "pdd", shopId: "1", shopName: 5 }] }),
    422,
    "validation_failed",
  ],
];

// Records rejected one by one (200 with reasons), never stored.
const REJECTED: Array<[string, unknown, string]> = [
  ["float money", { ...order({ orderId: "9001" }), paidFen: 239.8 }, "paidFen"],
  ["money as a yuan string", { ...order({ orderId: "9002" }), paidFen: "239.80" }, "paidFen"],
  ["negative money", order({ orderId: "9003", paidFen: -1 }), "paidFen"],
  ["numeric order id", { ...order(), orderId: 4012345678901235000 }, "orderId"],
  ["numeric shop id", { ...sku(), shopId: 100000001 }, "shopId"],
  ["SQL in an id", sku({ skuId: "1' OR '1'='1" }), "skuId"],
  ["unknown kind", { ...sku(), kind: "wishlist" }, "kind"],
  ["no kind", { ...sku(), kind: undefined }, "kind"],
  ["unknown platform", { ...sku(), platform: "amazon" }, "platform"],
  ["a title over 500 characters", sku({ skuId: "9004", title: "x".repeat(501) }), "title"],
  [
    "far-future capture",
    order({ orderId: "9005", capturedAt: Date.UTC(2099, 0, 1) }),
    "capturedAt",
  ],
  [
    "capture after 2100",
    order({ orderId: "9006", capturedAt: Date.UTC(3000, 0, 1) }),
    "capturedAt",
  ],
  ["negative instant", order({ orderId: "9007", createdAt: -1 }), "createdAt"],
  ["seconds for milliseconds", order({ orderId: "9008", paidAt: 1_763_000_000 }), "paidAt"],
  ["paid after capture", order({ orderId: "9009", paidAt: Date.UTC(2027, 0, 1) }), "paidAt"],
  ["a null record", null, "record"],
  ["a string record", "order", "record"],
  [
    "quantity as a float",
    order({ orderId: "9010", lines: [{ ...order().lines[0], quantity: 1.5 } as never] }),
    "quantity",
  ],
];

describe("ingest bad-input corpus", () => {
  for (const [name, request, status, code] of REFUSED) {
    it(`refuses ${name} with ${status} ${code}`, async () => {
      const res = await request();
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    });
  }

  it("rejects each bad record alone with a reason, and stores none of them", async () => {
    const records = REJECTED.map(([, record]) => record);
    const res = await send([...records, sku({ skuId: "good-1" })]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      accepted: number;
      rejected: Array<{ index: number; reason: string }>;
    };
    expect(body.accepted).toBe(1);
    REJECTED.forEach(([name, , field], index) => {
      const rejection = body.rejected.find((r) => r.index === index);
      expect(rejection, name).toBeDefined();
      expect(rejection?.reason, name).toContain(field);
    });
  });

  it("stores hostile text as data, exactly, and JSON keys cannot pollute prototypes", async () => {
    const poisoned = JSON.stringify({
      batchId: batchId(),
      records: [
        sku({ skuId: "hostile-1", title: HOSTILE, skuText: "<img src=x onerror=alert(1)>" }),
      ],
    }).replace('"kind":', '"__proto__":{"polluted":true},"kind":');
    const res = await raw(poisoned);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [] });
    const row = await env.DB.prepare(
      "SELECT title, sku_text FROM skus WHERE sku_id = 'hostile-1'",
    ).first<{ title: string; sku_text: string }>();
    expect(row).toEqual({ title: HOSTILE, sku_text: "<img src=x onerror=alert(1)>" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("leaves only the good records in D1 afterwards", async () => {
    const ws = team.workspace.id;
    const skus = await env.DB.prepare(
      "SELECT sku_id FROM skus WHERE workspace_id = ? ORDER BY sku_id",
    )
      .bind(ws)
      .all<{ sku_id: string }>();
    expect(skus.results.map((r) => r.sku_id)).toEqual(["good-1", "hostile-1"]);
    const orders = await env.DB.prepare("SELECT count(*) AS n FROM orders WHERE workspace_id = ?")
      .bind(ws)
      .first<{ n: number }>();
    expect(orders?.n).toBe(0);
    // Refused bodies never reach the upsert: only the two applied batches are remembered.
    const batches = await env.DB.prepare(
      "SELECT count(*) AS n FROM ingest_batches WHERE workspace_id = ?",
    )
      .bind(ws)
      .first<{ n: number }>();
    expect(batches?.n).toBe(2);
    const tables = await env.DB.prepare(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('orders', 'skus')",
    ).first<{ n: number }>();
    expect(tables?.n).toBe(2);
  });
});
