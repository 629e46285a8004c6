import { env } from "cloudflare:workers";
import { createInvitation } from "../../src/db/invitations.ts";
import { createPairingCode } from "../../src/db/pairing-codes.ts";
import { randomId } from "../../src/lib/crypto.ts";
import { addDevice, addMember, PASSWORD, type Team } from "./accounts.ts";
import { sku } from "./fixtures.ts";

/** Who calls: nobody, workspace B (its owner's cookie and its device's token), or A's roles. */
export const CALLERS = ["anon", "other", "owner", "admin", "analyst", "viewer", "device"] as const;
export type Caller = (typeof CALLERS)[number];
/** "dev": a DEV_ROUTES-only route, 404 for everyone when DEV_ROUTES is off. */
export type Outcome = "2xx" | 401 | 403 | 404 | "dev";

export interface Call {
  path: string;
  body?: unknown;
}
export interface RouteSpec {
  /** A fresh request against workspace A's resources (destructive calls get their own target). */
  request: (a: Team) => Promise<Call> | Call;
  expect: Record<Caller, Outcome>;
  /** The token in the request is the credential: anyone holding it may see A's data. */
  public?: true;
}

const row = (...o: Outcome[]): Record<Caller, Outcome> =>
  Object.fromEntries(CALLERS.map((caller, i) => [caller, o[i] ?? "dev"])) as Record<
    Caller,
    Outcome
  >;
const ALL_OK = row("2xx", "2xx", "2xx", "2xx", "2xx", "2xx", "2xx");
const ANY_MEMBER = row(401, "2xx", "2xx", "2xx", "2xx", "2xx", 401);
/** Cost and profit figures: owners, admins, and members granted canSeeCosts (none here). */
const COST_SEERS = row(401, "2xx", "2xx", "2xx", 403, 403, 401);
const DEV = row("dev", "dev", "dev", "dev", "dev", "dev", "dev");
const unique = () =>
  randomId("x")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
const newCode = async (a: Team) =>
  (await createPairingCode(env.DB, a.workspace.id, a.owner.id, Date.now())).code;
const newInvite = async (a: Team) =>
  (
    await createInvitation(
      env.DB,
      a.workspace.id,
      a.owner.id,
      { email: `${unique()}@example.cn`, role: "viewer", canSeeCosts: false, shopScope: null },
      Date.now(),
    )
  ).token;

/** A fresh daily digest subscription of A's owner (an outside address per call). */
async function newDigest(a: Team): Promise<string> {
  const id = randomId("dg");
  await env.DB.prepare(
    `INSERT INTO digest_subscriptions (workspace_id, id, member_id, email, locale, frequency,
       sections, created_at, updated_at) VALUES (?, ?, ?, ?, 'zh-CN', 'daily', '["sales"]', ?, ?)`,
  )
    .bind(a.workspace.id, id, a.owner.id, `${unique()}@example.cn`, Date.now(), Date.now())
    .run();
  return id;
}
const newUnsubscribeToken = async (a: Team) => {
  const { signingKey } = await import("../../src/digests/mail-settings.ts");
  const { signUnsubscribe } = await import("../../src/digests/unsubscribe-token.ts");
  const key = await signingKey(env.DB, a.workspace.id, Date.now());
  return signUnsubscribe(key, a.workspace.id, await newDigest(a));
};
async function newOutboxMail(a: Team): Promise<string> {
  const id = randomId("mail");
  await env.DB.prepare(
    "INSERT INTO mail_outbox (id, workspace_id, recipient, subject, raw, created_at) VALUES (?, ?, 'x@example.cn', 's', ?, ?)",
  )
    .bind(id, a.workspace.id, "Subject: s\r\n\r\nhello", Date.now())
    .run();
  return id;
}
/** Only the caller's own subscription, or any for owners and admins; B gets 404 for A's ids. */
const DIGEST_MANAGERS = row(401, 404, "2xx", "2xx", 404, 404, 401);

/**
 * Every route of the app × every caller. The isolation test builds the route list from
 * app.routes, so a route added without a row here fails it.
 */
