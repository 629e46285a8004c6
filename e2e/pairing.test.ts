import { CoverageResponseSchema, toBusinessDate } from "@tongshu/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXTENSION_DEV_BUILD } from "../scripts/lib/paths.ts";
import { collectErrors, launchWithExtension, screenshotPath } from "./lib/browser.ts";
import { waitForHookRegistration } from "./lib/extension-db.ts";

const baseUrl = inject("baseUrl");
/**
 * A workspace of its own, with no data: other browser tests pair and sync into the demo
 * workspace, so "today's orders arrived by sync" is only provable on an empty one.
 */
const WORKSPACE = "配对测试工作区";
const OWNER = {
  email: `pairing-${Date.now()}@example.com`,
  name: "配对测试",
  password: "pairing-test-password",
};
const EXPECTED_401 =
  /Failed to load resource: the server responded with a status of 401.*\/api\/v1\/me/;

describe("a new user pairs the extension from the dashboard and sees records arrive", () => {
  let session: Awaited<ReturnType<typeof launchWithExtension>>;
  let dashboard: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const made = await fetch(`${baseUrl}/api/v1/dev/workspaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: WORKSPACE, owner: OWNER }),
    });
    expect(made.status).toBe(201);
    session = await launchWithExtension(EXTENSION_DEV_BUILD);
    const [worker] = session.context.serviceWorkers();
    if (worker) await waitForHookRegistration(worker);
    dashboard = await session.context.newPage();
    errors.push(...collectErrors(dashboard, [EXPECTED_401]));
  });
  afterAll(async () => {
    await session?.close();
  });

  async function taobaoOrdersLastDate(): Promise<string | null> {
    const res = await dashboard.context().request.get(`${baseUrl}/api/v1/coverage`);
    const coverage = CoverageResponseSchema.parse(await res.json());
    const shop = coverage.shops.find((s) => s.platform === "taobao");
    return shop?.kinds.find((k) => k.kind === "order")?.lastDate ?? null;
  }

  it("creates a pairing code in the dashboard, pairs, captures and syncs to D1", async () => {
    await dashboard.goto(`${baseUrl}/settings`);
    await dashboard.fill('input[name="email"]', OWNER.email);
    await dashboard.fill('input[name="password"]', OWNER.password);
    await dashboard.getByTestId("login-form").locator('button[type="submit"]').click();
    await dashboard.getByTestId("devices").waitFor();
    const today = toBusinessDate(Date.now());
    // The new workspace holds nothing: today's orders can only come from sync.
    expect(await taobaoOrdersLastDate()).toBeNull();

    await dashboard.getByTestId("create-pairing-code").click();
    const code = (await dashboard.getByTestId("pairing-code").textContent()) ?? "";
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    await dashboard.screenshot({
      path: screenshotPath("dashboard-settings-pairing-code"),
      fullPage: true,
    });

    const options = await session.context.newPage();
    errors.push(...collectErrors(options));
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[type="url"]').fill(baseUrl);
    await options.locator("form.server-form button[type=submit]").click();
    await options.getByTestId("pairing-code").fill(code.toLowerCase());
    await options.getByTestId("pair-button").click();
    await expect
      .poll(() => options.getByTestId("paired-workspace").textContent(), { timeout: 15_000 })
      .toContain(WORKSPACE);
    await options.screenshot({ path: screenshotPath("extension-options-paired"), fullPage: true });

    const sandbox = await session.context.newPage();
    errors.push(...collectErrors(sandbox));
    await sandbox.goto(
      `${baseUrl}/sandbox/taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm?shop=2212978279481`,
    );
    await sandbox.locator("[data-order-id]").first().waitFor();

    // Sync runs a few seconds after a capture; the records land in D1 through /api/v1/ingest.
    await expect.poll(taobaoOrdersLastDate, { timeout: 30_000, interval: 1000 }).toBe(today);

    await dashboard.reload();
    await dashboard.getByTestId("devices-table").waitFor();
    const rows = await dashboard.getByTestId("devices-table").locator("tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(1);
    await dashboard.screenshot({
      path: screenshotPath("dashboard-settings-devices"),
      fullPage: true,
    });
  });

  it("left the pages without errors", () => {
    expect(errors).toEqual([]);
  });
});
