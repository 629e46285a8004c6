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
  "POST /api/v1/ingest": {
    // B's device writes, but only into B (the leak check and the isolation test look).
    request: () => ({
      path: "/api/v1/ingest",
      body: { batchId: unique(), records: [sku({ skuId: unique() })] },
    }),
    expect: row(401, "2xx", 401, 401, 401, 401, "2xx"),
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
  "GET /sandbox": { request: () => ({ path: "/sandbox" }), expect: DEV },
  "ALL /sandbox/:platform/*": { request: () => ({ path: "/sandbox/nowhere/page" }), expect: DEV },
};
