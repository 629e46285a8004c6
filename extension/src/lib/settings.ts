import {
  type CapturePrefs,
  type OverlayPrefs,
  parseCapturePrefs,
  parseOverlayPrefs,
} from "./capture-prefs.ts";
import { DEFAULT_LOCALE, type Locale, parseLocale } from "./i18n.ts";
import { parseServerUrl } from "./server-url.ts";

/** chrome.storage.local keys, in one place so pages and the service worker agree. */
export const STORAGE_KEYS = {
  install: "install",
  serverUrl: "serverUrl",
  locale: "locale",
  /** The paired device: server, device id, token and workspace (lib/device-credentials.ts). */
  device: "device",
  /** The workspace's buyer-key secret, read by capture (background/index.ts). */
  buyerKeySecret: "buyerKeySecret",
  /** What may be captured, per platform and kind (lib/capture-prefs.ts). */
  capture: "capture",
  /** In-page hints on or off, globally and per platform (lib/capture-prefs.ts). */
  overlay: "overlay",
} as const;

/** The keys readSettings reads and watchSettings watches (never the device or its secret). */
const SETTING_KEYS: readonly string[] = [
  STORAGE_KEYS.serverUrl,
  STORAGE_KEYS.locale,
  STORAGE_KEYS.capture,
  STORAGE_KEYS.overlay,
];

export interface Settings {
  /** Origin of the user's own Tongshu server, or null until they enter one. */
  serverUrl: string | null;
  locale: Locale;
  capture: CapturePrefs;
  overlay: OverlayPrefs;
}

/** Reads settings out of raw storage items, re-validating each value (storage is input too). */
export function parseSettings(items: Readonly<Record<string, unknown>>): Settings {
  const stored = items[STORAGE_KEYS.serverUrl];
  const server = typeof stored === "string" ? parseServerUrl(stored) : null;
  return {
    serverUrl: server?.ok ? server.url : null,
    locale: parseLocale(items[STORAGE_KEYS.locale]) ?? DEFAULT_LOCALE,
    capture: parseCapturePrefs(items[STORAGE_KEYS.capture]),
    overlay: parseOverlayPrefs(items[STORAGE_KEYS.overlay]),
  };
}

export async function readSettings(): Promise<Settings> {
  const items: Record<string, unknown> = await chrome.storage.local.get([...SETTING_KEYS]);
  return parseSettings(items);
}

/** Saves an origin that already passed parseServerUrl. */
export async function saveServerUrl(url: string): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.serverUrl]: url });
}

export async function saveLocale(locale: Locale): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.locale]: locale });
}

/** The capture switches alone, for the service worker's capture path. */
export async function readCapturePrefs(): Promise<CapturePrefs> {
  const items: Record<string, unknown> = await chrome.storage.local.get(STORAGE_KEYS.capture);
  return parseCapturePrefs(items[STORAGE_KEYS.capture]);
}

export async function saveCapturePrefs(prefs: CapturePrefs): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.capture]: prefs });
}

/** The in-page hint switches alone, for the overlay. */
export async function readOverlayPrefs(): Promise<OverlayPrefs> {
  const items: Record<string, unknown> = await chrome.storage.local.get(STORAGE_KEYS.overlay);
  return parseOverlayPrefs(items[STORAGE_KEYS.overlay]);
}

export async function saveOverlayPrefs(prefs: OverlayPrefs): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.overlay]: prefs });
}

/** Calls back whenever a setting changes in any extension page; returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== "local" || !Object.keys(changes).some((key) => SETTING_KEYS.includes(key))) return;
    void readSettings().then(onChange);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
