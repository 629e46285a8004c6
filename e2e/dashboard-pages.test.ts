import { CreateInvitationResponseSchema } from "@tongshu/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_OWNER } from "../scripts/lib/demo-loader.ts";
import { collectErrors, launchBrowser, screenshotPath } from "./lib/browser.ts";

const baseUrl = inject("baseUrl");

// biome-ignore lint/suspicious/noExplicitAny: the test reads each report's JSON by its schema's paths
type Json = { [key: string]: any };
type Expected = (api: Json, key: string) => unknown;

/**
 * Every report page, the report API it shows, the cards it draws (test id prefix) and where in
 * the API response each card's figure lives: the test's own reading of the schemas.
 */
const REPORT_PAGES: Array<{
  id: string;
  path: string;
  report: string;
  cards: string;
  expected: Expected;
}> = [
  {
    id: "overview",
    path: "/",
    report: "overview",
    cards: "kpi-",
    // Cost seers also get profit cards, from the profit report (fetched beside it as `profit`).
    expected: (a, k) => a.kpis[k]?.value ?? a.profit.total.compare[k]?.value,
  },
  {
    id: "platforms",
    path: "/platforms",
    report: "platforms",
    cards: "kpi-",
    expected: (a, k) => a.total.kpis[k]?.value,
  },
  {
    id: "products",
    path: "/products",
    report: "products",
    cards: "summary-",
    expected: (a, k) => (k === "productCount" ? a.productCount : a.totals[k]),
  },
  {
    id: "inventory",
    path: "/inventory",
    report: "inventory",
    cards: "inventory-summary-",
    expected: (a, k) => (k === "products" ? a.products.length : SKIP),
  },
  {
    id: "profit",
    path: "/profit",
    report: "profit",
    cards: "kpi-",
    expected: (a, k) => a.total.compare[k]?.value ?? a.total.figures[k],
  },
  {
    id: "ads",
    path: "/ads",
    report: "ads",
    cards: "kpi-",
    expected: (a, k) => (k === "spendShare" ? a.total.spendShare : a.total.kpis[k]?.value),
  },
  {
    id: "traffic",
    path: "/traffic",
    report: "traffic",
    cards: "kpi-",
    expected: (a, k) => a.total.kpis[k]?.value,
  },
  {
    id: "customers",
    path: "/customers",
    report: "customers",
    cards: "kpi-",
    expected: (a, k) => {
      const t = a.total;
      if (k === "newBuyers" || k === "returningBuyers") return t[k].buyers;
      if (k === "buyers") return t.newBuyers.buyers + t.returningBuyers.buyers;
      if (k === "repurchaseD30") return t.repurchase.d30.rate;
      if (k === "repurchaseD90") return t.repurchase.d90.rate;
      if (k === "rfmBuyers") return t.rfm.buyers;
      return SKIP; // ratios the page derives (AOV, returning share) are unit-tested there
    },
  },
];
const OTHER_PAGES = [
  { id: "alerts", path: "/alerts" },
  { id: "settings", path: "/settings" },
] as const;
const SKIP = Symbol("derived on the page");

/** The page is drawn: its frame is there and nothing is loading any more. */
async function settled(page: Page, id: string): Promise<void> {
  await page.getByTestId(`page-${id}`).waitFor();
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.getByTestId("loading").count(), { timeout: 30_000 }).toBe(0);
  expect(await page.getByTestId("error-state").count()).toBe(0);
}

/** Every card with the prefix as { key: data-value }. */
async function cardValues(page: Page, prefix: string): Promise<Record<string, string>> {
  return page.$$eval(
    `[data-testid^="${prefix}"][data-value]`,
    (cards, cut) =>
      Object.fromEntries(
        cards.map((c) => [
          (c.getAttribute("data-testid") ?? "").slice(cut),
          c.getAttribute("data-value") ?? "",
        ]),
      ),
    prefix.length,
  );
}

