import type { Platform } from "@tongshu/shared";
import { STORAGE_KEYS } from "../lib/settings.ts";
import { ensureBadgeHost, removeBadgeHosts } from "./badge-hosts.ts";
import {
  OVERLAY_MAX_IDS,
  type OrderBadges,
  type OverlayRequest,
  type OverlayResponse,
  type ProductFigures,
} from "./overlay-message.ts";
import { isDataPage } from "./page-platform.ts";
import { collectPageIds, findRow, isOverlayNode } from "./page-rows.ts";

/** One row's badge: a portal target inside the row's shadow host, and what to show there. */
export interface BadgeSlot {
  key: number;
  id: string;
  container: HTMLElement;
  product: ProductFigures | null;
  order: OrderBadges | null;
}

export interface OverlaySnapshot {
  answer: OverlayResponse | null;
  slots: BadgeSlot[];
  showPanel: boolean;
}

const DEBOUNCE_MS = 300;
/** Storage keys whose change makes the page ask again (settings.ts, overlay-data.ts). */
const WATCHED_KEYS = [STORAGE_KEYS.overlay, STORAGE_KEYS.device, "overlayInsights"];
const REFRESH_MS = 60_000;
/** Rows load before their capture is stored: ask again a few times while the answer changes. */
const RETRY_MS = [1500, 3000, 6000];

async function ask(request: OverlayRequest): Promise<OverlayResponse | null> {
  try {
    return ((await chrome.runtime.sendMessage(request)) as OverlayResponse | undefined) ?? null;
  } catch {
    // The service worker restarting, or the extension updated under the page.
    return null;
  }
}

/**
 * Watches the page for list rows whose ids the service worker knows and anchors badges on them.
 * All DOM reads of a pass happen before its writes; list changes are debounced. Returns a stop.
 */
export function startPageOverlay(
  page: { platform: Platform; shopId: string | null },
  onUpdate: (snapshot: OverlaySnapshot) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let lastCount = -1;
  let running = false;
  let queued = false;
  let stopped = false;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), ms);
  };

  async function refresh(): Promise<void> {
    if (stopped) return;
    if (running) {
      queued = true;
      return;
    }
    running = true;
    try {
      const root = document.body;
      const found = collectPageIds(root);
      const ids = [...found.keys()].slice(0, OVERLAY_MAX_IDS);
      const answer = await ask({ type: "overlay", ...page, itemIds: ids, orderIds: ids });
      if (stopped) return;
      if (!answer?.enabled) {
        removeBadgeHosts(new Set());
        onUpdate({ answer: null, slots: [], showPanel: false });
        return;
      }
      // Reads: the row of every known id. A row with several known ids (a JD ware row shows
      // the ware and the SKU) takes the one repeated least on the page, the most specific.
      const byRow = new Map<Element, { id: string; count: number }>();
      for (const id of ids) {
        if (!answer.products[id] && !answer.orders[id]) continue;
        const sites = found.get(id) ?? [];
        for (const site of sites) {
          const row = findRow(site, root);
          const current = row && byRow.get(row);
          if (row && (!current || sites.length < current.count))
            byRow.set(row, { id, count: sites.length });
        }
      }
      // Writes.
      const keep = new Set<HTMLElement>();
      const slots: BadgeSlot[] = [];
      for (const [row, { id }] of byRow) {
        const host = ensureBadgeHost(row);
        keep.add(host.host);
        slots.push({
          key: host.key,
          id,
          container: host.container,
          product: answer.products[id] ?? null,
          order: answer.orders[id] ?? null,
        });
      }
      removeBadgeHosts(keep);
      onUpdate({ answer, slots, showPanel: slots.length > 0 || isDataPage(location.href) });
      // Still filling in (captures being stored): look again a little later.
      const changed = slots.length !== lastCount;
      lastCount = slots.length;
      if (ids.length > 0 && (slots.length === 0 || changed) && retries < RETRY_MS.length)
        schedule(RETRY_MS[retries++] ?? 0);
    } finally {
      running = false;
      if (queued) {
        queued = false;
        schedule(DEBOUNCE_MS);
      }
    }
  }

  const observer = new MutationObserver((records) => {
    const theirs = records.some(
      (r) =>
        !isOverlayNode(r.target) &&
        (r.type !== "childList" ||
          [...r.addedNodes, ...r.removedNodes].some((n) => !isOverlayNode(n))),
    );
    if (!theirs) return;
    retries = 0;
    schedule(DEBOUNCE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // The switches in the options page, or a new team copy: answer again without waiting.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && WATCHED_KEYS.some((key) => key in changes)) schedule(0);
  };
  chrome.storage.onChanged.addListener(onStorage);
  const interval = setInterval(() => void refresh(), REFRESH_MS);
  void refresh();
  return () => {
    stopped = true;
    observer.disconnect();
    chrome.storage.onChanged.removeListener(onStorage);
    clearInterval(interval);
    clearTimeout(timer);
    removeBadgeHosts(new Set());
  };
}
