import { env } from "cloudflare:workers";
import type { AlertListResponse } from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateAlerts } from "../src/alerts/evaluate.ts";
import { alertRows, day, listing, NOW, TODAY } from "./setup/alert-fixture.ts";
import { type AlertTeam, alertApi, alertTeam, J1, json, T1 } from "./setup/alert-team.ts";
import { ingest, SHOPS } from "./setup/report-fixture.ts";

const DAY = 86_400_000;
let ws: string;
let cookies: AlertTeam["cookies"];
let ids: AlertTeam["ids"];
let api: ReturnType<typeof alertApi>;
const list = (query = "", cookie = cookies.owner) => api.list(query, cookie);
const evaluate = (cookie = cookies.owner) => api.evaluate(cookie);
const putRule = (rule: string, body: unknown, cookie = cookies.owner) =>
  api.putRule(rule, body, cookie);
const setState = (id: string, state: string, cookie = cookies.owner) =>
  api.setState(id, state, cookie);
const byRule = (rule: string) => alertRows(ws, rule);

beforeAll(async () => {
  ({ ws, cookies, ids } = await alertTeam());
  api = alertApi(cookies.owner);
  // The anomaly rule would flag this sparse data (alerts-api.test.ts tests switching it off).
  await json(await putRule("anomaly", { enabled: false, params: {} }));
  expect(await evaluate()).toMatchObject({ opened: 3 });
});

describe("alert states", () => {
  it("lets owners, admins and analysts change the state within their shops", async () => {
    const { alerts } = await list("?rule=sales_drop");
    const t1 = alerts.find((a) => a.subject === T1)?.id ?? "";
    const j1 = alerts.find((a) => a.subject === J1)?.id ?? "";
    expect((await setState(t1, "seen", cookies.viewer)).status).toBe(403);
    expect((await setState(j1, "seen", cookies.scopedAnalyst)).status).toBe(404);
    expect((await setState("al_nope", "seen")).status).toBe(404);
    expect((await setState(t1, "done")).status).toBe(422);
    const seen = await json<{ alert: AlertListResponse["alerts"][number] }>(
      await setState(t1, "seen", cookies.analyst),
    );
    expect(seen.alert).toMatchObject({ id: t1, state: "seen", stateChangedBy: ids.analyst });
    expect(seen.alert.stateChangedAt).toBeGreaterThanOrEqual(NOW);
    await json(await setState(j1, "resolved"));
    expect((await list()).counts).toEqual({ new: 1, seen: 1, resolved: 1 });
  });

  it("keeps states on re-evaluation; the system resolves what no longer holds and reopens only its own", async () => {
    await evaluate();
    expect(
      (await byRule("sales_drop")).map((r) => [r.subject, r.state, r.state_changed_by]),
    ).toEqual([
      [J1, "resolved", ids.owner],
      [T1, "seen", ids.analyst],
    ]);
    // −90% is not more than 95% down: the seen alert resolves; the member's resolution stays.
    await json(await putRule("sales_drop", { enabled: true, params: { dropPercent: 95 } }));
    expect(await evaluate()).toMatchObject({ found: { sales_drop: 0 }, resolved: 1, opened: 0 });
    expect(
      (await byRule("sales_drop")).map((r) => [r.subject, r.state, r.state_changed_by]),
    ).toEqual([
      [J1, "resolved", ids.owner],
      [T1, "resolved", null],
    ]);
    // Back to 30%: the system's resolution is undone, the member's is not (updated: J1's
    // resolved alert and the low-stock alert).
    await json(await putRule("sales_drop", { enabled: true, params: {} }));
    expect(await evaluate()).toMatchObject({ found: { sales_drop: 2 }, opened: 1, updated: 2 });
    expect(
      (await byRule("sales_drop")).map((r) => [r.subject, r.state, r.state_changed_by]),
    ).toEqual([
      [J1, "resolved", ids.owner],
      [T1, "new", null],
    ]);
  });

  it("a disabled rule finds nothing and touches nothing", async () => {
    const before = await byRule("sales_drop");
    await json(await putRule("sales_drop", { enabled: false, params: {} }));
    const result = await evaluate();
    expect(result.found).not.toHaveProperty("sales_drop");
    expect(await byRule("sales_drop")).toEqual(before);
    await json(await putRule("sales_drop", { enabled: true, params: {} }));
  });

  it("continues an ongoing alert across days; after a resolution a new day opens a new one", async () => {
    const [open] = await byRule("low_stock");
    // Tomorrow: still 1 unit left, 30 units sold in the window → still low, same alert.
    await evaluateAlerts(env.DB, ws, NOW + DAY);
    const [same] = await byRule("low_stock");
    expect(same).toMatchObject({ id: open?.id, date: TODAY, state: "new" });
    expect(JSON.parse(same?.evidence ?? "{}")).toMatchObject({ unitsSold: 30, unitsPerDay: 1 });
    await json(await setState(open?.id ?? "", "resolved"));
    await evaluateAlerts(env.DB, ws, NOW + DAY);
    expect((await byRule("low_stock")).map((r) => [r.date, r.state])).toEqual([
      [TODAY, "resolved"],
      [day(1), "new"],
    ]);
    // Restocked: the open alert resolves itself.
    await ingest(ws, [listing(SHOPS.P1, "p-low", 500, { capturedAt: Date.now() })]);
    await evaluateAlerts(env.DB, ws, NOW + DAY);
    expect((await byRule("low_stock")).map((r) => [r.date, r.state, r.state_changed_by])).toEqual([
      [TODAY, "resolved", ids.owner],
      [day(1), "resolved", null],
    ]);
  });
});
