import { readCaptureSummary } from "../db/capture-summary.ts";
import { clearCapturedData } from "../db/local-data.ts";
import { requeueQuarantine } from "../db/quarantine.ts";
import { DEMO_HOST_PATTERNS } from "../lib/hosts.ts";
import { type ErrorResponse, type ExtensionRequest, parseRequest } from "../lib/messages.ts";
import { readCapturePrefs, STORAGE_KEYS } from "../lib/settings.ts";
import { readCaptureMessage } from "./capture-message.ts";
import { database } from "./database.ts";
import { handleCapture } from "./handle-capture.ts";
import { hookOpenTabs } from "./hook-open-tabs.ts";
import { recordInstall } from "./install.ts";
import { handlePair, handleUnpair } from "./pairing.ts";
import { handleOverlayMessage } from "./overlay-data.ts";
import { noteSessionInstant, readSessionStart } from "./session-clock.ts";
import { getStatus } from "./status.ts";
import { ensureSyncAlarm, onSyncAlarm, requestSync, requestSyncSoon } from "./sync-runner.ts";

/** The workspace's buyer-key secret arrives with pairing; until then: none. */
async function buyerKeySecret(): Promise<string | null> {
  const items: Record<string, unknown> = await chrome.storage.local.get(
    STORAGE_KEYS.buyerKeySecret,
  );
  const secret = items[STORAGE_KEYS.buyerKeySecret];
  return typeof secret === "string" ? secret : null;
}

chrome.runtime.onInstalled.addListener(() => {
  void recordInstall();
  // Dev builds also read the local sandbox; prod has no permission for it, so the query skips it.
  void hookOpenTabs(process.env.PLASMO_PUBLIC_DEMO_HOST_IP ? DEMO_HOST_PATTERNS : []);
  void ensureSyncAlarm().then(() => requestSync());
});
chrome.runtime.onStartup.addListener(() => {
  void recordInstall();
  void ensureSyncAlarm().then(() => requestSync());
});
chrome.alarms.onAlarm.addListener(onSyncAlarm);
// Every wake-up: the periodic alarm is the safety net, so make sure it exists.
void ensureSyncAlarm();
// The popup counts what this browser session captured; the first wake-up starts the session.
void noteSessionInstant(Date.now());

/** Answers a page's request; the reply is sent asynchronously. */
async function answer(request: ExtensionRequest): Promise<unknown> {
  switch (request.type) {
    case "status":
      return getStatus();
    case "sync-now":
      await requestSync(true);
      return { ok: true };
    case "pair":
      return handlePair(request);
    case "unpair":
      return handleUnpair(request.clearLocalData);
    case "requeue-quarantine":
      await requeueQuarantine(database(), Date.now());
      void requestSync(true);
      return { ok: true };
    case "capture-summary":
      return readCaptureSummary(database(), await readSessionStart());
    case "clear-local-data":
      return { ok: true, deleted: await clearCapturedData(database()) };
  }
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return undefined;
  const envelope = readCaptureMessage(message, sender, chrome.runtime.id);
  if (envelope) {
    // A capture may have woken the worker: it belongs to this session even if taken just before.
    void noteSessionInstant(envelope.capturedAt);
    Promise.all([buyerKeySecret(), readCapturePrefs()])
      .then(([secret, prefs]) => handleCapture(database(), envelope, secret, Date.now(), prefs))
      .then((outcome) => {
        if (outcome.written > 0) requestSyncSoon();
        sendResponse(outcome);
      })
      .catch((error: unknown) =>
        sendResponse({ error: { code: "internal", message: String(error) } }),
      );
    return true;
  }
  // A seller tab's overlay may ask one narrow, parsed question (aggregated figures only).
  if (handleOverlayMessage(message, sender, sendResponse)) return true;
  // Anything else only this extension's own pages (popup, options) may ask, never a content
  // script in a seller tab; anything unrecognised gets no answer.
  const fromOwnPage = sender.url?.startsWith(chrome.runtime.getURL("")) === true;
  const request = fromOwnPage ? parseRequest(message) : null;
  if (request === null) return undefined;
  answer(request).then(sendResponse, (error: unknown) => {
    const response: ErrorResponse = {
      error: { code: "internal", message: error instanceof Error ? error.message : "unknown" },
    };
    sendResponse(response);
  });
  return true;
});
