import {
  type AdsReport,
  AdsReportSchema,
  type CustomersReport,
  CustomersReportSchema,
  type InventoryReport,
  InventoryReportSchema,
  type OverviewReport,
  OverviewReportSchema,
  type PlatformsReport,
  PlatformsReportSchema,
  type ProductsReport,
  ProductsReportSchema,
  type ProfitReport,
  ProfitReportSchema,
  type TrafficReport,
  TrafficReportSchema,
} from "@tongshu/shared";
import { requestJson } from "./api.ts";

/** GET /api/v1/reports/<name>?<query>, validated with the shared schema. */
function getReport<T>(
  name: string,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  query: string,
  signal?: AbortSignal,
): Promise<T> {
  return requestJson(`/api/v1/reports/${name}?${query}`, schema, { signal });
}

/** The server's CSV export of a report for the same filter (UTF-8 with BOM, Chinese headers). */
export function reportCsvUrl(name: string, query: string, lang: string): string {
  return `/api/v1/reports/${name}?${query}&format=csv&lang=${lang === "en" ? "en" : "zh-CN"}`;
}

export const getOverviewReport = (query: string, signal?: AbortSignal): Promise<OverviewReport> =>
  getReport("overview", OverviewReportSchema, query, signal);

export const getPlatformsReport = (query: string, signal?: AbortSignal): Promise<PlatformsReport> =>
  getReport("platforms", PlatformsReportSchema, query, signal);

export const getProductsReport = (query: string, signal?: AbortSignal): Promise<ProductsReport> =>
  getReport("products", ProductsReportSchema, query, signal);

export const getInventoryReport = (query: string, signal?: AbortSignal): Promise<InventoryReport> =>
  getReport("inventory", InventoryReportSchema, query, signal);

export const getProfitReport = (query: string, signal?: AbortSignal): Promise<ProfitReport> =>
  getReport("profit", ProfitReportSchema, query, signal);

export const getAdsReport = (query: string, signal?: AbortSignal): Promise<AdsReport> =>
  getReport("ads", AdsReportSchema, query, signal);

export const getTrafficReport = (query: string, signal?: AbortSignal): Promise<TrafficReport> =>
  getReport("traffic", TrafficReportSchema, query, signal);

export const getCustomersReport = (query: string, signal?: AbortSignal): Promise<CustomersReport> =>
  getReport("customers", CustomersReportSchema, query, signal);
