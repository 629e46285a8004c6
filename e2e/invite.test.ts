import { CreateInvitationResponseSchema, MeResponseSchema } from "@tongshu/shared";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_OWNER } from "../scripts/lib/demo-loader.ts";
import { collectErrors, launchBrowser, screenshotPath } from "./lib/browser.ts";

const baseUrl = inject("baseUrl");
const EXPECTED_401 =
  /Failed to load resource: the server responded with a status of 401.*\/api\/v1\/me/;

describe("an owner invites an analyst by link", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens the link, joins with a name and password, and lands signed in with the invited role", async () => {
    const owner = await browser.browser.newContext();
    const login = await owner.request.post(`${baseUrl}/api/v1/sessions`, { data: DEMO_OWNER });
    expect(login.status()).toBe(200);
    const invited = await owner.request.post(`${baseUrl}/api/v1/invitations`, {
      data: { email: "analyst@example.com", role: "analyst", canSeeCosts: false, shopScope: null },
    });
    expect(invited.status()).toBe(201);
    const { inviteUrl } = CreateInvitationResponseSchema.parse(await invited.json());
    expect(inviteUrl).toMatch(/\/invite#token=/);

    const page = await browser.context.newPage();
    const errors = collectErrors(page, [EXPECTED_401]);
    await page.goto(`${baseUrl}${new URL(inviteUrl).pathname}${new URL(inviteUrl).hash}`);
    await page.getByTestId("invite-info").waitFor();
    expect(await page.getByTestId("invite-info").textContent()).toContain("analyst@example.com");
    await page.screenshot({ path: screenshotPath("dashboard-invite") });
    await page.fill('input[name="name"]', "运营小王");
    await page.fill('input[name="password"]', "a-long-enough-password");
    await page.getByTestId("invite-form").locator('button[type="submit"]').click();
    await page.getByTestId("page-overview").waitFor();
    expect(page.url()).toBe(`${baseUrl}/`);
    const me = MeResponseSchema.parse(
      await (await page.context().request.get(`${baseUrl}/api/v1/me`)).json(),
    );
    expect(me.member).toMatchObject({
      email: "analyst@example.com",
      role: "analyst",
      canSeeCosts: false,
      name: "运营小王",
    });

    // The same link cannot be used twice.
    const again = await browser.browser.newPage();
    await again.goto(`${baseUrl}/invite${new URL(inviteUrl).hash}`);
    await again.getByTestId("invite-invalid").waitFor();
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await owner.close();
  });
});
