import { type ErrorResponse, parseRequest } from "../lib/messages.ts";
import { recordInstall } from "./install.ts";
import { getStatus } from "./status.ts";

chrome.runtime.onInstalled.addListener(() => {
  void recordInstall();
});
chrome.runtime.onStartup.addListener(() => {
  void recordInstall();
});

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only this extension's own pages may ask; anything unrecognised gets no answer.
  if (sender.id !== chrome.runtime.id) return undefined;
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
