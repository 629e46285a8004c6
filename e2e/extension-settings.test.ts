import { readFileSync } from "node:fs";
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXTENSION_DEV_BUILD } from "../scripts/lib/paths.ts";
import { collectErrors, launchWithExtension, screenshotPath } from "./lib/browser.ts";
import { readExtensionDb, waitForHookRegistration } from "./lib/extension-db.ts";

const baseUrl = inject("baseUrl");
const PDD_ORDERS = "pdd/mms.pinduoduo.com/orders/list?shop=879846125";
const PDD_GOODS = "pdd/mms.pinduoduo.com/goods/goods_list?shop=573531501";

// Evaluated inside the service worker, where `chrome` exists; Node's types do not know it.
type ChromeGlobal = {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
};

function storedSetting(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(
    async (name: string) =>
      (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(name))[name],
    key,
  );
}

/** Adds a failed capture to the log as an older version might have kept it: unredacted. */
function logRawFailure(worker: Worker): Promise<void> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("tongshu");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction("captureLog", "readwrite");
      tx.objectStore("captureLog").add({
        at: Date.now(),
        url: "https://mms.pinduoduo.com/mangkhut/mms/recentOrderList?receiver_name=%E5%BC%A0%E4%B8%89",
        parser: "pdd/recent-orders@1",
        shop: "pdd|879846125",
        outcome: "failed",
        code: "malformed",
        message: 'pageItems.0.order_sn: expected an id, got "张三 13800138000"',
        records: 0,
        written: 0,
        envelope: {
          url: "https://mms.pinduoduo.com/mangkhut/mms/recentOrderList",
          method: "POST",
          requestBody: '{"pageNumber":1}',
          status: 200,
          responseBody:
            '{"result":{"pageItems":[{"order_sn":null,"receive_name":"张三","mobile":"13800138000"}]}}',
          capturedAt: Date.now(),
          shop: { platform: "pdd", shopId: "879846125", shopName: "禾屿官方旗舰店" },
        },
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

describe("capture settings, the popup's per-shop view and local data", () => {
  let session: Awaited<ReturnType<typeof launchWithExtension>>;
  let worker: Worker;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await launchWithExtension(EXTENSION_DEV_BUILD);
    const [first] = session.context.serviceWorkers();
    if (!first) throw new Error("no service worker");
    worker = first;
    await waitForHookRegistration(worker);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openExtensionPage(name: "popup" | "options"): Promise<Page> {
    const page = await session.context.newPage();
    errors.push(...collectErrors(page));
    await page.goto(`chrome-extension://${session.extensionId}/${name}.html`);
    return page;
  }

  async function visit(path: string, rows: string): Promise<void> {
    const tab = await session.context.newPage();
    errors.push(...collectErrors(tab));
    await tab.goto(`${baseUrl}/sandbox/${path}`);
    await tab.locator(rows).first().waitFor({ timeout: 15_000 });
    await tab.close();
  }

  const snapshot = () => readExtensionDb(worker, ["orders", "skus", "outbox", "captureLog"]);

  it("stores no SKUs while 商品与库存 is switched off in the options, and stores them again once on", async () => {
    const options = await openExtensionPage("options");
    await options.getByTestId("capture-kind-sku").uncheck();
    await expect
      .poll(() => storedSetting(worker, "capture"))
      .toMatchObject({ kinds: { sku: false, order: true } });

    await visit(PDD_GOODS, "[data-goods-id]");
    await visit(PDD_ORDERS, "[data-order-sn]");
    await expect
      .poll(async () => (await snapshot()).counts.orders, { timeout: 15_000 })
      .toBeGreaterThan(0);
    // The goods list came first; give any straggler a moment, then: nothing of it was kept.
    await new Promise((r) => setTimeout(r, 1000));
    const off = await snapshot();
    expect(off.counts.skus).toBe(0);
    expect(off.counts.outbox).toBe(off.counts.orders);
    expect(
      (off.records.captureLog ?? []).map((e) => (e as unknown as { url: string }).url),
    ).not.toContainEqual(expect.stringContaining("goodsList"));

    await options.reload();
    expect(await options.getByTestId("capture-kind-sku").isChecked()).toBe(false);
    await options.getByTestId("capture-kind-sku").check();
    await expect
      .poll(() => storedSetting(worker, "capture"))
      .toMatchObject({ kinds: { sku: true } });
    await visit(PDD_GOODS, "[data-goods-id]");
    await expect
      .poll(async () => (await snapshot()).counts.skus, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await options.close();
  });

  it("keeps the in-page hint switches across a reload", async () => {
    const options = await openExtensionPage("options");
    await options.getByTestId("overlay-platform-jd").uncheck();
    await expect
      .poll(() => storedSetting(worker, "overlay"))
      .toEqual({ enabled: true, platforms: { taobao: true, jd: false, pdd: true } });
    await options.reload();
    expect(await options.getByTestId("overlay-platform-jd").isChecked()).toBe(false);
    expect(await options.getByTestId("overlay-platform-pdd").isChecked()).toBe(true);
    await options.close();
  });

  it("shows per-shop counts of this session in the popup, and exports failures redacted", async () => {
    await logRawFailure(worker);
    const db = await snapshot();
    const orders = (db.records.orders ?? []).filter((r) => r.record.shopId === "879846125").length;
    const skus = (db.records.skus ?? []).filter((r) => r.record.shopId === "573531501").length;
    expect(orders).toBeGreaterThan(0);

    const popup = await openExtensionPage("popup");
    await popup.setViewportSize({ width: 360, height: 800 });
    const flagship = popup.getByTestId("shop-pdd-879846125");
    await flagship.waitFor();
    expect(await flagship.textContent()).toContain("禾屿官方旗舰店");
    const orderRow = flagship.getByTestId("shop-count-order");
    expect(await orderRow.getAttribute("data-session")).toBe(String(orders));
    expect(await orderRow.getAttribute("data-total")).toBe(String(orders));
    expect(await flagship.getByTestId("shop-failures").textContent()).toContain("1 次采集未能识别");
    const snack = popup.getByTestId("shop-pdd-573531501").getByTestId("shop-count-sku");
    expect(await snack.getAttribute("data-session")).toBe(String(skus));
    await popup.screenshot({ path: screenshotPath("extension-popup-shops"), fullPage: true });

    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByTestId("export-failures").click(),
    ]);
    const text = readFileSync(await download.path(), "utf8");
    expect(JSON.parse(text)).toMatchObject({ format: "tongshu-failed-captures", count: 1 });
    for (const value of ["张三", "13800138000", "%E5%BC%A0"]) expect(text).not.toContain(value);
    await popup.close();
  });

  it("exports local data without buyer keys, and clears it after naming what goes", async () => {
    const before = await snapshot();
    const options = await openExtensionPage("options");
    await options.getByTestId("local-count-orders").waitFor();
    expect(await options.getByTestId("local-count-orders").getAttribute("data-count")).toBe(
      String(before.counts.orders),
    );
    const [download] = await Promise.all([
      options.waitForEvent("download"),
      options.getByTestId("export-local-data").click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      counts: Record<string, number>;
      tables: Record<string, Array<{ record?: Record<string, unknown> }>>;
    };
    expect(file.counts.orders).toBe(before.counts.orders);
    expect(file.counts.skus).toBe(before.counts.skus);
    expect(file.tables.orders?.some((row) => row.record && "buyerKey" in row.record)).toBe(false);
    await options.screenshot({
      path: screenshotPath("extension-options-settings"),
      fullPage: true,
    });

    await options.getByTestId("clear-local-data").click();
    const confirm = options.getByTestId("clear-confirm");
    expect(await confirm.textContent()).toContain(`订单：${before.counts.orders} 条`);
    await options.screenshot({
      path: screenshotPath("extension-options-clear-confirm"),
      fullPage: true,
    });
    await options.getByTestId("clear-confirm-button").click();
    await expect
      .poll(() => options.getByTestId("local-data-result").textContent())
      .toContain("已删除");
    const after = await snapshot();
    expect([after.counts.orders, after.counts.skus, after.counts.outbox]).toEqual([0, 0, 0]);
    // Settings survive: the switch turned off earlier is still off.
    expect(await storedSetting(worker, "overlay")).toMatchObject({ platforms: { jd: false } });
    await options.close();
  });

  it("left the pages without errors", () => {
    expect(errors).toEqual([]);
  });
});
