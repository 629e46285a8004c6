import { addDays, OverviewReportSchema, toBusinessDate } from "@tongshu/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_OWNER, DEMO_WORKSPACE_NAME } from "../scripts/lib/demo-loader.ts";
import { collectErrors, launchBrowser, screenshotPath } from "./lib/browser.ts";
import { paidOrder } from "./lib/paid-order.ts";

const baseUrl = inject("baseUrl");
const SHOP = { platform: "jd", shopId: "digest-e2e", shopName: "摘要测试京东店" } as const;
/** Two orders yesterday (Beijing) on a shop of their own: ¥1,234.56 + ¥99.00. */
const PAID_FEN = [123_456, 9_900];

const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * The "done when": in the demo an owner sets a daily digest in 设置 → 邮件摘要,
 * triggers it, and reads a correct email with the demo figures in the dev outbox.
 */
describe("email digests in the demo", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const yesterday = addDays(toBusinessDate(Date.now()), -1);

  beforeAll(async () => {
    const workspaces = (await (await fetch(`${baseUrl}/api/v1/dev/workspaces`)).json()) as {
      workspaces: Array<{ id: string; name: string }>;
    };
    const demo = workspaces.workspaces.find((w) => w.name === DEMO_WORKSPACE_NAME);
    const res = await fetch(`${baseUrl}/api/v1/dev/records`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        workspaceId: demo?.id,
        batchId: `digest-e2e-${yesterday}`,
        records: PAID_FEN.map((fen, i) =>
          paidOrder(SHOP, yesterday, i + 1, fen, { prefix: "DIGEST-E2E-", hour: 10 }),
        ),
        shops: [SHOP],
      }),
    });
    expect(res.status).toBe(200);
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

  it("an owner sets a daily digest, sends it now and reads it in the dev outbox", async () => {
    const me = (await (await context.request.get(`${baseUrl}/api/v1/me`)).json()) as {
      member: { id: string };
    };
    await page.goto(`${baseUrl}/settings?section=digests`);
    const form = page.getByTestId("digest-form");
    await form.waitFor();
    await expect.poll(() => page.getByTestId("digest-delivery").textContent()).toContain("发件箱");
    await form.getByTestId("digest-member").selectOption(me.member.id);
    await form.getByTestId("digest-frequency-daily").check();
    await form.getByTestId("digest-time").selectOption("08:30");
    await form.getByTestId("digest-submit").click();
    const row = page.getByTestId("digest-row").filter({ hasText: DEMO_OWNER.email });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain("每天 08:30");

    await row.getByTestId("digest-send-now").click();
    await expect
      .poll(() => row.getByTestId("digest-row-status").textContent(), { timeout: 30_000 })
      .toContain("已发送");
    await page.screenshot({ path: screenshotPath("settings-digests"), fullPage: true });

    // The outbox, as the settings page links it.
    const href = await page.getByTestId("digest-outbox-link").getAttribute("href");
    expect(href).toBe(`${baseUrl}/api/v1/dev/outbox`);
    const { messages } = (await (
      await context.request.get(`${baseUrl}/api/v1/dev/outbox/messages.json`)
    ).json()) as { messages: Array<{ id: string; to: string; subject: string }> };
    const mail = messages.find((m) => m.to === DEMO_OWNER.email);
    expect(mail?.subject).toMatch(/^通数日报/);
    await page.goto(`${baseUrl}/api/v1/dev/outbox`);
    await page
      .getByRole("link", { name: mail?.subject ?? "" })
      .first()
      .click();
    await page.getByRole("heading", { name: mail?.subject ?? "" }).waitFor();
    await page.screenshot({ path: screenshotPath("dev-outbox-message"), fullPage: true });

    // The email's figures are the dashboard's for yesterday, and include the two orders.
    const overview = OverviewReportSchema.parse(
      await (
        await context.request.get(
          `${baseUrl}/api/v1/reports/overview?from=${yesterday}&to=${yesterday}`,
        )
      ).json(),
    );
    const paid = overview.kpis.paidFen.value ?? 0;
    expect(paid).toBeGreaterThanOrEqual(PAID_FEN.reduce((a, b) => a + b, 0));
    const parts = (await (
      await context.request.get(`${baseUrl}/api/v1/dev/outbox/${mail?.id}/parts.json`)
    ).json()) as { text: string; html: string; headers: Record<string, string> };
    for (const part of [parts.text, parts.html, mail?.subject ?? ""])
      expect(part).toContain(yuan(paid));
    expect(parts.text).toContain(String(overview.kpis.orders.value));
    expect(parts.text).toContain(`${baseUrl}/?from=${yesterday}&to=${yesterday}`);
    expect(parts.headers["list-unsubscribe"]).toMatch(/\/api\/v1\/unsubscribe\?token=/);

    // The email itself, at a phone's width and a desktop client's.
    for (const width of [640, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseUrl}/api/v1/dev/outbox/${mail?.id}/html`);
      await page.screenshot({ path: screenshotPath(`digest-email-${width}`), fullPage: true });
    }
    expect(errors).toEqual([]);
  });
});
