import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDays,
  type QualityCheckId,
  type QualityFindingOf,
  type QualityReport,
  QualityReportSchema,
  type RecordKind,
} from "@tongshu/shared";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_OWNER } from "../scripts/lib/demo-loader.ts";
import { login, prepareImport, sendImport } from "../scripts/lib/import-client.ts";
import { ROOT } from "../scripts/lib/paths.ts";
import {
  CONFLICT_FEN,
  demoSampleExports,
  type SampleExport,
  writeSampleExports,
} from "../scripts/lib/sample-exports.ts";
import { backfillWindow, isHeldBack, orderDay } from "../worker/src/demo/backfill.ts";
import { createDemoWorkspace } from "../worker/src/demo/index.ts";
import { DEMO_SEED } from "../worker/src/sandbox/demo-cache.ts";
import { collectErrors, launchBrowser, screenshotPath } from "./lib/browser.ts";

const baseUrl = inject("baseUrl");
// The demo exactly as e2e/setup/global-setup.ts loaded it.
const demo = createDemoWorkspace({
  seed: DEMO_SEED,
  today: "2026-11-20",
  nowHour: 14,
  scale: 0.02,
});
const window = backfillWindow(demo);
if (!window) throw new Error("the demo has no backfill window");
const shop = `${window.platform}:${window.shopId}`;

/** Paid orders the demo held back, per day: what the 千牛 export must bring. */
function heldBackPaidDays(): Map<string, number> {
  const days = new Map<string, number>();
  for (const chunk of demo.records())
    for (const record of chunk)
      if (record.kind === "order" && isHeldBack(record, window) && record.paidAt !== null)
        days.set(orderDay(record), (days.get(orderDay(record)) ?? 0) + 1);
  return days;
}

function missingDays(report: QualityReport, kind: RecordKind): Set<string> {
  const days = new Set<string>();
  const freshness = report.freshness.find((s) => `${s.platform}:${s.shopId}` === shop);
  for (const gap of freshness?.kinds.find((k) => k.kind === kind)?.gaps ?? [])
    for (let day = gap.from; day <= gap.to; day = addDays(day, 1)) days.add(day);
  return days;
}

function findingsOf<C extends QualityCheckId>(report: QualityReport, check: C) {
  const findings = report.checks.find((c) => c.check === check)?.findings ?? [];
  return findings.filter((f): f is QualityFindingOf<C> => f.check === check);
}

// Strings the sample exports put in buyer columns (shared/src/imports/samples/fake-buyers.ts).
const BUYER_TRACES = [
  /1[38]{2}\*{4}\d{4}/,
  /文三路/,
  /tb_(张三|李四|王五|赵六|孙七|周八)/,
  /尽快发货|不要放快递柜/,
];

/**
 * The issue's "done when": the demo imports sample exports generated here in the platforms'
 * real layouts, and the 数据质量 page shows real findings, before and after.
 */
