import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/lib/browser.ts";
import { DEMO_OWNER, loadDemoWorkspace } from "../scripts/lib/demo-loader.ts";
import { freePort } from "../scripts/lib/free-port.ts";
import { ROOT } from "../scripts/lib/paths.ts";
import { applyLocalMigrations, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const RUNS = 7;
const DASHBOARD_DIST = join(ROOT, "dashboard", "dist");

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Gzipped bytes of the JS a first visit loads: the entry script and its modulepreloads. */
function initialJsGzip(dist: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1] ?? "");
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files };
}

/**
 * The baseline bundle: React 19 and react-dom rendering one element, built by the same Vite in
 * the same run. The dashboard's ratio to it is what the app adds on top of React itself.
 */
async function reactBaselineGzip(): Promise<number> {
  // Inside the repo's node_modules so `react` resolves to the dashboard's own copy.
  const dir = join(ROOT, "node_modules", ".cache", "tongshu-bench-react");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>',
  );
  writeFileSync(
    join(dir, "main.js"),
    'import { createElement } from "react";\nimport { createRoot } from "react-dom/client";\n' +
      'createRoot(document.getElementById("root")).render(createElement("p", null, "hello"));\n',
  );
  await build({ root: dir, logLevel: "silent", build: { outDir: "dist", emptyOutDir: true } });
  const { bytes } = initialJsGzip(join(dir, "dist"));
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

/**
 * The dashboard's initial JS (gzip) vs a bare React bundle, and the time from navigation to the
 * first KPI card on the demo workspace vs the overview API's own response time in the same
 * browser (so the ratio is what loading and rendering the app adds to the data's latency).
 */
export async function benchDashboard(scale: number): Promise<BenchEntry[]> {
  await build({ root: join(ROOT, "dashboard"), logLevel: "silent" });
  const dashboard = initialJsGzip(DASHBOARD_DIST);
  const react = await reactBaselineGzip();
  const entries: BenchEntry[] = [
    entry({
      name: "dashboard initial JS",
      metric: "KiB gzip",
      value: dashboard.bytes / 1024,
      baselineName: "React + react-dom alone",
      baseline: react / 1024,
      notes: `${dashboard.files.length} files loaded before the first render: ${dashboard.files.join(", ")}`,
    }),
  ];

  const persistTo = mkdtempSync(join(tmpdir(), "tongshu-bench-dashboard-"));
  await applyLocalMigrations(persistTo);
  const server = await startDevServer({ port: await freePort(), persistTo });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const demo = await loadDemoWorkspace(server.url, { scale });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const login = await context.request.post(`${server.url}/api/v1/sessions`, {
      data: { email: DEMO_OWNER.email, password: DEMO_OWNER.password },
    });
    if (!login.ok()) throw new Error(`demo login failed: ${login.status()}`);
    // Stamps the moment the first KPI value is in the DOM, from inside the page (no polling lag).
    // A string, not a function: tsx would wrap a function's inner names in its own helpers.
    await context.addInitScript(`
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="kpi-paidFen"] .kpi-card__value')) return;
        window.firstKpiAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    const firstKpi: number[] = [];
    const api: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      // A new page each time, with the HTTP cache off, as a first visit.
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(`${server.url}/`, { waitUntil: "commit" });
      const stamped = await page.waitForFunction(
        () => (window as unknown as { firstKpiAt?: number }).firstKpiAt,
      );
      const rendered = (await stamped.jsonValue()) as number;
      const apiMillis = await page.evaluate(async () => {
        const start = performance.now();
        const res = await fetch("/api/v1/reports/overview?preset=last7", { cache: "no-store" });
        await res.json();
        return performance.now() - start;
      });
      await page.close();
      if (run === 0) continue; // warm-up: workerd compiles the Worker on first use
      firstKpi.push(rendered);
      api.push(apiMillis);
    }
    await context.close();
    entries.push(
      entry({
        name: "dashboard first KPI",
        metric: "ms (median)",
        value: median(firstKpi),
        baselineName: "overview API response",
        baseline: median(api),
        notes: `${RUNS} cold page loads of 总览 (近7天) on the demo workspace (scale ${scale}, ${demo.records.toLocaleString("en-US")} records), from navigation start to the first KPI value.`,
      }),
    );
    return entries;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}
