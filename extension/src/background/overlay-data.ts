import { DeviceInsightsResponseSchema } from "@tongshu/shared";
import type { TongshuDb } from "../db/schema.ts";
import { isOverlayShown } from "../lib/capture-prefs.ts";
import type { DeviceCredentials } from "../lib/device-credentials.ts";
import { readOverlayPrefs } from "../lib/settings.ts";
import { type InsightsCache, isRefreshDue, parseInsightsCache } from "../overlay/insights-cache.ts";
import { computeLocalProducts } from "../overlay/local-products.ts";
import { computeOrderBadges } from "../overlay/order-badges.ts";
import { orderLineIds, withOrderProducts } from "../overlay/order-products.ts";
import {
  OVERLAY_OFF,
  type OverlayRequest,
  type OverlayResponse,
  parseOverlayRequest,
} from "../overlay/overlay-message.ts";
import { isOverlaySender } from "../overlay/page-platform.ts";
import { type SlimOrder, type SlimSku, slimOrder, slimSku } from "../overlay/slim-records.ts";
import { localSummary, teamSummary } from "../overlay/summary.ts";
import { pickTeamProducts } from "../overlay/team-products.ts";
import { velocityWindows } from "../overlay/windows.ts";
import { database } from "./database.ts";
import { readDevice } from "./device-store.ts";

/** chrome.storage.local key of the team figures' last good copy (overlay/insights-cache.ts). */
export const INSIGHTS_CACHE_KEY = "overlayInsights";
const FETCH_TIMEOUT_MS = 10_000;

let lastAttemptAt: number | null = null;
let inFlight: Promise<InsightsCache | null> | null = null;

async function readCache(device: DeviceCredentials): Promise<InsightsCache | null> {
  const items: Record<string, unknown> = await chrome.storage.local.get(INSIGHTS_CACHE_KEY);
  return parseInsightsCache(items[INSIGHTS_CACHE_KEY], device.deviceId);
}

/** GET /api/v1/devices/insights with the device token; null on any failure. */
async function fetchInsights(
  device: DeviceCredentials,
  now: number,
): Promise<InsightsCache | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(`${device.serverUrl.replace(/\/+$/, "")}/api/v1/devices/insights`, {
      headers: { authorization: `Bearer ${device.token}` },
      signal: controller.signal,
    });
    if (!res.ok) return null;
    const insights = DeviceInsightsResponseSchema.safeParse(await res.json());
    return insights.success
      ? { deviceId: device.deviceId, fetchedAt: now, insights: insights.data }
      : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The team figures for a paired device: the cached copy, refreshed when five minutes old. A
 * failed refresh keeps the last copy (the overlay shows its age), and one fetch runs at a time.
 */
export async function teamInsights(
  device: DeviceCredentials,
  now: number,
): Promise<InsightsCache | null> {
  const cache = await readCache(device);
  if (!isRefreshDue(cache, lastAttemptAt, now)) return cache;
  lastAttemptAt = now;
  inFlight ??= fetchInsights(device, now)
    .then(async (fresh) => {
      if (fresh) await chrome.storage.local.set({ [INSIGHTS_CACHE_KEY]: fresh });
      return fresh;
    })
    .finally(() => {
      inFlight = null;
    });
  return (await inFlight) ?? cache;
}

let memo: { signature: string; orders: SlimOrder[]; skus: SlimSku[] } | undefined;

/** Captured orders and SKUs, re-read only after a capture or a clear changed the store. */
async function localRecords(db: TongshuDb): Promise<{ orders: SlimOrder[]; skus: SlimSku[] }> {
  const [lastLog, orderCount, skuCount] = await Promise.all([
    db.captureLog.orderBy("id").last(),
    db.orders.count(),
    db.skus.count(),
  ]);
  const signature = `${lastLog?.id ?? 0}|${orderCount}|${skuCount}`;
  if (memo?.signature !== signature) {
    const [orders, skus] = await Promise.all([db.orders.toArray(), db.skus.toArray()]);
    memo = {
      signature,
      orders: orders.map((r) => slimOrder(r.record)),
      skus: skus.map((r) => slimSku(r.record)),
    };
  }
  return memo;
}

/** Composes the overlay's answer: team figures when paired and fetched, else local ones. */
export async function answerOverlay(
  request: OverlayRequest,
  now: number,
  db: TongshuDb = database(),
): Promise<OverlayResponse> {
  if (!isOverlayShown(await readOverlayPrefs(), request.platform)) return OVERLAY_OFF;
  const device = await readDevice();
  const [team, local] = await Promise.all([
    device ? teamInsights(device, now) : null,
    localRecords(db),
  ]);
  const figuresOf = (ids: readonly string[]) => {
    const page = { platform: request.platform, shopId: request.shopId, ids };
    const localFigures = computeLocalProducts({ ...local, ...page, windows: velocityWindows(now) });
    const teamFigures = team ? pickTeamProducts({ insights: team.insights, ...page }) : {};
    // The team's figures win; an item the server has not seen yet keeps its local figures.
    return { ...localFigures, ...teamFigures };
  };
  const orderIds = request.orderIds;
  return {
    enabled: true,
    source: team ? "team" : "local",
    asOf: team ? team.fetchedAt : now,
    products: figuresOf(request.itemIds),
    orders: withOrderProducts({
      orders: local.orders,
      platform: request.platform,
      orderIds,
      badges: computeOrderBadges({
        orders: local.orders,
        platform: request.platform,
        ids: orderIds,
        now,
      }),
      products: figuresOf(orderLineIds(local.orders, request.platform, orderIds)),
    }),
    summary: team ? teamSummary(team.insights) : localSummary(local.orders, now),
  };
}

/**
 * The overlay's message, from a content script in a seller tab (the sandbox only in dev
 * builds). Returns true when it will answer; anything else is left to the other handlers.
 */
export function handleOverlayMessage(
  message: unknown,
  sender: chrome.runtime.MessageSender,
  sendResponse: (response: OverlayResponse) => void,
): boolean {
  const request = parseOverlayRequest(message);
  const allowSandbox = Boolean(process.env.PLASMO_PUBLIC_DEMO_HOST_IP);
  if (!request || !sender.tab || !isOverlaySender(sender.url, allowSandbox)) return false;
  answerOverlay(request, Date.now()).then(sendResponse, () => sendResponse(OVERLAY_OFF));
  return true;
}
