import { parseYuanToFen } from "@tongshu/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXTENSION_DEV_BUILD } from "../scripts/lib/paths.ts";
import { collectErrors, launchWithExtension, screenshotPath } from "./lib/browser.ts";
import { readExtensionDb, waitForHookRegistration } from "./lib/extension-db.ts";

const baseUrl = inject("baseUrl");
const STORES = [
  "orders",
  "skus",
  "traffic",
  "ads",
  "refunds",
  "settlements",
  "outbox",
  "captureLog",
  "shops",
];

// The sandbox back offices serve the demo shops from the real endpoint paths and shapes.
const PAGES = [
  {
    name: "taobao-sold",
    path: "taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm?shop=2212978279481",
    rows: "[data-order-id]",
  },
  {
    name: "tmall-sold",
    path: "taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm?shop=2219735536",
    rows: "[data-order-id]",
  },
  {
    name: "taobao-items",
    path: "taobao/item.publish.taobao.com/taobao/manager/render.htm?shop=2212978279481",
    rows: "[data-item-id]",
  },
  {
    name: "taobao-sycm",
    path: "taobao/sycm.taobao.com/portal/home.htm?shop=2212978279481",
    rows: "[data-metric]",
  },
  {
    name: "jd-orders",
    path: "jd/porder.shop.jd.com/order/orderlist/allOrders",
    rows: "[data-order-id]",
  },
  {
    name: "jd-wares",
    path: "jd/shop.jd.com/jdm/ware/manage/list/OnsaleWare",
    rows: "[data-sku-id]",
  },
  { name: "jd-sz", path: "jd/jdsz.jd.com/sz/trade/overview", rows: "#rows tr" },
  {
    name: "pdd-orders",
    path: "pdd/mms.pinduoduo.com/orders/list?shop=879846125",
    rows: "[data-order-sn]",
  },
  {
    name: "pdd-goods",
    path: "pdd/mms.pinduoduo.com/goods/goods_list?shop=573531501",
    rows: "[data-goods-id]",
  },
  {
    name: "pdd-data",
    path: "pdd/mms.pinduoduo.com/sycm/stores_data?shop=879846125",
    rows: "tr[data-date]",
  },
];

