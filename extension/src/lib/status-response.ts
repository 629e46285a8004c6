import { isRecord } from "./is-record.ts";

/** Where sync stands, for the popup and options pages. */
export interface SyncStatus {
  /** Records waiting in the outbox. */
  pending: number;
  quarantined: number;
  /** The most common quarantine reasons, most frequent first (at most 10). */
  quarantineReasons: Array<{ reason: string; count: number }>;
  lastSuccessAt: number | null;
  lastError: { at: number; message: string; status: number | null } | null;
  nextAttemptAt: number | null;
  /** The server no longer knows this device: pair again (queued data is kept). */
  needsPairing: boolean;
}

/** What the popup and options pages show. */
export interface StatusResponse {
  version: string;
  installedAt: number | null;
  paired: boolean;
  /** The paired workspace's name; null when not paired. */
  workspaceName: string | null;
  /** The server this device is paired with; null when not paired. */
  serverUrl: string | null;
  captureEnabled: boolean;
  /** Records in the local store, over all kinds and shops. */
  storedRecords: number;
  lastCaptureAt: number | null;
  /** Failed captures still in the log (their envelopes can be exported). */
  failedCaptures: number;
  sync: SyncStatus;
}

const isInstant = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isInteger(v));
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function parseReasons(value: unknown): SyncStatus["quarantineReasons"] | null {
  if (!Array.isArray(value) || value.length > 10) return null;
  const reasons: SyncStatus["quarantineReasons"] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.reason !== "string" || !isCount(item.count)) return null;
    reasons.push({ reason: item.reason, count: item.count });
  }
  return reasons;
}

function parseLastError(value: unknown): SyncStatus["lastError"] | undefined {
  if (value === null) return null;
  if (!isRecord(value) || typeof value.message !== "string") return undefined;
  const { at, status } = value;
  if (typeof at !== "number" || !Number.isInteger(at)) return undefined;
  if (status !== null && !(typeof status === "number" && Number.isInteger(status)))
    return undefined;
  return { at, message: value.message, status };
}

function parseSyncStatus(value: unknown): SyncStatus | null {
  if (!isRecord(value)) return null;
  const { pending, quarantined, lastSuccessAt, nextAttemptAt, needsPairing } = value;
  const quarantineReasons = parseReasons(value.quarantineReasons);
  const lastError = parseLastError(value.lastError);
  if (!isCount(pending) || !isCount(quarantined) || quarantineReasons === null) return null;
  if (!isInstant(lastSuccessAt) || !isInstant(nextAttemptAt) || lastError === undefined)
    return null;
  if (typeof needsPairing !== "boolean") return null;
  return {
    pending,
    quarantined,
    quarantineReasons,
    lastSuccessAt,
    lastError,
    nextAttemptAt,
    needsPairing,
  };
}

/** Narrows the service worker's answer to a status, or null (an error or a stray value). */
export function parseStatusResponse(value: unknown): StatusResponse | null {
  if (!isRecord(value)) return null;
  const { version, installedAt, paired, workspaceName, serverUrl, captureEnabled } = value;
  const { storedRecords, lastCaptureAt, failedCaptures } = value;
  if (typeof version !== "string" || version === "") return null;
  if (!isInstant(installedAt) || !isInstant(lastCaptureAt)) return null;
  if (typeof paired !== "boolean" || typeof captureEnabled !== "boolean") return null;
  // Paired means a workspace and a server; unpaired means neither.
  const named = typeof workspaceName === "string" && typeof serverUrl === "string";
  if (paired ? !named : workspaceName !== null || serverUrl !== null) return null;
  if (!isCount(storedRecords) || !isCount(failedCaptures)) return null;
  const sync = parseSyncStatus(value.sync);
  if (sync === null) return null;
  return {
    version,
    installedAt,
    paired,
    workspaceName: workspaceName as string | null,
    serverUrl: serverUrl as string | null,
    captureEnabled,
    storedRecords,
    lastCaptureAt,
    failedCaptures,
    sync,
  };
}
