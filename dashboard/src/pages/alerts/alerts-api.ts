import {
  type Alert,
  type AlertListResponse,
  AlertListResponseSchema,
  type AlertState,
  type EvaluateAlertsResponse,
  EvaluateAlertsResponseSchema,
  UpdateAlertResponseSchema,
} from "@tongshu/shared";
import { requestJson } from "../../api.ts";

/** GET /api/v1/alerts?<query> (query from alertListQuery): one page and the counts per state. */
export function getAlerts(query: string, signal?: AbortSignal): Promise<AlertListResponse> {
  return requestJson(`/api/v1/alerts?${query}`, AlertListResponseSchema, { signal });
}

/** PATCH /api/v1/alerts/:id (owner, admin, analyst): the alert as it is now. */
export async function updateAlertState(id: string, state: AlertState): Promise<Alert> {
  const { alert } = await requestJson(
    `/api/v1/alerts/${encodeURIComponent(id)}`,
    UpdateAlertResponseSchema,
    { method: "PATCH", body: { state } },
  );
  return alert;
}

/** POST /api/v1/alerts/evaluate (owner, admin): runs every enabled rule now. */
export function evaluateAlerts(): Promise<EvaluateAlertsResponse> {
  return requestJson("/api/v1/alerts/evaluate", EvaluateAlertsResponseSchema, {
    method: "POST",
    body: {},
  });
}

/** The server's CSV of every alert matching `query` (UTF-8 with BOM, headers in the language). */
export function alertsCsvUrl(query: string, lang: string): string {
  return `/api/v1/alerts?${query}&format=csv&lang=${lang === "en" ? "en" : "zh-CN"}`;
}
