import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { launchWithExtension } from "../e2e/lib/browser.ts";
import { waitForHookRegistration } from "../e2e/lib/extension-db.ts";
import { freePort } from "../scripts/lib/free-port.ts";
import { EXTENSION_DEV_BUILD } from "../scripts/lib/paths.ts";
import { applyLocalMigrations, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const RUNS = 5;
const ROWS = 100;
/** The sandbox Taobao product list: rows carry their item ids, as the real list does. */
const PAGE = "/sandbox/taobao/item.publish.taobao.com/taobao/manager/render.htm?shop=2212978279481";
/** Long enough for the overlay's debounced observer (300 ms) and its service-worker round trip. */
const SETTLE_MS = 1500;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function taskMs(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  };
}

/** The service worker's own storage API (this file is not compiled with the extension's types). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const setOverlay = (worker: Worker, enabled: boolean) =>
  worker.evaluate(
    (on) => chrome.storage.local.set({ overlay: { enabled: on, platforms: {} } }),
    enabled,
  );

/** The page grows its list to ROWS rows (copies of its own rows), as paging to 100 per page does. */
const growList = (page: Page) =>
  page.evaluate((rows) => {
    const body = document.getElementById("rows");
    const first = body ? Array.from(body.children) : [];
    for (let i = 0; body && body.children.length < rows; i++) {
      const row = first[i % first.length];
      if (row) body.appendChild(row.cloneNode(true));
    }
  }, ROWS);

/** The page re-renders its list: every row replaced by a fresh copy (a sort, a refresh). */
const rerenderList = (page: Page) =>
  page.evaluate(() => {
    const body = document.getElementById("rows");
    if (!body) return;
    const copies = Array.from(body.children, (row) => row.cloneNode(true));
    body.replaceChildren(...copies);
  });

async function measure(page: Page, read: () => Promise<number>, act: () => Promise<unknown>) {
  const before = await read();
  await act();
  await page.waitForTimeout(SETTLE_MS);
  return (await read()) - before;
}

/**
 * The overlay's main-thread cost on a 100-row product list (CDP TaskDuration over the settle
 * time): mounting its badges, and following a re-render of the list, each against the same page
 * doing the same with the overlay switched off.
 */
export async function benchOverlay(): Promise<BenchEntry[]> {
  const persistTo = mkdtempSync(join(tmpdir(), "tongshu-bench-overlay-"));
  await applyLocalMigrations(persistTo);
  const server = await startDevServer({ port: await freePort(), persistTo });
  const session = await launchWithExtension(EXTENSION_DEV_BUILD);
  try {
    const [worker] = session.context.serviceWorkers();
    if (!worker) throw new Error("no service worker");
    await waitForHookRegistration(worker);
    const page = await session.context.newPage();
    // One visit captures the page's items into the local store: the overlay knows them after.
    await page.goto(`${server.url}${PAGE}`);
    await page.getByTestId("overlay-product").first().waitFor({ timeout: 30_000 });
    const mount: number[] = [];
    const grow: number[] = [];
    const update: number[] = [];
    const rerender: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await setOverlay(worker, false);
      await page.reload();
      await page.locator("[data-item-id]").first().waitFor();
      const read = await taskMs(session.context, page);
      grow.push(await measure(page, read, () => growList(page)));
      rerender.push(await measure(page, read, () => rerenderList(page)));
      mount.push(
        await measure(page, read, async () => {
          await setOverlay(worker, true);
          // Mounted when the badge count is non-zero and has stopped changing for 500 ms.
          await page.waitForFunction(
            () => {
              const w = window as unknown as { lastCount?: number; stableSince?: number };
              // Badges live in the overlay's (open) shadow roots.
              let count = 0;
              for (const el of Array.from(document.querySelectorAll("*")))
                count +=
                  el.shadowRoot?.querySelectorAll("[data-testid=overlay-product]").length ?? 0;
              if (count !== w.lastCount) {
                w.lastCount = count;
                w.stableSince = Date.now();
              }
              return count > 0 && Date.now() - (w.stableSince ?? Date.now()) >= 500;
            },
            undefined,
            { timeout: 30_000, polling: 250 },
          );
        }),
      );
      update.push(await measure(page, read, () => rerenderList(page)));
    }
    const badges = await page.getByTestId("overlay-product").count();
    const note = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
    return [
      entry({
        name: "overlay: mount badges on a 100-row list",
        metric: "main-thread ms",
        value: median(mount),
        baselineName: "the page adding 100 rows, no overlay",
        baseline: median(grow),
        notes: `median of ${RUNS}; ${badges} badges on ${ROWS} rows; overlay ${note(mount)} ms, page ${note(grow)} ms`,
      }),
      entry({
        name: "overlay: follow a re-render of 100 rows",
        metric: "main-thread ms",
        value: median(update),
        baselineName: "the same re-render, no overlay",
        baseline: median(rerender),
        notes: `median of ${RUNS}; with overlay ${note(update)} ms, without ${note(rerender)} ms`,
      }),
    ];
  } finally {
    await session.close();
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}
