import { env } from "cloudflare:workers";
import type { Role, SkuRef } from "@tongshu/shared";
import { insertOtherCostStatement } from "../../src/db/other-costs.ts";
import { setProductCostStatement } from "../../src/db/product-costs.ts";
import { setProductLinkStatement } from "../../src/db/product-links.ts";
import { insertProductStatement } from "../../src/db/products.ts";
import { createWorkspace } from "../../src/db/workspaces.ts";
import { randomId } from "../../src/lib/crypto.ts";
import { addMember, cookieFor } from "./accounts.ts";
import { call } from "./fixtures.ts";
import { ALL_RECORDS, ingest, SHOPS } from "./report-fixture.ts";

/** A fixture SKU with no outer code (JD J-300-1 of report-fixture.ts). */
export const LONE_SKU: SkuRef = {
  platform: "jd",
  shopId: SHOPS.J1.shopId,
  itemId: "J-300",
  skuId: "J-300-1",
};

const TAOBAO_ONLY = [`taobao:${SHOPS.T1.shopId}`];
const ROLES = {
  owner: ["owner", {}],
  admin: ["admin", {}],
  analyst: ["analyst", {}],
  analystCosts: ["analyst", { canSeeCosts: true }],
  viewer: ["viewer", {}],
  /** An admin limited to the Taobao shop. */
  scopedAdmin: ["admin", { shopScope: TAOBAO_ONLY }],
  /** An analyst who may see costs, limited to the Taobao shop. */
  scopedCosts: ["analyst", { canSeeCosts: true, shopScope: TAOBAO_ONLY }],
} satisfies Record<string, [Role, { canSeeCosts?: boolean; shopScope?: string[] }]>;
export type SettingsCaller = keyof typeof ROLES;

/** The report fixture workspace with a member of every kind: ids and session cookies. */
export async function settingsTeam(records = ALL_RECORDS) {
  const workspace = await createWorkspace(env.DB, `设置 ${Math.random()}`, Date.now());
  await ingest(workspace.id, records);
  const ids = {} as Record<SettingsCaller, string>;
  const cookies = {} as Record<SettingsCaller, string>;
  for (const caller of Object.keys(ROLES) as SettingsCaller[]) {
    const [role, options] = ROLES[caller];
    const member = await addMember(workspace.id, role, options);
    ids[caller] = member.id;
    cookies[caller] = await cookieFor(workspace.id, member.id);
  }
  return { workspaceId: workspace.id, ids, cookies };
}
export type SettingsTeam = Awaited<ReturnType<typeof settingsTeam>>;

/** A product row made directly in the database; returns its id. */
export async function newProduct(workspaceId: string, name = "矩阵商品"): Promise<string> {
  const id = randomId("pd");
  await insertProductStatement(
    env.DB,
    workspaceId,
    { id, name, outerCode: null },
    Date.now(),
  ).run();
  return id;
}

/** LONE_SKU linked by hand to a fresh product. */
export async function newLink(workspaceId: string, memberId: string): Promise<SkuRef> {
  const productId = await newProduct(workspaceId);
  await setProductLinkStatement(
    env.DB,
    workspaceId,
    { ...LONE_SKU, productId },
    memberId,
    Date.now(),
  ).run();
  return LONE_SKU;
}

/** A fresh product with one cost row. */
export async function newCost(workspaceId: string, memberId: string) {
  const productId = await newProduct(workspaceId);
  const cost = { productId, effectiveFrom: "2026-11-01", unitCostFen: 1000, packagingFen: 0 };
  await setProductCostStatement(env.DB, workspaceId, cost, memberId, Date.now()).run();
  return { productId, effectiveFrom: cost.effectiveFrom };
}

/** A fresh workspace-wide other cost; returns its id. */
export async function newOtherCost(workspaceId: string, memberId: string): Promise<string> {
  const id = randomId("oc");
  await insertOtherCostStatement(env.DB, workspaceId, {
    id,
    date: "2026-11-01",
    platform: null,
    shopId: null,
    category: "rent",
    amountFen: 100_000,
    note: null,
    createdAt: Date.now(),
    createdBy: memberId,
  }).run();
  return id;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/** Calls the API as a member; JSON in and out (204 gives a null body). */
export async function send<T = unknown>(
  method: string,
  path: string,
  cookie: string,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await call(`/api/v1/settings${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface AuditRow {
  action: string;
  actorId: string | null;
  target: string | null;
  details: unknown;
}

/** The workspace's audit rows whose action starts with `prefix`, oldest first. */
export async function auditRows(workspaceId: string, prefix = ""): Promise<AuditRow[]> {
  const rows = await env.DB.prepare(
    `SELECT action, actor_id, target, details FROM audit_log
     WHERE workspace_id = ? AND action LIKE ? ORDER BY id`,
  )
    .bind(workspaceId, `${prefix}%`)
    .all<{
      action: string;
      actor_id: string | null;
      target: string | null;
      details: string | null;
    }>();
  return rows.results.map((r) => ({
    action: r.action,
    actorId: r.actor_id,
    target: r.target,
    details: r.details === null ? null : (JSON.parse(r.details) as unknown),
  }));
}
