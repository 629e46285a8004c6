import type {
  CreateOtherCostRequest,
  CreateProductRequest,
  ImportCostsRequest,
  ImportProductsRequest,
  ImportProductsResponse,
  Platform,
  PlatformFees,
  SkuRef,
} from "@tongshu/shared";
import type { DemoProduct, DemoWorkspace } from "../../worker/src/demo/types.ts";

/**
 * Fees where settlements are not captured yet, mirroring the demo's bill lines
 * (worker/src/demo/settlements.ts) so estimated and settled fees agree:
 * - Taobao C-shops pay no commission, only the 0.6% 基础软件服务费;
 * - Tmall's 技术服务费 is 5% for kitchen and home goods (snacks 2%), plus 0.5% 天猫积分;
 * - JD's 平台使用费 is 8% for kitchen and home goods (most of its sales; snacks pay 5%);
 * - Pinduoduo charges no commission, only its 0.6% 技术服务费.
 * Shipping is the seller's courier contract per parcel (JD's own logistics costs more,
 * Pinduoduo sellers use the cheapest express).
 */
export const DEMO_PLATFORM_FEES: Record<Platform, PlatformFees> = {
  taobao: { commissionBp: 0, serviceFeeBp: 60, shippingFenPerOrder: 450 },
  tmall: { commissionBp: 500, serviceFeeBp: 50, shippingFenPerOrder: 500 },
  jd: { commissionBp: 800, serviceFeeBp: 0, shippingFenPerOrder: 600 },
  pdd: { commissionBp: 0, serviceFeeBp: 60, shippingFenPerOrder: 350 },
};

/** Replenishment that differs from the workspace default (15 days lead, 7 safety). */
const LEAD_TIMES: Record<
  DemoProduct["category"],
  Pick<CreateProductRequest, "leadTimeDays" | "safetyStockDays">
> = {
  // Cookware and knives come from a factory in 阳江 by freight: long lead, bigger buffer.
  kitchen: { leadTimeDays: 30, safetyStockDays: 10 },
  // Home goods from the 义乌 market: the default.
  home: {},
  // Snacks from a local co-packer, short shelf life: short lead, small buffer.
  snack: { leadTimeDays: 5, safetyStockDays: 3 },
};

/** Monthly costs that belong to no order, booked on the first of each month in the window. */
const MONTHLY: Array<Omit<CreateOtherCostRequest, "date">> = [
  { category: "rent", amountFen: 800_000, note: "仓库租金" },
  { category: "salary", amountFen: 1_200_000, note: "客服与打包 2 人" },
  { category: "packaging", amountFen: 150_000, note: "纸箱、气泡膜、胶带" },
];

type Send = (method: string, path: string, body: unknown) => Promise<unknown>;

/** Runs `tasks` with at most `limit` in flight (the local Worker handles a few at once). */
async function pool<T>(tasks: Array<() => Promise<T>>, limit = 8): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task) results[i] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Logs in as `owner` and returns a sender that carries the session cookie. */
export async function ownerSession(
  baseUrl: string,
  owner: { email: string; password: string },
): Promise<Send> {
  const login = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });
  if (!login.ok) throw new Error(`demo login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/api/v1/settings${path}`, {
      method,
      headers: { cookie, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
}

function firstDaysOfMonths(from: string, to: string): string[] {
  const days: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (;;) {
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    const day = `${y}-${String(m).padStart(2, "0")}-01`;
    if (day > to) return days;
    days.push(day);
  }
}

/** SKUs a seller would link by hand: the one carrying another product's code, one left blank. */
function manualLinks(demo: DemoWorkspace): Array<SkuRef & { outerSkuId: string }> {
  const links: Array<SkuRef & { outerSkuId: string }> = [];
  const catalogueCode = (product: DemoProduct, itemId: string, skuId: string) => {
    const listing = product.listings.find((l) => l.itemId === itemId);
    const index = listing?.skus.findIndex((s) => s.skuId === skuId) ?? -1;
    return product.skus[index]?.outerSkuId;
  };
  for (const reused of demo.dataQuality.reusedOuterCode)
    for (const product of demo.products)
      for (const listing of product.listings)
        for (const [i, sku] of listing.skus.entries()) {
          const own = product.skus[i]?.outerSkuId;
          if (sku.outerSkuId === reused.outerSkuId && own && own !== reused.outerSkuId)
            links.push({ ...listing, skuId: sku.skuId, outerSkuId: own });
        }
  const [missing] = demo.dataQuality.missingOuterCode;
  const owner =
    missing && demo.products.find((p) => p.listings.some((l) => l.itemId === missing.itemId));
  const code = missing && owner && catalogueCode(owner, missing.itemId, missing.skuId);
  if (missing && code) links.push({ ...missing, outerSkuId: code });
  return links.map(({ platform, shopId, itemId, skuId, outerSkuId }) => ({
    platform,
    shopId,
    itemId,
    skuId,
    outerSkuId,
  }));
}

/**
 * Enters the demo's settings through the settings API as its owner would: one product per
 * catalogue SKU (named, with its outer code and lead times) and the supplier costs with their
 * effective dates, each as one import; platform fees; two manual links; monthly other costs.
 */
export async function loadDemoSettings(
  send: Send,
  demo: DemoWorkspace,
): Promise<{ products: number; costs: number }> {
  const catalogue = demo.products.flatMap((p) => p.skus.map((sku) => ({ product: p, sku })));
  const products: ImportProductsRequest["products"] = catalogue.map(({ product, sku }) => ({
    name: `${product.name} ${sku.skuText}`,
    outerCode: sku.outerSkuId,
    ...LEAD_TIMES[product.category],
  }));
  const made = (await send("POST", "/products/import", { products })) as ImportProductsResponse;
  const idOf = new Map(made.products.map((p) => [p.outerCode, p.id]));
  const product = (code: string) => {
    const id = idOf.get(code);
    if (!id) throw new Error(`demo cost for unknown outer code ${code}`);
    return id;
  };
  const costs: ImportCostsRequest["costs"] = demo.costs.map((c) => ({
    productId: product(c.outerSkuId),
    effectiveFrom: c.effectiveFrom,
    unitCostFen: c.unitCostFen,
  }));
  const tasks: Array<() => Promise<unknown>> = [
    () => send("POST", "/costs/import", { costs }),
    ...Object.entries(DEMO_PLATFORM_FEES).map(
      ([platform, fees]) =>
        () =>
          send("PUT", `/platforms/${platform}`, fees),
    ),
    ...manualLinks(demo).map(
      ({ outerSkuId, ...sku }) =>
        () =>
          send("PUT", "/product-links", { ...sku, productId: product(outerSkuId) }),
    ),
    ...firstDaysOfMonths(demo.range.from, demo.range.to).flatMap((date) =>
      MONTHLY.map((cost) => () => send("POST", "/other-costs", { ...cost, date })),
    ),
  ];
  await pool(tasks, 4);
  return { products: made.products.length, costs: costs.length };
}
