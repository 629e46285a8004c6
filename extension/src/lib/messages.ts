import { isRecord } from "./is-record.ts";

/**
 * Runtime messages between extension pages and the service worker. Every message is
 * untrusted until parsed here: anything that does not match exactly is ignored.
 */

export interface StatusRequest {
  type: "status";
}

export type ExtensionRequest = StatusRequest;

/** What the popup shows. `paired` and `captureEnabled` stay false until those modules ship. */
export interface StatusResponse {
  version: string;
  installedAt: number | null;
  paired: false;
  captureEnabled: false;
}

export interface ErrorResponse {
  error: { code: string; message: string };
}

/** Narrows an incoming message to a known request, or null. */
export function parseRequest(value: unknown): ExtensionRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === "status" && Object.keys(value).length === 1) return { type: "status" };
  return null;
}

/** Narrows the service worker's answer to a status, or null (an error or a stray value). */
export function parseStatusResponse(value: unknown): StatusResponse | null {
  if (!isRecord(value)) return null;
  const { version, installedAt, paired, captureEnabled } = value;
  if (typeof version !== "string" || version === "") return null;
  if (installedAt !== null && !(typeof installedAt === "number" && Number.isInteger(installedAt))) {
    return null;
  }
  if (paired !== false || captureEnabled !== false) return null;
  return { version, installedAt, paired, captureEnabled };
}
