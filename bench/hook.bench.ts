import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, launchWithExtension } from "../e2e/lib/browser.ts";
import { waitForHookRegistration } from "../e2e/lib/extension-db.ts";
import { freePort } from "../scripts/lib/free-port.ts";
import { EXTENSION_DEV_BUILD } from "../scripts/lib/paths.ts";
import { applyLocalMigrations, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const RUNS = 60;
const WARMUP = 5;
const PAGE = "/sandbox/taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm";

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  Number.NaN;

/**
 * Main-thread time (CDP TaskDuration) for the page to fetch and read one 100-order asyncSold
 * response, plus whatever the hook and relay do with their copy, per response.
 */
async function mainThreadPerResponse(context: BrowserContext, page: Page): Promise<number[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  };
  const costs: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const before = await taskSeconds();
    await page.evaluate(async () => {
      const res = await fetch("asyncSold.htm?event_submit_do_query=1&_input_charset=utf8", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "action=itemlist/SoldQueryAction&pageNum=1&pageSize=100",
      });
      await res.text();
      // Let the hook's copy, the window message and the relay's validation run.
      await new Promise((r) => setTimeout(r, 30));
    });
    const cost = (await taskSeconds()) - before;
    if (i >= WARMUP) costs.push(cost * 1000);
  }
  return costs;
}

/** The page hook's main-thread cost per intercepted response, vs the same page without the extension. */
export async function benchHook(): Promise<BenchEntry[]> {
  const persistTo = mkdtempSync(join(tmpdir(), "tongshu-bench-hook-"));
  await applyLocalMigrations(persistTo);
  const server = await startDevServer({ port: await freePort(), persistTo });
  const plainBrowser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const hooked = await launchWithExtension(EXTENSION_DEV_BUILD);
  try {
    const [worker] = hooked.context.serviceWorkers();
    if (worker) await waitForHookRegistration(worker);
    const plainContext = await plainBrowser.newContext();
    const plainPage = await plainContext.newPage();
    const hookedPage = await hooked.context.newPage();
    await plainPage.goto(`${server.url}${PAGE}`);
    await hookedPage.goto(`${server.url}${PAGE}`);
    const base = await mainThreadPerResponse(plainContext, plainPage);
    const withHook = await mainThreadPerResponse(hooked.context, hookedPage);
    const note = `main-thread ms per 100-order response: hooked p50 ${percentile(withHook, 0.5).toFixed(2)} / p95 ${percentile(withHook, 0.95).toFixed(2)}, plain p50 ${percentile(base, 0.5).toFixed(2)} / p95 ${percentile(base, 0.95).toFixed(2)} (${RUNS} responses each).`;
    return [
      entry({
        name: "capture: hook main-thread cost, p50",
        metric: "ms/response",
        value: percentile(withHook, 0.5),
        baselineName: "same page, no extension",
        baseline: percentile(base, 0.5),
        notes: note,
      }),
      entry({
        name: "capture: hook main-thread cost, p95",
        metric: "ms/response",
        value: percentile(withHook, 0.95),
        baselineName: "same page, no extension",
        baseline: percentile(base, 0.95),
      }),
    ];
  } finally {
    await hooked.close();
    await plainBrowser.close();
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}
