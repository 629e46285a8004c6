import { SELLER_HOST_PATTERNS } from "../lib/hosts.ts";

async function registeredMainWorldFiles(): Promise<string[]> {
  // Plasmo registers the MAIN-world hook when the service worker starts; wait for it briefly.
  for (let attempt = 0; attempt < 50; attempt++) {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    const files = scripts.flatMap((s) => s.js ?? []);
    if (files.length > 0) return files;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

/**
 * Tabs opened before install or update carry no hook (content scripts only start with a page
 * load). Inject the relay and the hook into those seller-center tabs so capture starts now.
 */
export async function hookOpenTabs(extraPatterns: readonly string[] = []): Promise<number> {
  const relayFiles = (chrome.runtime.getManifest().content_scripts ?? []).flatMap(
    (cs: { js?: string[] }) => cs.js ?? [],
  );
  const hookFiles = await registeredMainWorldFiles();
  if (relayFiles.length === 0 || hookFiles.length === 0) return 0;
  const tabs = await chrome.tabs.query({ url: [...SELLER_HOST_PATTERNS, ...extraPatterns] });
  let hooked = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: relayFiles });
      await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        files: hookFiles,
        world: "MAIN",
      });
      hooked++;
    } catch {
      // A tab that is loading, crashed or shows an error page: it gets the hook on its next load.
    }
  }
  return hooked;
}
