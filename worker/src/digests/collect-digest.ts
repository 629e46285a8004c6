import {
  type Alert,
  type DigestPeriod,
  type DigestSection,
  type InventoryReport,
  type ProductRow,
  ProductsOptionsSchema,
  ProfitOptionsSchema,
  ReportQuerySchema,
} from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { listAlerts } from "../alerts/list.ts";
import { buildReportFilter, type ReportFilter } from "../reports/filter.ts";
import { inventoryReport } from "../reports/inventory/inventory-report.ts";
import { overviewReport } from "../reports/overview.ts";
import { productsReport } from "../reports/products/products-report.ts";
import { profitReport } from "../reports/profit/profit-report.ts";
import { shopNames } from "../reports/sales/sales-slices.ts";
import type {
  DigestAlertRow,
  DigestContent,
  DigestFigure,
  DigestProductRow,
  DigestStockRow,
} from "./content.ts";
import { recipientShops } from "./recipient-view.ts";
import type { StoredSubscription } from "./subscriptions.ts";

export interface DigestLinks {
  base: string;
  unsubscribe: string;
}

const TOP_PRODUCTS = 5;
const MOVERS = 3;
const STOCK_ROWS = 8;
const ALERT_ROWS = 5;
const SEVERITY_ORDER = { urgent: 0, warning: 1, info: 2 } as const;

/** The report filter of one digest: its period, comparisons, shops and the recipient's rights. */
export function digestFilter(
  subscription: StoredSubscription,
  period: DigestPeriod,
  now: number,
): ReportFilter {
  const shops = recipientShops(subscription);
  const query = ReportQuerySchema.parse({
    from: period.range.from,
    to: period.range.to,
    // The query schema reads lists the way URLs carry them: comma-separated.
    ...(shops && shops.length > 0 ? { shop: shops.join(",") } : {}),
  });
  const filter = buildReportFilter(query, {
    workspaceId: subscription.workspaceId,
    shopScope: subscription.recipient.shopScope,
    canSeeCosts: subscription.recipient.canSeeCosts,
    now,
  });
  // A month's 环比 is the previous calendar month, not the 30 days before.
  return { ...filter, previous: period.previous, lastYear: period.lastYear };
}

const toProductRow = (p: ProductRow): DigestProductRow => ({
  name: p.name,
  units: p.units,
  paidFen: p.paidFen,
  share: p.share,
  previousPaidFen: p.previousPaidFen,
  paidVsPrevious: p.paidVsPrevious,
});

/** Top sellers, and the biggest rises and falls in paid amount against the previous period. */
export function productLists(products: ProductRow[]) {
  const top = [...products].sort((a, b) => b.paidFen - a.paidFen).slice(0, TOP_PRODUCTS);
  const change = (p: ProductRow) => p.paidFen - p.previousPaidFen;
  const risers = products
    .filter((p) => change(p) > 0)
    .sort((a, b) => change(b) - change(a))
    .slice(0, MOVERS);
  const fallers = products
    .filter((p) => change(p) < 0)
    .sort((a, b) => change(a) - change(b))
    .slice(0, MOVERS);
  return {
    top: top.map(toProductRow),
    risers: risers.map(toProductRow),
    fallers: fallers.map(toProductRow),
  };
}

/** Low stock first (shortest cover), then reorder suggestions not already listed. */
export function stockRows(report: InventoryReport) {
  const byId = new Map(report.products.map((p) => [p.productId, p]));
  const ids = [...report.lists.lowStock];
  for (const id of report.lists.reorder) if (!ids.includes(id)) ids.push(id);
  const rows: DigestStockRow[] = [];
  for (const id of ids.slice(0, STOCK_ROWS)) {
    const p = byId.get(id);
    if (!p) continue;
    rows.push({
      name: p.name,
      stock: p.stock,
      daysOfCover: p.daysOfCover,
      stockOutDate: p.stockOutDate,
      reorderQuantity: p.reorder?.reorderNow ? p.reorder.quantity : null,
    });
  }
  return {
    rows,
    lowStockCount: report.lists.lowStock.length,
    reorderCount: report.lists.reorder.length,
  };
}

export function alertRow(alert: Alert, base: string): DigestAlertRow {
  return {
    rule: alert.rule,
    severity: alert.severity,
    platform: alert.platform,
    shopName: alert.shopName ?? alert.shopId,
    date: alert.date,
    evidence: alert.evidence,
    url: `${base}${alert.link}`,
  };
}

