import type { CanonicalRecord, CaptureEnvelope } from "@tongshu/shared";
import {
  type CapturePrefs,
  isCaptureAllowed,
  PLATFORM_GROUPS,
  type PlatformGroup,
  platformGroup,
} from "../lib/capture-prefs.ts";
import { canonicalUrl } from "../lib/canonical-url.ts";
import { SELLER_HOSTS } from "../lib/hosts.ts";
import { findParser } from "../platforms/registry.ts";

/** The platform whose back office serves `host` (Tmall hosts count as Taobao's group). */
function groupOfHost(host: string): PlatformGroup | null {
  for (const [platform, patterns] of Object.entries(SELLER_HOSTS)) {
    if (patterns.some((pattern: string) => pattern === `https://${host}/*`))
      return platformGroup(platform as keyof typeof SELLER_HOSTS);
  }
  return null;
}

function isGroup(value: string): value is PlatformGroup {
  return (PLATFORM_GROUPS as readonly string[]).includes(value);
}

/**
 * Should this capture be read at all? No when its platform is switched off, or when every kind
 * its parser can emit is. Such a capture is dropped before parsing: nothing of it is stored, not
 * even a failure in the capture log.
 */
export function isCaptureWanted(prefs: CapturePrefs, envelope: CaptureEnvelope): boolean {
  if (envelope.shop && !prefs.platforms[platformGroup(envelope.shop.platform)]) return false;
  const url = canonicalUrl(envelope.url);
  if (url === null) return true;
  const parser = findParser(url);
  const prefix = parser?.endpoint.id.split("/")[0] ?? "";
  const group = isGroup(prefix) ? prefix : groupOfHost(url.hostname);
  if (group !== null && !prefs.platforms[group]) return false;
  return parser === undefined || parser.kinds.some((kind) => prefs.kinds[kind]);
}

/** Keeps the records the user lets Tongshu store; the rest are dropped and counted. */
export function filterRecords(
  prefs: CapturePrefs,
  records: readonly CanonicalRecord[],
): { kept: CanonicalRecord[]; dropped: number } {
  const kept = records.filter((r) => isCaptureAllowed(prefs, r.platform, r.kind));
  return { kept, dropped: records.length - kept.length };
}
