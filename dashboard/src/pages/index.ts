import { type ComponentType, lazy } from "react";
import type { RouteId } from "../routes.ts";
import { OverviewPage } from "./overview/overview-page.tsx";

/** A page loaded on first visit: the first paint carries only the shell and 总览. */
function page(load: () => Promise<Record<string, ComponentType>>, name: string): ComponentType {
  return lazy(async () => {
    const module = await load();
    const component = module[name];
    if (!component) throw new Error(`page module has no ${name}`);
    return { default: component };
  });
}

/** Every route's page. The Record type makes a route without a page a type error. */
export const PAGES: Record<RouteId, ComponentType> = {
  overview: OverviewPage,
  platforms: page(() => import("./platforms/platforms-page.tsx"), "PlatformsPage"),
  products: page(() => import("./products/products-page.tsx"), "ProductsPage"),
  inventory: page(() => import("./inventory/inventory-page.tsx"), "InventoryPage"),
  profit: page(() => import("./profit/profit-page.tsx"), "ProfitPage"),
  ads: page(() => import("./ads/ads-page.tsx"), "AdsPage"),
  traffic: page(() => import("./traffic/traffic-page.tsx"), "TrafficPage"),
  customers: page(() => import("./customers/customers-page.tsx"), "CustomersPage"),
  alerts: page(() => import("./alerts/alerts-page.tsx"), "AlertsPage"),
  imports: page(() => import("./imports/imports-page.tsx"), "ImportsPage"),
  quality: page(() => import("./quality/quality-page.tsx"), "QualityPage"),
  settings: page(() => import("./settings/settings-page.tsx"), "SettingsPage"),
};

/** The wall display, outside the shell. */
export const BigScreenPage = page(
  () => import("./big-screen/big-screen-page.tsx"),
  "BigScreenPage",
);
