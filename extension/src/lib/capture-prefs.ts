import { type Platform, RECORD_KINDS, type RecordKind } from "@tongshu/shared";
import { isRecord } from "./is-record.ts";

/**
 * What the user lets Tongshu read, and where the in-page hints may show. Both live in
 * chrome.storage.local and are re-validated on every read: anything missing or damaged means
 * "on", so a new user captures everything without configuration and a bad value never
 * silently turns capture off.
 */

/** The switchable platforms: Taobao and Tmall share one back office, so they share a switch. */
export const PLATFORM_GROUPS = ["taobao", "jd", "pdd"] as const;
export type PlatformGroup = (typeof PLATFORM_GROUPS)[number];

export interface CapturePrefs {
  platforms: Record<PlatformGroup, boolean>;
  kinds: Record<RecordKind, boolean>;
}

/** In-page hints (the overlay): read by the overlay before it draws anything. */
export interface OverlayPrefs {
  enabled: boolean;
  platforms: Record<PlatformGroup, boolean>;
}

export function platformGroup(platform: Platform): PlatformGroup {
  return platform === "tmall" ? "taobao" : platform;
}

/** A map of switches: each known name a boolean, true unless stored exactly as false. */
function parseSwitches<K extends string>(names: readonly K[], value: unknown): Record<K, boolean> {
  const stored = isRecord(value) ? value : {};
  return Object.fromEntries(names.map((name) => [name, stored[name] !== false])) as Record<
    K,
    boolean
  >;
}

export function parseCapturePrefs(value: unknown): CapturePrefs {
  const stored = isRecord(value) ? value : {};
  return {
    platforms: parseSwitches(PLATFORM_GROUPS, stored.platforms),
    kinds: parseSwitches(RECORD_KINDS, stored.kinds),
  };
}

export function parseOverlayPrefs(value: unknown): OverlayPrefs {
  const stored = isRecord(value) ? value : {};
  return {
    enabled: stored.enabled !== false,
    platforms: parseSwitches(PLATFORM_GROUPS, stored.platforms),
  };
}

/** Everything on: the default, and what tests and the replay CLI use. */
export const ALL_CAPTURE_ON: CapturePrefs = parseCapturePrefs(undefined);

/** May a record of `kind` from `platform` be stored (and so synced)? */
export function isCaptureAllowed(
  prefs: CapturePrefs,
  platform: Platform,
  kind: RecordKind,
): boolean {
  return prefs.platforms[platformGroup(platform)] && prefs.kinds[kind];
}

/** True when every switch is on (the popup says so when some are off). */
export function isCapturingEverything(prefs: CapturePrefs): boolean {
  return [...Object.values(prefs.platforms), ...Object.values(prefs.kinds)].every(Boolean);
}

/** True when at least one platform and one kind are on. */
export function isCapturingAnything(prefs: CapturePrefs): boolean {
  return Object.values(prefs.platforms).some(Boolean) && Object.values(prefs.kinds).some(Boolean);
}

/** Should the in-page hints show on a page of `platform`? */
export function isOverlayShown(prefs: OverlayPrefs, platform: Platform): boolean {
  return prefs.enabled && prefs.platforms[platformGroup(platform)];
}
