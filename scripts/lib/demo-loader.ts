import {
  type CanonicalRecord,
  type RecordBatchResult,
  startOfBusinessDay,
  toBusinessDate,
} from "@tongshu/shared";
import { backfillWindow, isHeldBack } from "../../worker/src/demo/backfill.ts";
import { createDemoWorkspace, type DemoWorkspace } from "../../worker/src/demo/index.ts";
import { DEMO_SEED } from "../../worker/src/sandbox/demo-cache.ts";
import { loadDemoSettings, ownerSession } from "./demo-settings.ts";

/** The demo login `npm start` prints. Local only: the dev routes that create it are off in production. */
export const DEMO_OWNER = {
  email: "demo@example.com",
  password: "tongshu-demo",
  name: "演示店主",
} as const;
export const DEMO_WORKSPACE_NAME = "通数演示工作区";

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Workspaces in the local database (dev route). */
export async function listWorkspaces(
  baseUrl: string,
): Promise<Array<{ id: string; name: string }>> {
  const res = await fetch(`${baseUrl}/api/v1/dev/workspaces`);
  if (!res.ok) throw new Error(`listing workspaces failed: ${res.status}`);
  return ((await res.json()) as { workspaces: Array<{ id: string; name: string }> }).workspaces;
}

export interface DemoLoadOptions {
  today?: string;
  scale?: number;
  seed?: number;
  /** Hold back the orders of the backfill window (default true); the ingest bench sends all. */
  holdBack?: boolean;
  onProgress?: (records: number) => void;
}

export interface DemoLoadResult {
  workspaceId: string;
  records: number;
  written: number;
  /** Time to send the records (what the ingest bench measures), settings excluded. */
  millis: number;
  /** Products and cost rows entered through the settings API, and how long that took. */
  settings: { products: number; costs: number; millis: number };
  /** The generated workspace, for the sample exports that match what was loaded. */
  demo: DemoWorkspace;
}

/**
 * Creates the demo workspace and owner, then sends the generated records through the dev route,
 * which uses the same validated upsert as the ingest endpoint (any rejected record is a bug),
 * then logs in as the owner and enters products, costs and fees through the settings API.
 */
export async function loadDemoWorkspace(
  baseUrl: string,
  options: DemoLoadOptions = {},
): Promise<DemoLoadResult> {
  const started = performance.now();
  const now = Date.now();
  const today = options.today ?? toBusinessDate(now);
  // The demo is "as of" now: today's orders stop at the current Beijing hour, never in the future.
  const nowHour = options.today
    ? 14
    : Math.max(0, (now - startOfBusinessDay(today)) / 3_600_000 - 0.05);
  const { workspace } = await postJson<{ workspace: { id: string } }>(
    `${baseUrl}/api/v1/dev/workspaces`,
    {
      name: DEMO_WORKSPACE_NAME,
      owner: DEMO_OWNER,
    },
  );
  const demo = createDemoWorkspace({
    seed: options.seed ?? DEMO_SEED,
    today,
    nowHour,
    scale: options.scale ?? 1,
  });
  const shops = demo.shops.map((s) => ({
    platform: s.platform,
    shopId: s.shopId,
    shopName: s.shopName,
  }));
  let records = 0;
  let written = 0;
  let batchNo = 0;
  // Orders the seller never captured; the sample 千牛 export brings them (worker/src/demo/backfill.ts).
  const heldBack = options.holdBack === false ? null : backfillWindow(demo);
  for (const all of demo.records() as Iterable<CanonicalRecord[]>) {
    const chunk = all.filter((record) => !isHeldBack(record, heldBack));
    if (chunk.length === 0) continue;
    const batchId = `demo-${today.replaceAll("-", "")}-${String(batchNo++).padStart(5, "0")}`;
    const result = await postJson<RecordBatchResult>(`${baseUrl}/api/v1/dev/records`, {
      workspaceId: workspace.id,
      batchId,
      records: chunk,
      shops,
    });
    if (result.rejected.length > 0) {
      throw new Error(`demo records rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    }
    records += chunk.length;
    written += result.written;
    options.onProgress?.(records);
  }
  const millis = performance.now() - started;
  const settingsStarted = performance.now();
  const loaded = await loadDemoSettings(await ownerSession(baseUrl, DEMO_OWNER), demo);
  const settings = { ...loaded, millis: performance.now() - settingsStarted };
  await evaluateAlertsNow(baseUrl);
  return { workspaceId: workspace.id, records, written, millis, settings, demo };
}

/**
 * Runs the alert rules once, as the 15-minute cron would (wrangler dev does not fire crons), so
 * the demo opens with its low-stock and sales-drop alerts instead of an empty 预警 page.
 */
async function evaluateAlertsNow(baseUrl: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_OWNER),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const res = await fetch(`${baseUrl}/api/v1/alerts/evaluate`, {
    method: "POST",
    headers: { cookie },
  });
  if (!res.ok) throw new Error(`demo alert evaluation failed: ${res.status} ${await res.text()}`);
}