async function apiJson(context: BrowserContext, report: string, query: string): Promise<Json> {
  const res = await context.request.get(`${baseUrl}/api/v1/reports/${report}?${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Json;
}

/** Cards must show exactly the API's figure for their key (blank for null). */
function expectCardsEqualApi(cards: Record<string, string>, api: Json, expected: Expected): void {
  for (const [key, shown] of Object.entries(cards)) {
    const want = expected(api, key);
    if (want === SKIP) continue;
    expect(want, `card ${key} has no figure in the API response`).not.toBeUndefined();
    expect({ key, shown }).toEqual({ key, shown: String(want ?? "") });
  }
}

/** A page wider than the window means something overflows: tables must scroll inside themselves. */
async function overflowX(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe("every dashboard page on the demo workspace", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    const login = await context.request.post(`${baseUrl}/api/v1/sessions`, { data: DEMO_OWNER });
    expect(login.status()).toBe(200);
    page = await context.newPage();
    errors = collectErrors(page, []);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { id, path, report, cards: prefix, expected } of REPORT_PAGES) {
    it(`${id}: loads, and its figures equal the ${report} report API`, async () => {
      await page.goto(`${baseUrl}${path}?preset=last30`);
      await settled(page, id);
      const cards = await cardValues(page, prefix);
      expect(Object.keys(cards).length).toBeGreaterThan(0);
      const api = await apiJson(context, report, "preset=last30");
      if (id === "overview") api.profit = await apiJson(context, "profit", "preset=last30");
      expectCardsEqualApi(cards, api, expected);
      await page.screenshot({ path: screenshotPath(`page-${id}`), fullPage: true });
    });
  }

  for (const { id, path } of OTHER_PAGES) {
    it(`${id}: loads with content`, async () => {
      await page.goto(`${baseUrl}${path}`);
      await settled(page, id);
      expect((await page.getByTestId(`page-${id}`).innerText()).length).toBeGreaterThan(20);
      await page.screenshot({ path: screenshotPath(`page-${id}`), fullPage: true });
    });
  }

  it("alerts: the open alerts the API lists, each with evidence and a state change that sticks", async () => {
    const list = async () =>
      (await (
        await context.request.get(`${baseUrl}/api/v1/alerts?state=new,seen&limit=50`)
      ).json()) as Json;
    const api = await list();
    expect(api.alerts.length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/alerts`);
    await settled(page, "alerts");
    const items = page.getByTestId("alert-item");
    expect(await items.count()).toBe(api.alerts.length);
    const first = items.first();
    const id = api.alerts.find((a: Json) => a.state === "new")?.id as string;
    const target = page.locator(`[data-testid="alert-item"][data-alert-id="${id}"]`);
    await target.locator('button[data-action="seen"]').click();
    await expect
      .poll(async () => (await list()).alerts.find((a: Json) => a.id === id)?.state)
      .toBe("seen");
    expect(await target.getByTestId("alert-state").getAttribute("class")).toContain("seen");
    expect((await first.innerText()).length).toBeGreaterThan(10);
  });

  it("big screen: today's total equals the live report, at 1920×1080", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${baseUrl}/big-screen`);
    await page.getByTestId("big-screen-report").waitFor();
    const live = await apiJson(context, "live", "");
    await expect
      .poll(() => page.getByTestId("big-screen-total").getAttribute("data-value"))
      .toBe(String(live.total.today.paidFen));
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: screenshotPath("page-big-screen") });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("a platform filter changes the URL and the figures, and they still equal the API", async () => {
    await page.goto(`${baseUrl}/ads?preset=last30`);
    await settled(page, "ads");
    const before = await cardValues(page, "kpi-");
    await page.locator('[data-testid="filter-bar"] label.chip', { hasText: "拼多多" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("platform")).toBe("pdd");
    await settled(page, "ads");
    const after = await cardValues(page, "kpi-");
    expect(after).not.toEqual(before);
    const ads = REPORT_PAGES.find((p) => p.id === "ads")?.expected as Expected;
    expectCardsEqualApi(after, await apiJson(context, "ads", "preset=last30&platform=pdd"), ads);
  });

  it("sorts a table from the keyboard", async () => {
    await page.goto(`${baseUrl}/platforms?preset=last30`);
    await settled(page, "platforms");
    const header = page.locator("table th[aria-sort] button").first();
    const th = page.locator("table th[aria-sort]").first();
    const was = await th.getAttribute("aria-sort");
    await header.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => th.getAttribute("aria-sort")).not.toBe(was);
  });

  for (const width of [1280, 820]) {
    it(`nothing overflows the window at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const { id, path } of [...REPORT_PAGES, ...OTHER_PAGES]) {
        await page.goto(`${baseUrl}${path}?preset=last30`);
        await settled(page, id);
        expect({ id, overflow: await overflowX(page) }).toEqual({ id, overflow: 0 });
        if (width === 820)
          await page.screenshot({ path: screenshotPath(`page-${id}-tablet`), fullPage: true });
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  }

  it("logged no console errors on any page", () => {
    expect(errors).toEqual([]);
  });
});

describe("a viewer who may not see costs", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    const owner = await browser.browser.newContext();
    await owner.request.post(`${baseUrl}/api/v1/sessions`, { data: DEMO_OWNER });
    const invited = await owner.request.post(`${baseUrl}/api/v1/invitations`, {
      data: { email: "viewer@example.com", role: "viewer", canSeeCosts: false, shopScope: null },
    });
    expect(invited.status()).toBe(201);
    const { inviteUrl } = CreateInvitationResponseSchema.parse(await invited.json());
    const token = new URL(inviteUrl).hash.replace("#token=", "");
    const accepted = await browser.context.request.post(`${baseUrl}/api/v1/invitations/accept`, {
      data: { token, name: "只读小李", password: "a-long-enough-password" },
    });
    expect(accepted.status()).toBe(200);
    await owner.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sees no profit: not in the navigation, not on the overview, not on the profit page, not from the API", async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, []);
    await page.goto(`${baseUrl}/?preset=last30`);
    await settled(page, "overview");
    expect(await page.getByTestId("nav").locator('[data-route="profit"]').count()).toBe(0);
    const cards = await cardValues(page, "kpi-");
    expect(Object.keys(cards).length).toBeGreaterThan(0);
    expect(Object.keys(cards).filter((k) => /profit|margin|cost/i.test(k))).toEqual([]);
    expect((await page.getByTestId("page-overview").innerText()).includes("利润")).toBe(false);

    await page.goto(`${baseUrl}/profit`);
    await page.getByTestId("page-profit").waitFor();
    await page.getByTestId("empty-state").waitFor();
    expect(await cardValues(page, "kpi-")).toEqual({});
    await page.screenshot({ path: screenshotPath("page-profit-viewer"), fullPage: true });
    const api = await browser.context.request.get(`${baseUrl}/api/v1/reports/profit?preset=last30`);
    expect(api.status()).toBe(403);
    expect(errors).toEqual([]);
  });
});
