import { CoverageResponseSchema, OverviewReportSchema } from "@tongshu/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_OWNER } from "../scripts/lib/demo-loader.ts";
import { collectErrors, launchBrowser, screenshotPath } from "./lib/browser.ts";

const baseUrl = inject("baseUrl");
const PAGES = [
  "overview",
  "platforms",
  "products",
  "inventory",
  "profit",
  "ads",
  "traffic",
  "customers",
  "alerts",
  "settings",
] as const;

// Before login the app asks /api/v1/me, which answers 401; Chromium logs that failed load.
const EXPECTED_401 =
  /Failed to load resource: the server responded with a status of 401.*\/api\/v1\/me/;

describe("the dashboard served by wrangler dev", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    errors = collectErrors(page, [EXPECTED_401]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("serves the API and the dashboard from one Worker", async () => {
    const health = await fetch(`${baseUrl}/api/v1/health`);
    expect(health.headers.get("content-type")).toContain("application/json");
    const deepLink = await fetch(`${baseUrl}/inventory`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    for (const sandbox of ["/sandbox", "/sandbox/"]) {
      expect(await (await fetch(`${baseUrl}${sandbox}`)).text()).toContain("通数 沙盒商家后台");
    }
    const unknownApi = await fetch(`${baseUrl}/api/v1/does-not-exist`);
    expect(unknownApi.status).toBe(404);
    expect(((await unknownApi.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("asks for a login, then shows what the demo workspace holds, equal to the API's figures", async () => {
    await page.goto(baseUrl);
    await page.getByTestId("login-form").waitFor();
    await page.screenshot({ path: screenshotPath("dashboard-login") });
    await page.fill('input[name="email"]', DEMO_OWNER.email);
    await page.fill('input[name="password"]', DEMO_OWNER.password);
    await page.getByTestId("login-form").locator('button[type="submit"]').click();
    await page.getByTestId("page-overview").waitFor();
    await page.getByTestId("coverage-table").first().waitFor();

    const api = CoverageResponseSchema.parse(
      await (await context.request.get(`${baseUrl}/api/v1/coverage`)).json(),
    );
    expect(api.shops.length).toBeGreaterThanOrEqual(4);
    expect(new Set(api.shops.map((s) => s.platform))).toEqual(
      new Set(["taobao", "tmall", "jd", "pdd"]),
    );
    for (const shop of api.shops) {
      const table = page.locator(
        `[data-testid="coverage-table"][data-platform="${shop.platform}"][data-shop-id="${shop.shopId}"]`,
      );
      for (const kind of shop.kinds) {
        const cell = table.locator(`tr[data-kind="${kind.kind}"] td.num`);
        expect((await cell.textContent())?.replaceAll(",", "")).toBe(String(kind.records));
      }
    }
    expect(await page.getByTestId("workspace-name").textContent()).toBe("通数演示工作区");
    await page.screenshot({ path: screenshotPath("dashboard-overview"), fullPage: true });
  });

  it("shows the overview KPIs equal to the report API, and keeps the filter in the URL", async () => {
    await page.getByTestId("kpis").waitFor();
    const api = OverviewReportSchema.parse(
      await (await context.request.get(`${baseUrl}/api/v1/reports/overview?preset=last30`)).json(),
    );
    await page.locator('[data-testid="filter-bar"] [data-preset="last30"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe("?preset=last30");
    await expect
      .poll(() => page.getByTestId("kpi-paidFen").getAttribute("data-value"))
      .toBe(String(api.kpis.paidFen.value));
    expect(await page.getByTestId("kpi-orders").getAttribute("data-value")).toBe(
      String(api.kpis.orders.value),
    );
    expect(api.kpis.orders.value).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("dashboard-overview-last30"), fullPage: true });
    // A shared link opens the same view; back returns to the default.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("");
  });

  it("opens every section from the navigation", async () => {
    for (const id of PAGES) {
      await page.getByTestId("nav").locator(`[data-route="${id}"]`).click();
      await page.getByTestId(`page-${id}`).waitFor();
      expect(
        await page.getByTestId("nav").locator('[aria-current="page"]').getAttribute("data-route"),
      ).toBe(id);
      await page.screenshot({ path: screenshotPath(`dashboard-${id}`), fullPage: true });
    }
  });

  it("switches to English and keeps it", async () => {
    await page.getByTestId("language-select").selectOption("en");
    await expect
      .poll(() => page.getByTestId("nav").locator('[data-route="inventory"]').textContent())
      .toBe("Inventory");
    await page.reload();
    await page.getByTestId("nav").waitFor();
    expect(await page.getByTestId("nav").locator('[data-route="inventory"]').textContent()).toBe(
      "Inventory",
    );
    await page.screenshot({ path: screenshotPath("dashboard-settings-en"), fullPage: true });
    await page.getByTestId("language-select").selectOption("zh-CN");
  });

  it("logs out back to the login form", async () => {
    await page.getByTestId("logout").click();
    await page.getByTestId("login-form").waitFor();
    expect((await context.request.get(`${baseUrl}/api/v1/me`)).status()).toBe(401);
  });

  it("logged no console errors on the way", () => {
    expect(errors).toEqual([]);
  });
});
