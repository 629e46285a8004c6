import {
  type AlertListResponse,
  AlertListResponseSchema,
  type LiveReport,
  LiveReportSchema,
} from "@tongshu/shared";
import { requestJson } from "../../api.ts";

/** Open alerts the wall lists (the counts give how many there are in all). */
export const WALL_ALERTS = 6;

/** GET /api/v1/reports/live: today so far by hour and platform, and today's top products. */
export function getLiveReport(query: string, signal?: AbortSignal): Promise<LiveReport> {
  return requestJson(`/api/v1/reports/live${query ? `?${query}` : ""}`, LiveReportSchema, {
    signal,
  });
}

/** GET /api/v1/alerts: open (new or seen) alerts within the same platform and shop filter. */
export function getOpenAlerts(query: string, signal?: AbortSignal): Promise<AlertListResponse> {
  const open = `state=new,seen&limit=${WALL_ALERTS}`;
  return requestJson(`/api/v1/alerts?${open}${query ? `&${query}` : ""}`, AlertListResponseSchema, {
    signal,
  });
}
