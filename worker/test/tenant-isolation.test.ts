import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../src/app.ts";
import { cookieFor, makeTeam, type Team } from "./setup/accounts.ts";
import { BASE, call } from "./setup/fixtures.ts";
import { ALL_RECORDS, ingest, SHOPS } from "./setup/report-fixture.ts";
import { CALLERS, type Call, type Caller, MATRIX, type Outcome } from "./setup/isolation-matrix.ts";

const SECRET_SHOP = "A-SECRET-SHOP";
let a: Team;
let b: Team;
beforeAll(async () => {
  a = await makeTeam("workspace A");
  b = await makeTeam("workspace B");
  // A holds data, its shops named with a marker that must never reach B (reports list shops).
  await ingest(
    a.workspace.id,
    ALL_RECORDS,
    Object.values(SHOPS).map((s) => ({ ...s, shopName: `${SECRET_SHOP} ${s.shopName}` })),
  );
});

/** Routes as Hono registered them; `use()` middleware (method ALL, takes next) is not a route. */
function appRoutes(): string[] {
  const keys = app.routes
    .filter((r) => !(r.method === "ALL" && r.handler.length >= 2))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

/** Fresh credentials per call: logout and password change end sessions as a side effect. */
async function headersFor(caller: Caller): Promise<Record<string, string>> {
  if (caller === "anon") return {};
  if (caller === "device") return { authorization: a.device.bearer };
  if (caller === "other")
    return { cookie: await cookieFor(b.workspace.id, b.owner.id), authorization: b.device.bearer };
  return { cookie: await cookieFor(a.workspace.id, a[caller].id) };
}

function initOf(key: string, spec: Call, headers: Record<string, string>): RequestInit {
  const [method = "GET"] = key.split(" ");
  const hasBody = spec.body !== undefined;
  return {
    method: method === "ALL" ? "GET" : method,
    headers: { ...headers, ...(hasBody ? { "content-type": "application/json" } : {}) },
    ...(hasBody ? { body: JSON.stringify(spec.body) } : {}),
  };
}

function matches(status: number, outcome: Outcome): boolean {
  if (outcome === "2xx") return status >= 200 && status < 300;
  if (outcome === "dev") return status < 500 && status !== 401 && status !== 403;
  return status === outcome;
}

/** Identifiers of workspace A that nobody outside it may ever see. */
function secretsOfA(): string[] {
  return [
    a.workspace.id,
    a.owner.id,
    a.admin.id,
    a.analyst.id,
    a.viewer.id,
    a.device.id,
    a.owner.email,
    SECRET_SHOP,
  ];
}

describe("tenant isolation matrix", () => {
  it("has an expectation for every route of the app, and none for a route that is gone", () => {
    expect(appRoutes()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [key, spec] of Object.entries(MATRIX)) {
    it(`${key}: every caller gets what the matrix says`, async () => {
      for (const caller of CALLERS) {
        const outcome = spec.expect[caller];
        const target = await spec.request(a);
        const res = await call(target.path, initOf(key, target, await headersFor(caller)));
        const text = await res.text();
        expect(
          matches(res.status, outcome),
          `${key} as ${caller}: ${res.status} ${text.slice(0, 200)}`,
        ).toBe(true);
        // Public routes hand A's data to whoever holds A's token; dev routes are off in production.
        if (caller === "other" && !spec.public && outcome !== "dev")
          for (const secret of secretsOfA())
            expect(text, `${key} leaks to B`).not.toContain(secret);
      }
    });
  }

  it("closes every dev-only route for every caller when DEV_ROUTES is off", async () => {
    const devOff = { ...env, DEV_ROUTES: "false" };
    for (const [key, spec] of Object.entries(MATRIX)) {
      if (!Object.values(spec.expect).includes("dev")) continue;
      for (const caller of CALLERS) {
        const target = await spec.request(a);
        const init = initOf(key, target, await headersFor(caller));
        const res = await app.request(`${BASE}${target.path}`, init, devOff);
        expect(res.status, `${key} as ${caller}`).toBe(404);
      }
    }
  });

  it("keeps everything B's device sent in B", async () => {
    const count = await env.DB.prepare("SELECT count(*) AS n FROM skus WHERE workspace_id = ?")
      .bind(b.workspace.id)
      .first<{ n: number }>();
    expect(count?.n).toBeGreaterThan(0);
    const batches = await env.DB.prepare(
      "SELECT DISTINCT workspace_id FROM ingest_batches WHERE device_id = ?",
    )
      .bind(b.device.id)
      .all<{ workspace_id: string }>();
    expect(batches.results).toEqual([{ workspace_id: b.workspace.id }]);
  });
});
