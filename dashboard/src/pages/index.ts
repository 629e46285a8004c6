import type { ComponentType } from "react";
import type { RouteId } from "../routes.ts";
import { AdsPage } from "./ads/ads-page.tsx";
import { AlertsPage } from "./alerts/alerts-page.tsx";
import { CustomersPage } from "./customers/customers-page.tsx";
import { InventoryPage } from "./inventory/inventory-page.tsx";
import { OverviewPage } from "./overview/overview-page.tsx";
import { PlatformsPage } from "./platforms/platforms-page.tsx";
import { ProductsPage } from "./products/products-page.tsx";
import { ProfitPage } from "./profit/profit-page.tsx";
import { SettingsPage } from "./settings/settings-page.tsx";
import { TrafficPage } from "./traffic/traffic-page.tsx";

/** Every route's page. The Record type makes a route without a page a type error. */
export const PAGES: Record<RouteId, ComponentType> = {
  overview: OverviewPage,
  platforms: PlatformsPage,
  products: ProductsPage,
  inventory: InventoryPage,
  profit: ProfitPage,
  ads: AdsPage,
  traffic: TrafficPage,
  customers: CustomersPage,
  alerts: AlertsPage,
  settings: SettingsPage,
};
