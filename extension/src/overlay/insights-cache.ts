import { type DeviceInsightsResponse, DeviceInsightsResponseSchema } from "@tongshu/shared";
import { isRecord } from "../lib/is-record.ts";

/** The team figures are refetched at most this often (the server allows a 60 s private cache). */
export const INSIGHTS_REFRESH_MS = 5 * 60_000;
/** After a failed fetch, the next try waits this long (the last good copy is shown meanwhile). */
export const INSIGHTS_RETRY_MS = 60_000;
/** Older than this, the overlay labels the figures 数据可能过期. */
export const STALE_AFTER_MS = 30 * 60_000;

/** What chrome.storage.local keeps: the last good copy, for the device that fetched it. */
export interface InsightsCache {
  deviceId: string;
  fetchedAt: number;
  insights: DeviceInsightsResponse;
}

/** Storage is input too: re-validated on read; null when absent, damaged or another device's. */
export function parseInsightsCache(value: unknown, deviceId: string): InsightsCache | null {
  if (!isRecord(value) || value.deviceId !== deviceId) return null;
  if (typeof value.fetchedAt !== "number") return null;
  const insights = DeviceInsightsResponseSchema.safeParse(value.insights);
  return insights.success
    ? { deviceId, fetchedAt: value.fetchedAt, insights: insights.data }
    : null;
}

/** Is a fetch due? Not when the copy is fresh, nor soon after a failed attempt. */
export function isRefreshDue(
  cache: InsightsCache | null,
  lastAttemptAt: number | null,
  now: number,
): boolean {
  if (lastAttemptAt !== null && now - lastAttemptAt < INSIGHTS_RETRY_MS) return false;
  return cache === null || now - cache.fetchedAt >= INSIGHTS_REFRESH_MS;
}