export const MATRIX: Record<string, RouteSpec> = {
  "GET /api/v1/health": {
    request: () => ({ path: "/api/v1/health" }),
    expect: ALL_OK,
    public: true,
  },
  "POST /api/v1/sessions": {
    request: () => ({
      path: "/api/v1/sessions",
      body: { email: `${unique()}@x.cn`, password: "x" },
    }),
    expect: row(401, 401, 401, 401, 401, 401, 401),
    public: true,
  },
  "DELETE /api/v1/sessions/current": {
    request: () => ({ path: "/api/v1/sessions/current" }),
    expect: ALL_OK,
    public: true,
  },
  "GET /api/v1/me": { request: () => ({ path: "/api/v1/me" }), expect: ANY_MEMBER },
  "POST /api/v1/me/password": {
    request: () => ({
      path: "/api/v1/me/password",
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/coverage": { request: () => ({ path: "/api/v1/coverage" }), expect: ANY_MEMBER },
  "GET /api/v1/members": { request: () => ({ path: "/api/v1/members" }), expect: ANY_MEMBER },
  "PATCH /api/v1/members/:id": {
    request: async (a) => ({
      path: `/api/v1/members/${(await addMember(a.workspace.id, "viewer")).id}`,
      body: { canSeeCosts: true },
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "DELETE /api/v1/members/:id": {
    request: async (a) => ({
      path: `/api/v1/members/${(await addMember(a.workspace.id, "analyst")).id}`,
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/invitations": {
    request: () => ({
      path: "/api/v1/invitations",
      body: { email: `${unique()}@example.cn`, role: "viewer" },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/invitations/:token": {
    request: async (a) => ({ path: `/api/v1/invitations/${await newInvite(a)}` }),
    expect: ALL_OK,
    public: true,
  },
  "POST /api/v1/invitations/accept": {
    request: async (a) => ({
      path: "/api/v1/invitations/accept",
      body: { token: await newInvite(a), name: "新人", password: "long enough password" },
    }),
    expect: ALL_OK,
    public: true,
  },
  "POST /api/v1/pairing-codes": {
    request: () => ({ path: "/api/v1/pairing-codes" }),
    expect: row(401, "2xx", "2xx", "2xx", "2xx", 403, 401),
  },
  "POST /api/v1/devices/pair": {
    request: async (a) => ({
      path: "/api/v1/devices/pair",
      body: { code: await newCode(a), deviceName: "matrix" },
    }),
    expect: ALL_OK,
    public: true,
  },
  "GET /api/v1/devices": { request: () => ({ path: "/api/v1/devices" }), expect: ANY_MEMBER },
  "DELETE /api/v1/devices/:id": {
    // Paired by the owner: an analyst may revoke only devices they paired themselves.
    request: async (a) => ({
      path: `/api/v1/devices/${(await addDevice(a.workspace.id, a.owner.id)).id}`,
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/devices/insights": {
    // Device token only, as the member who paired it; B's device reads B's own workspace.
    request: () => ({ path: "/api/v1/devices/insights" }),
    expect: row(401, "2xx", 401, 401, 401, 401, "2xx"),
  },
  "POST /api/v1/ingest": {
    // B's device writes, but only into B (the leak check and the isolation test look).
    request: () => ({
      path: "/api/v1/ingest",
      body: { batchId: unique(), records: [sku({ skuId: unique() })] },
    }),
    expect: row(401, "2xx", 401, 401, 401, 401, "2xx"),
  },
  // Imports: owners and admins write; a fresh running import of A per call (B gets 404).
  "GET /api/v1/imports": { request: () => ({ path: "/api/v1/imports" }), expect: ANY_MEMBER },
  "POST /api/v1/imports": {
    request: async () => ({
      path: "/api/v1/imports",
      body: (await import("./import-fixture.ts")).startBody(),
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/imports/:id/batches": {
    request: async (a) => {
      const f = await import("./import-fixture.ts");
      return {
        path: `/api/v1/imports/${await f.newImport(a.workspace.id, a.owner.id)}/batches`,
        body: { batchId: unique(), records: [f.importedOrder({ orderId: unique() })] },
      };
    },
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/imports/:id/finish": {
    request: async (a) => ({
      path: `/api/v1/imports/${await (await import("./import-fixture.ts")).newImport(a.workspace.id, a.owner.id)}/finish`,
      body: { status: "done" },
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/audit-log": {
    request: () => ({ path: "/api/v1/audit-log" }),
    expect: row(401, "2xx", "2xx", 403, 403, 403, 401),
  },
  "GET /api/v1/reports/overview": {
    request: () => ({ path: "/api/v1/reports/overview?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/platforms": {
    request: () => ({ path: "/api/v1/reports/platforms?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/products": {
    request: () => ({ path: "/api/v1/reports/products?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/inventory": {
    request: () => ({ path: "/api/v1/reports/inventory" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/profit": {
    request: () => ({ path: "/api/v1/reports/profit?from=2026-11-01&to=2026-11-07" }),
    expect: COST_SEERS,
  },
  "GET /api/v1/reports/ads": {
    request: () => ({ path: "/api/v1/reports/ads?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/traffic": {
    request: () => ({ path: "/api/v1/reports/traffic?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/live": {
    request: () => ({ path: "/api/v1/reports/live" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/reports/customers": {
    request: () => ({ path: "/api/v1/reports/customers?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/quality": {
    request: () => ({ path: "/api/v1/quality?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/quality/summary": {
    request: () => ({ path: "/api/v1/quality/summary?from=2026-11-01&to=2026-11-07" }),
    expect: ANY_MEMBER,
  },
  "GET /api/v1/alerts": {
    // A holds an alert on its Taobao shop (named with the secret marker): B must never see it.
    request: async (a) => {
      await (await import("./alert-fixture.ts")).insertAlert(a.workspace.id);
      return { path: "/api/v1/alerts" };
    },
    expect: ANY_MEMBER,
  },
  "PATCH /api/v1/alerts/:id": {
    request: async (a) => ({
      path: `/api/v1/alerts/${await (await import("./alert-fixture.ts")).insertAlert(a.workspace.id)}`,
      body: { state: "seen" },
    }),
    expect: row(401, 404, "2xx", "2xx", "2xx", 403, 401),
  },
  "POST /api/v1/alerts/evaluate": {
    request: () => ({ path: "/api/v1/alerts/evaluate" }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/alert-rules": {
    request: () => ({ path: "/api/v1/settings/alert-rules" }),
    expect: ANY_MEMBER,
  },
  "PUT /api/v1/settings/alert-rules/:rule": {
    request: () => ({
      path: "/api/v1/settings/alert-rules/low_stock",
      body: { enabled: true, params: { coverDays: 5 } },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/digests": {
    request: () => ({ path: "/api/v1/settings/digests" }),
    expect: ANY_MEMBER,
  },
  "POST /api/v1/settings/digests": {
    request: () => ({
      path: "/api/v1/settings/digests",
      body: { email: `${unique()}@example.cn` },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "PATCH /api/v1/settings/digests/:id": {
    request: async (a) => ({
      path: `/api/v1/settings/digests/${await newDigest(a)}`,
      body: { frequency: "weekly" },
    }),
    expect: DIGEST_MANAGERS,
  },
  "DELETE /api/v1/settings/digests/:id": {
    request: async (a) => ({ path: `/api/v1/settings/digests/${await newDigest(a)}` }),
    expect: DIGEST_MANAGERS,
  },
  "GET /api/v1/settings/digests/:id/sends": {
    request: async (a) => ({ path: `/api/v1/settings/digests/${await newDigest(a)}/sends` }),
    expect: DIGEST_MANAGERS,
  },
  "POST /api/v1/settings/digests/:id/send": {
    request: async (a) => ({ path: `/api/v1/settings/digests/${await newDigest(a)}/send` }),
    expect: DIGEST_MANAGERS,
  },
  "GET /api/v1/unsubscribe": {
    request: async (a) => ({ path: `/api/v1/unsubscribe?token=${await newUnsubscribeToken(a)}` }),
    expect: ALL_OK,
    public: true,
  },
  "POST /api/v1/unsubscribe": {
    request: async (a) => ({ path: `/api/v1/unsubscribe?token=${await newUnsubscribeToken(a)}` }),
    expect: ALL_OK,
    public: true,
  },
  // Settings (settings-fixtures.ts makes a fresh target in A per call; B gets 404 for A's ids).
  "GET /api/v1/settings/products": {
    request: () => ({ path: "/api/v1/settings/products" }),
    expect: ANY_MEMBER,
  },
  "POST /api/v1/settings/products": {
    request: () => ({ path: "/api/v1/settings/products", body: { name: `矩阵 ${unique()}` } }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/settings/products/import": {
    request: () => ({
      path: "/api/v1/settings/products/import",
      body: { products: [{ name: `矩阵 ${unique()}` }] },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "PATCH /api/v1/settings/products/:id": {
    request: async (a) => ({
      path: `/api/v1/settings/products/${await (await import("./settings-fixtures.ts")).newProduct(a.workspace.id)}`,
      body: { leadTimeDays: 10 },
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "DELETE /api/v1/settings/products/:id": {
    request: async (a) => ({
      path: `/api/v1/settings/products/${await (await import("./settings-fixtures.ts")).newProduct(a.workspace.id)}`,
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "PUT /api/v1/settings/product-links": {
    request: async (a) => {
      const f = await import("./settings-fixtures.ts");
      return {
        path: "/api/v1/settings/product-links",
        body: { ...f.LONE_SKU, productId: await f.newProduct(a.workspace.id) },
      };
    },
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "DELETE /api/v1/settings/product-links": {
    request: async (a) => ({
      path: "/api/v1/settings/product-links",
      body: await (await import("./settings-fixtures.ts")).newLink(a.workspace.id, a.owner.id),
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/costs": {
    request: async (a) => ({
      path: `/api/v1/settings/costs?productId=${(await (await import("./settings-fixtures.ts")).newCost(a.workspace.id, a.owner.id)).productId}`,
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/settings/costs": {
    request: async (a) => ({
      path: "/api/v1/settings/costs",
      body: {
        productId: await (await import("./settings-fixtures.ts")).newProduct(a.workspace.id),
        effectiveFrom: "2026-11-01",
        unitCostFen: 1200,
      },
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "DELETE /api/v1/settings/costs": {
    request: async (a) => ({
      path: "/api/v1/settings/costs",
      body: await (await import("./settings-fixtures.ts")).newCost(a.workspace.id, a.owner.id),
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "POST /api/v1/settings/costs/import": {
    request: async (a) => ({
      path: "/api/v1/settings/costs/import",
      body: {
        costs: [
          {
            productId: await (await import("./settings-fixtures.ts")).newProduct(a.workspace.id),
            effectiveFrom: "2026-11-01",
            unitCostFen: 1200,
          },
        ],
      },
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/platforms": {
    request: () => ({ path: "/api/v1/settings/platforms" }),
    expect: COST_SEERS,
  },
  "PUT /api/v1/settings/platforms/:platform": {
    request: () => ({
      path: "/api/v1/settings/platforms/jd",
      body: { commissionBp: 600, serviceFeeBp: 0, shippingFenPerOrder: 600 },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/report": {
    request: () => ({ path: "/api/v1/settings/report" }),
    expect: ANY_MEMBER,
  },
  "PUT /api/v1/settings/report": {
    request: () => ({
      path: "/api/v1/settings/report",
      body: { leadTimeDays: 15, safetyStockDays: 7, slowMovingDays: 30, overstockDays: 90 },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/settings/other-costs": {
    request: () => ({ path: "/api/v1/settings/other-costs?from=2026-11-01&to=2026-11-07" }),
    expect: COST_SEERS,
  },
  "POST /api/v1/settings/other-costs": {
    request: () => ({
      path: "/api/v1/settings/other-costs",
      body: { date: "2026-11-02", category: "rent", amountFen: 100_000 },
    }),
    expect: row(401, "2xx", "2xx", "2xx", 403, 403, 401),
  },
  "DELETE /api/v1/settings/other-costs/:id": {
    request: async (a) => ({
      path: `/api/v1/settings/other-costs/${await (await import("./settings-fixtures.ts")).newOtherCost(a.workspace.id, a.owner.id)}`,
    }),
    expect: row(401, 404, "2xx", "2xx", 403, 403, 401),
  },
  "GET /api/v1/dev/workspaces": {
    request: () => ({ path: "/api/v1/dev/workspaces" }),
    expect: DEV,
  },
  "POST /api/v1/dev/workspaces": {
    request: () => ({
      path: "/api/v1/dev/workspaces",
      body: {
        name: "dev",
        owner: { email: `${unique()}@example.cn`, name: "d", password: PASSWORD },
      },
    }),
    expect: DEV,
  },
  "GET /api/v1/dev/records/checksum": {
    request: (a) => ({ path: `/api/v1/dev/records/checksum?workspaceId=${a.workspace.id}` }),
    expect: DEV,
  },
  "POST /api/v1/dev/records": {
    request: (a) => ({
      path: "/api/v1/dev/records",
      body: { workspaceId: a.workspace.id, batchId: unique(), records: [sku()] },
    }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox": { request: () => ({ path: "/api/v1/dev/outbox" }), expect: DEV },
  "POST /api/v1/dev/outbox/send": {
    request: () => ({ path: "/api/v1/dev/outbox/send", body: { email: "nobody@example.cn" } }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox/messages.json": {
    request: () => ({ path: "/api/v1/dev/outbox/messages.json" }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox/:id": {
    request: async (a) => ({ path: `/api/v1/dev/outbox/${await newOutboxMail(a)}` }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox/:id/html": {
    request: async (a) => ({ path: `/api/v1/dev/outbox/${await newOutboxMail(a)}/html` }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox/:id/raw": {
    request: async (a) => ({ path: `/api/v1/dev/outbox/${await newOutboxMail(a)}/raw` }),
    expect: DEV,
  },
  "GET /api/v1/dev/outbox/:id/parts.json": {
    request: async (a) => ({ path: `/api/v1/dev/outbox/${await newOutboxMail(a)}/parts.json` }),
    expect: DEV,
  },
  "GET /sandbox": { request: () => ({ path: "/sandbox" }), expect: DEV },
  "ALL /sandbox/:platform/*": { request: () => ({ path: "/sandbox/nowhere/page" }), expect: DEV },
};