/** Open alerts in the recipient's shops, most severe first. */
async function openAlerts(
  db: D1Database,
  subscription: StoredSubscription,
  shops: string[] | null,
) {
  const { alerts, counts } = await listAlerts(
    db,
    {
      state: ["new", "seen"],
      ...(shops ? { shop: shops } : {}),
      limit: 200,
      offset: 0,
      format: "json",
      lang: "zh-CN",
    },
    { workspaceId: subscription.workspaceId, shopScope: subscription.recipient.shopScope },
    { limit: 200, offset: 0 },
  );
  const sorted = [...alerts].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date < b.date ? 1 : -1),
  );
  return {
    openCount: counts.new + counts.seen,
    urgentCount: alerts.filter((a) => a.severity === "urgent").length,
    sorted,
  };
}

/** Names of the covered shops ("platform:shopId" keys), the shop id when a name is unknown. */
async function coveredShopNames(db: D1Database, workspaceId: string, keys: string[]) {
  const names = await shopNames(db, workspaceId);
  return keys.map((key) => {
    const at = key.indexOf(":");
    return names.get(`${key.slice(0, at)}|${key.slice(at + 1)}`) ?? key.slice(at + 1);
  });
}

/** The sections a recipient gets: their choice, minus profit when they may not see it. */
export function visibleSections(subscription: StoredSubscription): DigestSection[] {
  return subscription.sections.filter((s) => s !== "profit" || subscription.recipient.canSeeCosts);
}

/**
 * Reads one digest's figures through the same report queries the dashboard uses, so every
 * number in the email equals the dashboard's for the linked filter.
 */
export async function collectDigest(
  db: D1Database,
  subscription: StoredSubscription,
  period: DigestPeriod,
  workspaceName: string,
  links: DigestLinks,
  now: number,
): Promise<DigestContent> {
  const filter = digestFilter(subscription, period, now);
  const sections = visibleSections(subscription);
  const wants = (s: DigestSection) => sections.includes(s);
  const [overview, products, inventory, profit, alerts] = await Promise.all([
    overviewReport.run(db, filter, {}),
    wants("products")
      ? productsReport.run(db, filter, ProductsOptionsSchema.parse({ limit: 500 }))
      : null,
    wants("stock") ? inventoryReport.run(db, filter, { list: "all" }) : null,
    wants("profit")
      ? profitReport.run(db, filter, ProfitOptionsSchema.parse({ limit: 1, orderPageSize: 1 }))
      : null,
    wants("alerts") ? openAlerts(db, subscription, filter.shops) : null,
  ]);
  const k = overview.kpis;
  const figure = (c: DigestFigure): DigestFigure => ({ ...c });
  const coverage = profit?.total.coverage;
  const coveredUnits = coverage ? coverage.costedUnits + coverage.uncostedUnits : 0;
  const shopQuery: Record<string, string> = { from: period.range.from, to: period.range.to };
  if (filter.shops && filter.shops.length > 0) shopQuery.shop = filter.shops.join(",");
  return {
    locale: subscription.locale,
    workspaceName,
    kind: period.frequency,
    range: period.range,
    previous: period.previous,
    lastYear: period.lastYear,
    shops: filter.shops ? await coveredShopNames(db, subscription.workspaceId, filter.shops) : null,
    sections,
    sales: {
      paidFen: figure(k.paidFen),
      netSalesFen: figure(k.netSalesFen),
      orders: figure(k.orders),
      aovFen: figure(k.aovFen),
      refundRate: figure(k.refundRate),
      platforms: overview.platforms.map((p) => ({
        platform: p.platform,
        paidFen: p.figures.paidFen,
        orders: p.figures.orders,
        share: p.share,
        vsPrevious: p.kpis.paidFen.vsPrevious,
      })),
    },
    profit: profit
      ? {
          profitFen: figure(profit.total.compare.profitFen),
          marginRate: figure(profit.total.compare.marginRate),
          costCoverage: coverage && coveredUnits > 0 ? coverage.costedUnits / coveredUnits : null,
        }
      : null,
    products: products ? productLists(products.products) : { top: [], risers: [], fallers: [] },
    stock: inventory ? stockRows(inventory) : { rows: [], lowStockCount: 0, reorderCount: 0 },
    alerts: alerts
      ? {
          openCount: alerts.openCount,
          urgentCount: alerts.urgentCount,
          rows: alerts.sorted.slice(0, ALERT_ROWS).map((a) => alertRow(a, links.base)),
        }
      : { openCount: 0, urgentCount: 0, rows: [] },
    links: {
      dashboard: `${links.base}${dashboardLink("/", shopQuery)}`,
      alerts: `${links.base}${dashboardLink("/alerts", {
        state: "new,seen",
        ...(shopQuery.shop ? { shop: shopQuery.shop } : {}),
      })}`,
      settings: `${links.base}/settings?section=digests`,
      unsubscribe: links.unsubscribe,
    },
    generatedAt: now,
  };
}
