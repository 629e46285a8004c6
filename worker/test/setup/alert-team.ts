import type { AlertListResponse, EvaluateAlertsResponse } from "@tongshu/shared";
import { expect } from "vitest";
import { addMember, cookieFor } from "./accounts.ts";
import { day, listing, paidOrder } from "./alert-fixture.ts";
import { call } from "./fixtures.ts";
import { ingest, reportWorkspace, SHOPS } from "./report-fixture.ts";

export const T1 = `taobao:${SHOPS.T1.shopId}`;
export const J1 = `jd:${SHOPS.J1.shopId}`;

export interface AlertTeam {
  ws: string;
  cookies: Record<"owner" | "admin" | "analyst" | "viewer" | "scoped" | "scopedAnalyst", string>;
  ids: { owner: string; analyst: string };
}

/**
 * The fixture shops with three findings waiting: T1 and J1 sold ¥1,000 on each of the four same
 * weekdays and ¥100 yesterday (−90%: sales_drop); P1 has 1 unit left of a SKU that sold 60 in
 * the last 30 days (cover 0.5 days: urgent low_stock). Members of every role; "scoped" is a
 * viewer and "scopedAnalyst" an analyst limited to T1.
 */
export async function alertTeam(): Promise<AlertTeam> {
  const team = await reportWorkspace([]);
  const ws = team.workspaceId;
  const member = async (role: "owner" | "admin" | "analyst" | "viewer", scope?: string[]) => {
    const m = await addMember(ws, role, scope ? { shopScope: scope } : {});
    return { id: m.id, cookie: await cookieFor(ws, m.id) };
  };
  const owner = await member("owner");
  const analyst = await member("analyst");
  const drop = (shop: "T1" | "J1") => [
    ...[7, 14, 21, 28].map((w) => paidOrder(SHOPS[shop], day(-1 - w), 100000)),
    paidOrder(SHOPS[shop], day(-1), 10000),
  ];
  await ingest(ws, [
    ...drop("T1"),
    ...drop("J1"),
    listing(SHOPS.P1, "p-low", 1),
    ...[day(-30), day(-1)].map((d) =>
      paidOrder(SHOPS.P1, d, 3000, { units: 30, item: "item-p-low", sku: "p-low" }),
    ),
  ]);
  return {
    ws,
    cookies: {
      owner: owner.cookie,
      admin: (await member("admin")).cookie,
      analyst: analyst.cookie,
      viewer: (await member("viewer")).cookie,
      scoped: team.cookies.scoped,
      scopedAnalyst: (await member("analyst", [T1])).cookie,
    },
    ids: { owner: owner.id, analyst: analyst.id },
  };
}

export const send = (method: string, path: string, cookie: string, body?: unknown) =>
  call(path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** The body of a response that must have `status` (the body is shown when it has not). */
export const json = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

/** The alert endpoints as one member calls them. */
export function alertApi(cookie: string) {
  return {
    list: (query = "", as = cookie) =>
      send("GET", `/api/v1/alerts${query}`, as).then((r) => json<AlertListResponse>(r)),
    evaluate: (as = cookie) =>
      send("POST", "/api/v1/alerts/evaluate", as).then((r) => json<EvaluateAlertsResponse>(r)),
    putRule: (rule: string, body: unknown, as = cookie) =>
      send("PUT", `/api/v1/settings/alert-rules/${rule}`, as, body),
    setState: (id: string, state: string, as = cookie) =>
      send("PATCH", `/api/v1/alerts/${id}`, as, { state }),
  };
}
