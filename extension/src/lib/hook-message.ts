import type { HookedResponse } from "./hook-core.ts";
import { isRecord } from "./is-record.ts";

/** The window message the MAIN-world hook posts and the isolated relay accepts. */
export const HOOK_CHANNEL = "tongshu:capture";

export interface HookMessage {
  channel: typeof HOOK_CHANNEL;
  response: HookedResponse;
}

/** Narrows a window message to a hook message; anything else (other scripts' messages) is null. */
export function readHookMessage(data: unknown): HookedResponse | null {
  if (!isRecord(data) || data.channel !== HOOK_CHANNEL || !isRecord(data.response)) return null;
  const r = data.response;
  const ok =
    typeof r.url === "string" &&
    typeof r.method === "string" &&
    (r.requestBody === null || typeof r.requestBody === "string") &&
    typeof r.status === "number" &&
    typeof r.responseBody === "string" &&
    typeof r.capturedAt === "number";
  return ok ? (r as unknown as HookedResponse) : null;
}
