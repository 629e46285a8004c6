import { PLATFORMS, type Platform, RECORD_KINDS, type RecordKind } from "@tongshu/shared";
import { isRecord } from "./is-record.ts";

/** Records of one kind in one shop: captured this browser session, and stored in total. */
export interface KindCounts {
  session: number;
  total: number;
}

/** The popup's view of one shop. */
export interface ShopSummary {
  platform: Platform;
  shopId: string;
  /** As the page showed it; null when no page named it. */
  shopName: string | null;
  lastCapturedAt: number | null;
  /** Failed captures of this shop still in the capture log. */
  failures: number;
  kinds: Record<RecordKind, KindCounts>;
}

export interface CaptureSummary {
  /** Start of this browser session (lib/session-start.ts); null before the first note. */
  sessionStartedAt: number | null;
  shops: ShopSummary[];
  /** Failed captures in the log, over all shops. */
  failedCaptures: number;
  /** Failed captures whose page showed no shop. */
  unattributedFailures: number;
}

/** What the service worker read from IndexedDB, keyed by "platform|shopId". */
export interface SummaryInput {
  sessionStartedAt: number | null;
  shops: ReadonlyArray<{ key: string; shopName: string | null; lastCapturedAt: number }>;
  counts: ReadonlyMap<string, Partial<Record<RecordKind, KindCounts>>>;
  failuresByShop: ReadonlyMap<string, number>;
  failedCaptures: number;
}

/** "pdd|879846125" → its parts, or null for a key that is not a shop. */
export function parseShopKey(key: string): { platform: Platform; shopId: string } | null {
  const at = key.indexOf("|");
  const platform = PLATFORMS.find((p) => p === key.slice(0, at));
  const shopId = key.slice(at + 1);
  return at > 0 && platform !== undefined && shopId !== "" ? { platform, shopId } : null;
}

const emptyKinds = (): Record<RecordKind, KindCounts> =>
  Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { session: 0, total: 0 }])) as Record<
    RecordKind,
    KindCounts
  >;

/**
 * One entry per shop that has a shops row, stored records or failures; platforms in their
 * usual order, then the most recently captured shop first.
 */
export function assembleCaptureSummary(input: SummaryInput): CaptureSummary {
  const rows = new Map(input.shops.map((s) => [s.key, s]));
  const keys = new Set([...rows.keys(), ...input.counts.keys(), ...input.failuresByShop.keys()]);
  const shops: ShopSummary[] = [];
  for (const key of keys) {
    const parts = parseShopKey(key);
    if (parts === null) continue;
    const row = rows.get(key);
    shops.push({
      ...parts,
      shopName: row?.shopName ?? null,
      lastCapturedAt: row?.lastCapturedAt ?? null,
      failures: input.failuresByShop.get(key) ?? 0,
      kinds: { ...emptyKinds(), ...input.counts.get(key) },
    });
  }
  shops.sort(
    (a, b) =>
      PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
      (b.lastCapturedAt ?? 0) - (a.lastCapturedAt ?? 0) ||
      (a.shopId < b.shopId ? -1 : 1),
  );
  const attributed = shops.reduce((sum, shop) => sum + shop.failures, 0);
  return {
    sessionStartedAt: input.sessionStartedAt,
    shops,
    failedCaptures: input.failedCaptures,
    unattributedFailures: Math.max(0, input.failedCaptures - attributed),
  };
}

const isCount = (v: unknown): v is number =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isInstantOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isSafeInteger(v));

function parseKinds(value: unknown): Record<RecordKind, KindCounts> | null {
  if (!isRecord(value)) return null;
  const kinds = emptyKinds();
  for (const kind of RECORD_KINDS) {
    const counts = value[kind];
    if (!isRecord(counts) || !isCount(counts.session) || !isCount(counts.total)) return null;
    kinds[kind] = { session: counts.session, total: counts.total };
  }
  return kinds;
}

function parseShop(value: unknown): ShopSummary | null {
  if (!isRecord(value)) return null;
  const { platform, shopId, shopName, lastCapturedAt, failures } = value;
  const known = PLATFORMS.find((p) => p === platform);
  if (known === undefined || typeof shopId !== "string" || shopId === "") return null;
  if (shopName !== null && typeof shopName !== "string") return null;
  if (!isInstantOrNull(lastCapturedAt) || !isCount(failures)) return null;
  const kinds = parseKinds(value.kinds);
  if (kinds === null) return null;
  return { platform: known, shopId, shopName, lastCapturedAt, failures, kinds };
}

/** Narrows the service worker's answer to a summary, or null. */
export function parseCaptureSummary(value: unknown): CaptureSummary | null {
  if (!isRecord(value) || !Array.isArray(value.shops)) return null;
  const { sessionStartedAt, failedCaptures, unattributedFailures } = value;
  if (!isInstantOrNull(sessionStartedAt)) return null;
  if (!isCount(failedCaptures) || !isCount(unattributedFailures)) return null;
  const shops: ShopSummary[] = [];
  for (const item of value.shops) {
    const shop = parseShop(item);
    if (shop === null) return null;
    shops.push(shop);
  }
  return { sessionStartedAt, shops, failedCaptures, unattributedFailures };
}
