import { DEMO_HOST_PATTERNS } from "../lib/hosts.ts";
import { type ErrorResponse, parseRequest } from "../lib/messages.ts";
import { readCaptureMessage } from "./capture-message.ts";
import { database } from "./database.ts";
import { handleCapture } from "./handle-capture.ts";
import { hookOpenTabs } from "./hook-open-tabs.ts";
import { recordInstall } from "./install.ts";
import { getStatus } from "./status.ts";

/** The workspace's buyer-key secret arrives with pairing (sync module); until then: none. */
async function buyerKeySecret(): Promise<string | null> {
  const items: Record<string, unknown> = await chrome.storage.local.get("buyerKeySecret");
  return typeof items.buyerKeySecret === "string" ? items.buyerKeySecret : null;
}

chrome.runtime.onInstalled.addListener(() => {
  void recordInstall();
  // Dev builds also read the local sandbox; prod has no permission for it, so the query skips it.
  void hookOpenTabs(process.env.PLASMO_PUBLIC_DEMO_HOST_IP ? DEMO_HOST_PATTERNS : []);
});
chrome.runtime.onStartup.addListener(() => {
  void recordInstall();
});

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return undefined;
  const envelope = readCaptureMessage(message, sender, chrome.runtime.id);
  if (envelope) {
    buyerKeySecret()
      .then((secret) => handleCapture(database(), envelope, secret))
      .then(sendResponse, (error: unknown) =>
        sendResponse({ error: { code: "internal", message: String(error) } }),
      );
    return true;
  }
  // Only this extension's own pages may ask for status; anything unrecognised gets no answer.
  const request = parseRequest(message);
  if (request === null) return undefined;
  switch (request.type) {
    case "status":
      getStatus().then(sendResponse, (error: unknown) => {
        const response: ErrorResponse = {
          error: { code: "internal", message: error instanceof Error ? error.message : "unknown" },
        };
        sendResponse(response);
      });
      return true; // the answer is sent asynchronously
  }
});
