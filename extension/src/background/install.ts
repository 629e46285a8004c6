import {
  type InstallRecord,
  nextInstallRecord,
  parseInstallRecord,
} from "../lib/install-record.ts";
import { STORAGE_KEYS } from "../lib/settings.ts";

/** Stores the first install time and the running version (on install, update and start). */
export async function recordInstall(now = Date.now()): Promise<InstallRecord> {
  const items: Record<string, unknown> = await chrome.storage.local.get(STORAGE_KEYS.install);
  const record = nextInstallRecord(
    items[STORAGE_KEYS.install],
    chrome.runtime.getManifest().version,
    now,
  );
  await chrome.storage.local.set({ [STORAGE_KEYS.install]: record });
  return record;
}

/** The stored install record; writes one first if a start-up event was missed. */
export async function readInstall(): Promise<InstallRecord> {
  const items: Record<string, unknown> = await chrome.storage.local.get(STORAGE_KEYS.install);
  const record = parseInstallRecord(items[STORAGE_KEYS.install]);
  return record !== null && record.version === chrome.runtime.getManifest().version
    ? record
    : recordInstall();
}
