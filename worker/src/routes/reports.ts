import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { requireMember } from "../middleware/session.ts";
import { adsReport } from "../reports/ads/ads-report.ts";
import { customersReport } from "../reports/customers/customers-report.ts";
import { reportHandler } from "../reports/endpoint.ts";
import { inventoryReport } from "../reports/inventory/inventory-report.ts";
import { liveReport } from "../reports/live/live-report.ts";
import { overviewReport } from "../reports/overview.ts";
import { platformsReport } from "../reports/platforms.ts";
import { profitReport } from "../reports/profit/profit-report.ts";
import { productsReport } from "../reports/products/products-report.ts";
import { trafficReport } from "../reports/traffic/traffic-report.ts";

/** GET /api/v1/reports/<report>: every report takes the common filter and `format=csv`. */
export const reports = new Hono<AppEnv>()
  .use(requireMember)
  .get("/overview", reportHandler(overviewReport))
  .get("/platforms", reportHandler(platformsReport))
  .get("/profit", reportHandler(profitReport))
  .get("/ads", reportHandler(adsReport))
  .get("/traffic", reportHandler(trafficReport))
  .get("/customers", reportHandler(customersReport))
  .get("/products", reportHandler(productsReport))
  .get("/inventory", reportHandler(inventoryReport))
  .get("/live", reportHandler(liveReport));
