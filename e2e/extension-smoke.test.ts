import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_DEV_BUILD, EXTENSION_PROD_BUILD } from "../scripts/lib/paths.ts";
import { collectErrors, launchWithExtension, screenshotPath } from "./lib/browser.ts";

describe("the built extension in Chromium", () => {
  let session: Awaited<ReturnType<typeof launchWithExtension>>;
  beforeAll(async () => {
    session = await launchWithExtension(EXTENSION_DEV_BUILD);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("starts its service worker and answers a status message", async () => {
    const [worker] = session.context.serviceWorkers();
    expect(worker?.url()).toBe(
      `chrome-extension://${session.extensionId}/static/background/index.js`,
    );
    // Runs inside the service worker, where `chrome` exists; Node's types do not know it.
    type ChromeGlobal = { chrome: { runtime: { getManifest(): { version: string } } } };
    const version = await worker?.evaluate(
      () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest().version,
    );
    expect(version).toBe("0.1.0");
  });

  it("opens the popup with no errors and says honestly that nothing is captured yet", async () => {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect
      .poll(() => page.getByTestId("paired-state").textContent())
      .toBe("未配对：尚未连接任何通数服务器。");
    await page.screenshot({ path: screenshotPath("extension-popup") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the options page with no errors", async () => {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.locator("h1").first().textContent()).toContain("通数");
    await page.screenshot({ path: screenshotPath("extension-options"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("extension manifests", () => {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
      manifest_version: number;
      host_permissions: string[];
      permissions: string[];
    };

  it("asks the production build for seller-center https hosts only", () => {
    const prod = manifest(EXTENSION_PROD_BUILD);
    expect(prod.manifest_version).toBe(3);
    expect(prod.permissions.sort()).toEqual(["alarms", "scripting", "storage"]);
    expect(prod.host_permissions.length).toBeGreaterThan(10);
    for (const pattern of prod.host_permissions)
      expect(pattern).toMatch(
        /^https:\/\/[a-z0-9.-]+\.(taobao|tmall|alimama|jd|pinduoduo)\.com\/\*$/,
      );
  });

  it("adds only the local demo origin in the dev build", () => {
    const prod = manifest(EXTENSION_PROD_BUILD).host_permissions;
    const dev = manifest(EXTENSION_DEV_BUILD).host_permissions;
    expect(dev.filter((p) => !prod.includes(p)).sort()).toEqual([
      "http://127.0.0.1/*",
      "http://localhost/*",
    ]);
  });
});
