import { isRecord } from "../lib/is-record.ts";

/** Where the panel sits and whether it is collapsed, remembered per back-office host. */
export interface PanelState {
  x: number;
  y: number;
  collapsed: boolean;
}

const WIDTH = 280;
const MARGIN = 8;

/** chrome.storage.local key for a host ("mms.pinduoduo.com"; the sandbox uses the real host). */
export const panelStateKey = (host: string) => `overlayPanel:${host}`;

/** The default place: the top-right corner, clear of most back offices' own headers. */
export function defaultPanelState(viewportWidth: number): PanelState {
  return { x: Math.max(MARGIN, viewportWidth - WIDTH - 16), y: 96, collapsed: false };
}

/** Re-validates a stored state and keeps the panel's head on screen after a window resize. */
export function parsePanelState(
  value: unknown,
  viewport: { width: number; height: number },
): PanelState {
  const fallback = defaultPanelState(viewport.width);
  if (!isRecord(value)) return fallback;
  const num = (v: unknown, d: number) => (typeof v === "number" && Number.isFinite(v) ? v : d);
  return {
    x: clamp(num(value.x, fallback.x), MARGIN, viewport.width - 80),
    y: clamp(num(value.y, fallback.y), MARGIN, viewport.height - 40),
    collapsed: value.collapsed === true,
  };
}

function clamp(v: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(v, min), Math.max(min, max)));
}
