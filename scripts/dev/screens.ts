/**
 * `npx tsx scripts/dev/screens.ts [path…]`: starts wrangler dev on a fresh local D1 with the demo
 * workspace, logs in and screenshots dashboard pages into test-output/screens/ (for reviewing
 * layout by eye; the e2e suite takes its own). Build the dashboard first (npm run build -w dashboard).
 * SCREENS_VIEWPORTS="1920x1080,1280x720" takes those sizes instead of 1440/1280/820 wide × 900,
 * e.g. for the wall display (/big-screen); SCREENS_WAIT_MS waits that long before each shot
 * (animations settling).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../e2e/lib/browser.ts";
import { DEMO_OWNER, loadDemoWorkspace } from "../lib/demo-loader.ts";
import { freePort } from "../lib/free-port.ts";
import { ROOT } from "../lib/paths.ts";
import { applyLocalMigrations, startDevServer } from "../lib/wrangler-dev.ts";

const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ["/", "/platforms"];
const out = join(ROOT, "test-output", "screens");
const viewports = (process.env.SCREENS_VIEWPORTS ?? "1440x900,1280x900,820x900")
  .split(",")
  .map((size) => size.trim().split("x").map(Number))
  .map(([width = 0, height = 0]) => ({ width, height }))
  .filter(({ width, height }) => width > 0 && height > 0);
const waitMs = Number(process.env.SCREENS_WAIT_MS ?? 0) || 0;
mkdirSync(out, { recursive: true });
const persistTo = mkdtempSync(join(tmpdir(), "tongshu-screens-"));
await applyLocalMigrations(persistTo);
const server = await startDevServer({ port: await freePort(), persistTo });
try {
  await loadDemoWorkspace(server.url, { scale: 0.05 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  for (const { width, height } of viewports) {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
    await page.goto(server.url);
    await page.fill('input[name="email"]', DEMO_OWNER.email);
    await page.fill('input[name="password"]', DEMO_OWNER.password);
    await page.getByTestId("login-form").locator('button[type="submit"]').click();
    await page.getByTestId("page-overview").waitFor();
    for (const target of targets) {
      await page.goto(`${server.url}${target}`);
      await page.waitForLoadState("networkidle");
      if (waitMs > 0) await page.waitForTimeout(waitMs);
      const size = height === 900 ? `${width}` : `${width}x${height}`;
      const name = `${target.replace(/[^a-z0-9]+/gi, "_") || "root"}-${size}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(join(out, name));
    }
    await context.close();
  }
  await browser.close();
} finally {
  await server.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
