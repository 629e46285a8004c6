import {
  type AlertRuleId,
  type AlertRulesResponse,
  AlertRulesResponseSchema,
  type CostHistoryResponse,
  CostHistoryResponseSchema,
  type CostResponse,
  CostResponseSchema,
  type CreateOtherCostRequest,
  type DeleteCostRequest,
  type ImportCostsRequest,
  type ImportCostsResponse,
  ImportCostsResponseSchema,
  type OtherCostListResponse,
  OtherCostListResponseSchema,
  type OtherCostResponse,
  OtherCostResponseSchema,
  type Platform,
  type PlatformFees,
  type PlatformSettingsListResponse,
  PlatformSettingsListResponseSchema,
  type PlatformSettingsResponse,
  PlatformSettingsResponseSchema,
  type ProductLinkRequest,
  type ProductLinkResponse,
  ProductLinkResponseSchema,
  type ProductListResponse,
  ProductListResponseSchema,
  type ProductResponse,
  ProductResponseSchema,
  type ReportSettingsResponse,
  ReportSettingsResponseSchema,
  type ReportSettingsValues,
  type SetCostRequest,
  type SkuRef,
  type UpdateAlertRuleRequest,
  UpdateAlertRuleResponseSchema,
  type UpdateProductRequest,
} from "@tongshu/shared";
import { ApiRequestError, readApiError, requestJson } from "../../api.ts";

const BASE = "/api/v1/settings";

interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/**
 * A settings write: api.ts's client has no PUT and parses every body, while these routes use
 * PUT and answer some DELETEs with 204. Same error shape, same network-error code.
 */
async function write<T>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body: unknown,
  schema: Schema<T> | null,
): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers: { accept: "application/json", "content-type": "application/json" },
      credentials: "include",
      body: JSON.stringify(body),
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiRequestError(0, "network_error", message);
  }
  if (!response.ok) throw await readApiError(response);
  if (schema === null) return null;
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new ApiRequestError(
      response.status,
      "invalid_response",
      `unexpected response from ${path}`,
    );
  return parsed.data;
}

async function writeJson<T>(
  method: "POST" | "PUT" | "PATCH",
  path: string,
  body: unknown,
  schema: Schema<T>,
): Promise<T> {
  return (await write(method, path, body, schema)) as T;
}

// ---------------------------------------------------------------- products and links

/** GET /settings/products (any member; `cost` only for cost seers). */
export function getProductSettings(signal?: AbortSignal): Promise<ProductListResponse> {
  return requestJson(`${BASE}/products`, ProductListResponseSchema, { signal });
}

/** PATCH /settings/products/:id (owner/admin); a virtual id becomes a product row. */
export function updateProduct(id: string, body: UpdateProductRequest): Promise<ProductResponse> {
  return writeJson("PATCH", `/products/${encodeURIComponent(id)}`, body, ProductResponseSchema);
}

/** PUT /settings/product-links (owner/admin): the SKU counts in that product from now on. */
export function linkSku(body: ProductLinkRequest): Promise<ProductLinkResponse> {
  return writeJson("PUT", "/product-links", body, ProductLinkResponseSchema);
}

/** DELETE /settings/product-links (owner/admin): 204; 404 when the SKU has no manual link. */
export async function unlinkSku(sku: SkuRef): Promise<void> {
  await write("DELETE", "/product-links", sku, null);
}

// ---------------------------------------------------------------- costs

/** GET /settings/costs (cost seers): every dated cost row, oldest first. */
export function getCostHistory(signal?: AbortSignal): Promise<CostHistoryResponse> {
  return requestJson(`${BASE}/costs`, CostHistoryResponseSchema, { signal });
}

/** POST /settings/costs (owner/admin): sets the row of that product and date. */
export function setCost(body: SetCostRequest): Promise<CostResponse> {
  return writeJson("POST", "/costs", body, CostResponseSchema);
}

/** DELETE /settings/costs (owner/admin): 204. */
export async function deleteCost(body: DeleteCostRequest): Promise<void> {
  await write("DELETE", "/costs", body, null);
}

/** POST /settings/costs/import (owner/admin): all rows or none. */
export function importCosts(body: ImportCostsRequest): Promise<ImportCostsResponse> {
  return writeJson("POST", "/costs/import", body, ImportCostsResponseSchema);
}

// ---------------------------------------------------------------- fees, report, other costs

/** GET /settings/platforms (cost seers): every platform, `isDefault` where nothing was set. */
export function getPlatformSettings(signal?: AbortSignal): Promise<PlatformSettingsListResponse> {
  return requestJson(`${BASE}/platforms`, PlatformSettingsListResponseSchema, { signal });
}

/** PUT /settings/platforms/:platform (owner/admin). */
export function setPlatformFees(
  platform: Platform,
  fees: PlatformFees,
): Promise<PlatformSettingsResponse> {
  return writeJson("PUT", `/platforms/${platform}`, fees, PlatformSettingsResponseSchema);
}

/** GET /settings/report (any member). */
export function getReportSettings(signal?: AbortSignal): Promise<ReportSettingsResponse> {
  return requestJson(`${BASE}/report`, ReportSettingsResponseSchema, { signal });
}

/** PUT /settings/report (owner/admin). */
export function setReportSettings(values: ReportSettingsValues): Promise<ReportSettingsResponse> {
  return writeJson("PUT", "/report", values, ReportSettingsResponseSchema);
}

/** GET /settings/other-costs (cost seers): every entry the member's shop scope allows. */
export function getOtherCosts(signal?: AbortSignal): Promise<OtherCostListResponse> {
  return requestJson(`${BASE}/other-costs`, OtherCostListResponseSchema, { signal });
}

/** POST /settings/other-costs (owner/admin). */
export function createOtherCost(body: CreateOtherCostRequest): Promise<OtherCostResponse> {
  return writeJson("POST", "/other-costs", body, OtherCostResponseSchema);
}

/** DELETE /settings/other-costs/:id (owner/admin): 204. */
export async function deleteOtherCost(id: string): Promise<void> {
  await write("DELETE", `/other-costs/${encodeURIComponent(id)}`, {}, null);
}

// ---------------------------------------------------------------- alert rules

/** GET /settings/alert-rules (any member): every rule with its parameters and defaults. */
export function getAlertRules(signal?: AbortSignal): Promise<AlertRulesResponse> {
  return requestJson(`${BASE}/alert-rules`, AlertRulesResponseSchema, { signal });
}

/** PUT /settings/alert-rules/:rule (owner/admin): `params` are overrides of the defaults. */
export async function updateAlertRule(rule: AlertRuleId, body: UpdateAlertRuleRequest) {
  return (await writeJson("PUT", `/alert-rules/${rule}`, body, UpdateAlertRuleResponseSchema)).rule;
}