describe("importing platform exports into the demo, and data quality", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let samples: SampleExport[];
  let files: string[];
  const sentBodies: string[] = [];
  const range = `from=${addDays(window.from, -3)}&to=${addDays(window.to, 3)}&shop=${shop}`;

  const quality = async () => {
    const res = await context.request.get(`${baseUrl}/api/v1/quality?${range}`);
    expect(res.status()).toBe(200);
    return QualityReportSchema.parse(await res.json());
  };
  const fileOf = (format: SampleExport["format"]) => {
    const index = samples.findIndex((s) => s.format === format);
    const sample = samples[index];
    const file = files[index];
    if (!sample || !file) throw new Error(`no ${format} sample`);
    return { sample, file };
  };
  const drop = async (name: string, buffer: Buffer) => {
    await page.goto(`${baseUrl}/imports`);
    await page.getByTestId("import-file-input").setInputFiles({ name, mimeType: "", buffer });
    await page.getByTestId("import-preview").waitFor();
  };
  const chooseShopAndCheck = async (platform: string, shopId: string) => {
    await page.getByTestId("import-shop").waitFor();
    const platformChoice = page.getByTestId(`import-platform-${platform}`);
    if (await platformChoice.count()) await platformChoice.check();
    await page.getByTestId("import-shop-select").selectOption(shopId);
    await page.getByTestId("import-check-button").click();
    await page.getByTestId("import-check").waitFor();
  };

  beforeAll(async () => {
    samples = await demoSampleExports(demo);
    files = writeSampleExports(mkdtempSync(join(tmpdir(), "tongshu-exports-")), samples, demo.now);
    browser = await launchBrowser();
    context = browser.context;
    const res = await context.request.post(`${baseUrl}/api/v1/sessions`, { data: DEMO_OWNER });
    expect(res.status()).toBe(200);
    page = await context.newPage();
    errors = collectErrors(page, []);
    page.on("request", (request) => {
      const body = request.postData();
      if (body && request.url().includes("/api/")) sentBodies.push(body);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the never-captured days before the import: gaps and day totals below 生意参谋's", async () => {
    const report = await quality();
    const held = heldBackPaidDays();
    expect(held.size).toBeGreaterThan(3);
    const missing = missingDays(report, "order");
    for (const day of held.keys()) expect(missing.has(day), day).toBe(true);
    const mismatched = findingsOf(report, "day_total_mismatch").filter(
      (f) => f.shopId === window.shopId && f.tier === "blocking",
    );
    const mismatchDays = new Set(mismatched.map((f) => f.date));
    for (const day of held.keys()) expect(mismatchDays.has(day), day).toBe(true);
    for (const finding of mismatched) expect(finding.ordersFen).toBeLessThan(finding.platformFen);
    expect(report.totals.blocking).toBeGreaterThanOrEqual(held.size);

    await page.goto(`${baseUrl}/quality?${range}`);
    await page.getByTestId("page-quality").waitFor();
    await expect
      .poll(() => page.getByText(window.from.slice(5)).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("quality-before-import"), fullPage: true });
  });

  it("imports the 千牛 export in the dashboard: preview, shop, check, progress, done", async () => {
    const { sample, file } = fileOf("taobao-orders");
    await drop(sample.fileName, readFileSync(file));
    expect(await page.getByTestId("import-format").getAttribute("data-format")).toBe(
      "taobao-orders",
    );
    // The buyer columns were dropped in the browser, and the preview says so.
    expect(await page.getByTestId("import-dropped").textContent()).toContain("联系方式备注");
    expect(await page.getByTestId("import-sample").textContent()).not.toContain("文三路");
    await page.screenshot({ path: screenshotPath("import-preview"), fullPage: true });
    await chooseShopAndCheck(window.platform, window.shopId);
    expect(await page.getByTestId("import-issues").count()).toBe(0);
    await page.getByTestId("import-start").click();
    await page.getByTestId("import-done").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath("import-done"), fullPage: true });
    const written = Number(
      (await page.getByTestId("import-stat-written").textContent())?.replace(/\D/g, ""),
    );
    const held = [...heldBackPaidDays().values()].reduce((a, b) => a + b, 0);
    expect(written).toBeGreaterThanOrEqual(held);
    // Nothing the page sent carries a buyer's name, phone, nick, street or note.
    for (const body of sentBodies)
      for (const trace of BUYER_TRACES) expect(body).not.toMatch(trace);
  });

  it("after the import the gap is filled, the day totals agree, and the planted conflict is listed", async () => {
    const report = await quality();
    const held = heldBackPaidDays();
    const missing = missingDays(report, "order");
    for (const day of held.keys()) expect(missing.has(day), day).toBe(false);
    const stillOff = findingsOf(report, "day_total_mismatch").filter(
      (f) =>
        f.shopId === window.shopId && f.date !== null && held.has(f.date) && f.tier === "blocking",
    );
    expect(stillOff).toEqual([]);
    const conflicts = findingsOf(report, "key_conflict").filter((f) => f.shopId === window.shopId);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.tier).toBe("blocking");
    expect(Math.abs((conflict?.storedFen ?? 0) - (conflict?.otherFen ?? 0))).toBe(CONFLICT_FEN);
    expect(conflict?.storedSource).toMatch(/^import\//);

    await page.goto(`${baseUrl}/quality?${range}`);
    await page.getByTestId("page-quality").waitFor();
    await page
      .getByText(conflict?.orderId ?? "-")
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath("quality-after-import"), fullPage: true });
  });

  it("re-importing the same file changes nothing (every batch a duplicate)", async () => {
    const { sample, file } = fileOf("taobao-orders");
    const before = await quality();
    const session = await login(baseUrl, DEMO_OWNER.email, DEMO_OWNER.password);
    const prepared = await prepareImport(
      readFileSync(file),
      sample.fileName,
      { platform: sample.platform, shopId: sample.shopId },
      demo.now,
    );
    const { entry } = await sendImport(session, prepared, sample.shopName);
    expect(entry.batches).toBeGreaterThan(0);
    expect(entry.duplicateBatches).toBe(entry.batches);
    expect(entry.written).toBe(0);
    const after = await quality();
    expect(after.totals).toEqual(before.totals);
  });

  it("imports an xlsx daily report (生意参谋, header on row 6) through the page", async () => {
    const { sample, file } = fileOf("sycm-shop-daily");
    await drop(sample.fileName, readFileSync(file));
    expect(await page.getByTestId("import-format").getAttribute("data-format")).toBe(
      "sycm-shop-daily",
    );
    expect(await page.getByTestId("import-layout").textContent()).toContain("6");
    await chooseShopAndCheck(sample.platform, sample.shopId);
    await page.getByTestId("import-start").click();
    await page.getByTestId("import-done").waitFor({ timeout: 60_000 });
    expect(
      Number((await page.getByTestId("import-stat-rejected").textContent())?.replace(/\D/g, "")),
    ).toBe(0);
  });

  it("a file with bad rows names row, column and why, and sends nothing unless asked", async () => {
    const { sample, file } = fileOf("jd-orders");
    const lines = readFileSync(file, "latin1").split("\r\n");
    // Break one amount cell on the third data row, keeping the GBK bytes of everything else.
    lines[3] = (lines[3] ?? "").replace(/,(\d+\.\d{2}),/, ",12.3.4,");
    const broken = Buffer.from(lines.join("\r\n"), "latin1");
    const imports = async () =>
      (
        (await (await context.request.get(`${baseUrl}/api/v1/imports`)).json()) as {
          imports: unknown[];
        }
      ).imports.length;
    const before = await imports();
    await drop(`broken-${sample.fileName}`, broken);
    await chooseShopAndCheck(sample.platform, sample.shopId);
    const issues = page.getByTestId("import-issues");
    await issues.waitFor();
    const issueText = (await issues.textContent()) ?? "";
    expect(issueText).toContain("4");
    expect(issueText).toContain("12.3.4");
    await page.screenshot({ path: screenshotPath("import-issues"), fullPage: true });
    await page.getByTestId("import-cancel-check").click();
    expect(await imports()).toBe(before);
  });

  it("npm run import: refuses a bad file with row, column and why, then imports its valid rows when asked", async () => {
    const { sample, file } = fileOf("pdd-orders");
    const lines = readFileSync(file, "utf8").split("\r\n");
    // The second data row (file row 3) gets an amount no platform writes.
    lines[2] = (lines[2] ?? "").replace(/,(\d+\.\d{2}),/, ",1.2.3,");
    const broken = join(mkdtempSync(join(tmpdir(), "tongshu-cli-")), "拼多多-订单导出-broken.csv");
    writeFileSync(broken, lines.join("\r\n"));
    const cli = (...args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        execFile(
          join(ROOT, "node_modules", ".bin", "tsx"),
          [
            join(ROOT, "scripts", "import.ts"),
            broken,
            "--shop",
            `${sample.platform}:${sample.shopId}`,
            "--url",
            baseUrl,
            ...args,
          ],
          { cwd: ROOT },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
        );
      });
    const refused = await cli();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("拼多多 订单导出");
    expect(refused.out).toMatch(/row 3, column [^:]+: .*1\.2\.3/);
    expect(refused.out).toContain("Nothing was imported");
    const imported = await cli("--valid-rows");
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(
      /Imported into pdd:\S+: \d+ accepted, \d+ written, \d+ unchanged, 0 rejected/,
    );
    for (const trace of BUYER_TRACES) expect(imported.out).not.toMatch(trace);
  });

  it("raised no console errors", () => {
    expect(errors).toEqual([]);
  });
});