describe("capture from the sandbox back offices in Chromium", () => {
  let session: Awaited<ReturnType<typeof launchWithExtension>>;
  const errors: string[] = [];
  const visibleOrderIds: Record<string, string[]> = {};
  let taobaoAmounts: Array<[string, string, string]> = [];

  beforeAll(async () => {
    session = await launchWithExtension(EXTENSION_DEV_BUILD);
    const [worker] = session.context.serviceWorkers();
    if (!worker) throw new Error("no service worker");
    await waitForHookRegistration(worker);
    for (const page of PAGES) {
      const tab: Page = await session.context.newPage();
      errors.push(...collectErrors(tab));
      await tab.goto(`${baseUrl}/sandbox/${page.path}`);
      await tab.locator(page.rows).first().waitFor({ timeout: 15_000 });
      visibleOrderIds[page.name] = await tab
        .locator("[data-order-id], [data-order-sn]")
        .evaluateAll((rows) =>
          rows.map((r) => r.getAttribute("data-order-id") ?? r.getAttribute("data-order-sn") ?? ""),
        );
      if (page.name === "taobao-sold") {
        taobaoAmounts = await tab
          .locator("[data-order-id]")
          .evaluateAll((rows) =>
            rows.map(
              (r) =>
                [
                  r.getAttribute("data-order-id") ?? "",
                  r.querySelector("td:nth-child(3)")?.textContent ?? "",
                  r.querySelector("td:last-child")?.textContent ?? "",
                ] as [string, string, string],
            ),
          );
        // The page's own pager still works with the hook in place: page 2 loads and is captured too.
        await tab.getByText("下一页").click();
        await tab.getByText("第 2 /").waitFor();
        visibleOrderIds["taobao-sold-2"] = await tab
          .locator("[data-order-id]")
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-order-id") ?? ""));
      }
      await tab.screenshot({ path: screenshotPath(`sandbox-${page.name}`), fullPage: true });
      await tab.close();
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  async function snapshot() {
    const [worker] = session.context.serviceWorkers();
    if (!worker) throw new Error("no service worker");
    return readExtensionDb(worker, STORES);
  }

  it("stores the orders each list page showed, ids digit for digit", async () => {
    await expect
      .poll(async () => (await snapshot()).counts.orders, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const db = await snapshot();
    const stored = new Set(
      db.records.orders?.map((r) => `${r.record.platform}|${r.record.orderId}`),
    );
    const expectShown = (name: string, platforms: string[]) => {
      const shown = visibleOrderIds[name] ?? [];
      expect(shown.length, `${name} showed no orders`).toBeGreaterThan(0);
      for (const id of shown)
        expect(
          platforms.some((p) => stored.has(`${p}|${id}`)),
          `${name} order ${id}`,
        ).toBe(true);
    };
    expectShown("taobao-sold", ["taobao"]);
    expectShown("taobao-sold-2", ["taobao"]);
    expectShown("tmall-sold", ["tmall"]);
    expectShown("jd-orders", ["jd"]);
    expectShown("pdd-orders", ["pdd"]);
    // Taobao order ids are 18–19 digits: they must not have gone through a JS number.
    const taobaoIds = (db.records.orders ?? [])
      .filter((r) => r.record.platform === "taobao")
      .map((r) => String(r.record.orderId));
    expect(taobaoIds.every((id) => /^\d{18,19}$/.test(id))).toBe(true);
  });

  it("stores exactly the two pages of Taobao orders seen, with the amounts the page showed", async () => {
    const db = await snapshot();
    const taobao = (db.records.orders ?? []).filter((r) => r.record.platform === "taobao");
    expect(taobao.length).toBe(30);
    const paid = new Map(taobao.map((r) => [String(r.record.orderId), r.record.paidFen]));
    expect(taobaoAmounts.length).toBe(15);
    // The page shows the amount due even before payment; the record says 0 paid until the buyer pays.
    for (const [id, status, yuan] of taobaoAmounts)
      expect(paid.get(id), id).toBe(status === "等待买家付款" ? 0 : parseYuanToFen(yuan));
    expect(taobaoAmounts.filter(([, status]) => status !== "等待买家付款").length).toBeGreaterThan(
      5,
    );
  });

  it("stores SKUs with stock and traffic from the data pages, per shop", async () => {
    const db = await snapshot();
    const skuShops = new Set(
      db.records.skus?.map((r) => `${r.record.platform}|${r.record.shopId}`),
    );
    expect(skuShops).toEqual(new Set(["taobao|2212978279481", "jd|11258196", "pdd|573531501"]));
    expect(
      db.records.skus?.every((r) => r.record.stock === null || Number.isInteger(r.record.stock)),
    ).toBe(true);
    const trafficShops = new Set(
      db.records.traffic?.map((r) => `${r.record.platform}|${r.record.shopId}`),
    );
    for (const shop of ["taobao|2212978279481", "jd|11258196", "pdd|879846125"])
      expect(trafficShops.has(shop), shop).toBe(true);
    expect(db.counts.shops).toBeGreaterThanOrEqual(5);
  });

  it("queues every stored record for sync and logs no failed capture", async () => {
    const db = await snapshot();
    const recordCount = ["orders", "skus", "traffic", "ads", "refunds", "settlements"].reduce(
      (sum, s) => sum + (db.counts[s] ?? 0),
      0,
    );
    expect(db.counts.outbox).toBe(recordCount);
    const failed = (db.records.captureLog ?? []).filter(
      (e) => (e as unknown as { outcome: string }).outcome === "failed",
    );
    expect(
      failed.map(
        (e) =>
          `${(e as unknown as { url: string }).url}: ${(e as unknown as { message: string }).message}`,
      ),
    ).toEqual([]);
  });

  it("shows what was captured in the popup", async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.getByTestId("stored-records").waitFor();
    expect(await page.getByTestId("stored-records").textContent()).toMatch(
      /本机已保存 [\d,]+ 条记录/,
    );
    await page.screenshot({ path: screenshotPath("extension-popup-after-capture") });
    await page.close();
  });

  it("attributes captures to the shop the page shows after switching shops in one tab", async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${baseUrl}/sandbox/pdd/mms.pinduoduo.com/orders/list?shop=879846125`);
    await tab.locator("[data-order-sn]").first().waitFor();
    await tab.locator('a[href="?shop=573531501"]').first().click();
    await tab.waitForURL(/shop=573531501/);
    await tab.locator("[data-order-sn]").first().waitFor();
    const shown = await tab
      .locator("[data-order-sn]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-order-sn") ?? ""));
    await tab.close();
    await expect
      .poll(
        async () => {
          const orders = (await snapshot()).records.orders ?? [];
          const snackShop = new Set(
            orders
              .filter((r) => r.record.shopId === "573531501")
              .map((r) => String(r.record.orderId)),
          );
          return shown.every((id) => snackShop.has(id));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it("left the pages without errors", () => {
    expect(errors).toEqual([]);
  });
});
