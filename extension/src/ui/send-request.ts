import type { ExtensionRequest } from "../lib/messages.ts";

/** Sends a request to the service worker; the answer is untrusted until a parse function reads it. */
export function sendRequest(request: ExtensionRequest): Promise<unknown> {
  return chrome.runtime.sendMessage(request);
}
