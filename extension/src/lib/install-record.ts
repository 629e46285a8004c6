import { isRecord } from "./is-record.ts";

/** When this browser first installed the extension, and which version it runs now. */
export interface InstallRecord {
  installedAt: number;
  version: string;
}

/** Narrows a stored value to an install record, or null. */
export function parseInstallRecord(value: unknown): InstallRecord | null {
  if (!isRecord(value)) return null;
  const { installedAt, version } = value;
  if (typeof installedAt !== "number" || !Number.isInteger(installedAt) || installedAt <= 0) {
    return null;
  }
  if (typeof version !== "string" || version === "") return null;
  return { installedAt, version };
}

/**
 * The record to store after install, update or browser start: the first install time is
 * kept across updates, the version always follows the running manifest.
 */
export function nextInstallRecord(stored: unknown, version: string, now: number): InstallRecord {
  const previous = parseInstallRecord(stored);
  return { installedAt: previous?.installedAt ?? now, version };
}
