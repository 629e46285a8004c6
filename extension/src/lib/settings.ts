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
} as const;

export interface Settings {
  /** Origin of the user's own Tongshu server, or null until they enter one. */
  serverUrl: string | null;
  locale: Locale;
}

/** Reads settings out of raw storage items, re-validating each value (storage is input too). */
export function parseSettings(items: Readonly<Record<string, unknown>>): Settings {
  const stored = items[STORAGE_KEYS.serverUrl];
  const server = typeof stored === "string" ? parseServerUrl(stored) : null;
  return {
    serverUrl: server?.ok ? server.url : null,
    locale: parseLocale(items[STORAGE_KEYS.locale]) ?? DEFAULT_LOCALE,
  };
}

export async function readSettings(): Promise<Settings> {
  const items: Record<string, unknown> = await chrome.storage.local.get([
    STORAGE_KEYS.serverUrl,
    STORAGE_KEYS.locale,
  ]);
  return parseSettings(items);
}

/** Saves an origin that already passed parseServerUrl. */
export async function saveServerUrl(url: string): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.serverUrl]: url });
}

export async function saveLocale(locale: Locale): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEYS.locale]: locale });
}

/** Calls back whenever a setting changes in any extension page; returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const keys: readonly string[] = [STORAGE_KEYS.serverUrl, STORAGE_KEYS.locale];
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== "local" || !Object.keys(changes).some((key) => keys.includes(key))) return;
    void readSettings().then(onChange);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
