import { CaptureEnvelopeSchema } from "@tongshu/shared";
import type { PlasmoCSConfig } from "plasmo";
import type { HookedResponse } from "../lib/hook-core.ts";
import { readHookMessage } from "../lib/hook-message.ts";
import { ShopMemory } from "../lib/shop-memory.ts";
import { isCapturedDocument } from "../platforms/capture-targets.ts";
import { detectPageShop } from "../platforms/detect-shop.ts";

export const config: PlasmoCSConfig = {
  matches: [
    "https://myseller.taobao.com/*",
    "https://trade.taobao.com/*",
    "https://refund2.taobao.com/*",
    "https://item.publish.taobao.com/*",
    "https://item.manager.taobao.com/*",
    "https://sycm.taobao.com/*",
    "https://one.alimama.com/*",
    "https://ad.alimama.com/*",
    "https://subway.simba.taobao.com/*",
    "https://trade.tmall.com/*",
    "https://refund2.tmall.com/*",
    "https://item.manager.tmall.com/*",
    "https://item.upload.tmall.com/*",
    "https://shop.jd.com/*",
    "https://porder.shop.jd.com/*",
    "https://ware.shop.jd.com/*",
    "https://sff.jd.com/*",
    "https://sz.jd.com/*",
    "https://jdsz.jd.com/*",
    "https://szgateway.jd.com/*",
    "https://jzt.jd.com/*",
    "https://jzt-api.jd.com/*",
    "https://atoms-api.jd.com/*",
    "https://mms.pinduoduo.com/*",
    "https://yingxiao.pinduoduo.com/*",
    "$PLASMO_PUBLIC_DEMO_HOST_IP",
    "$PLASMO_PUBLIC_DEMO_HOST_NAME",
  ],
  run_at: "document_start",
  all_frames: true,
};

const shops = new ShopMemory();

/**
 * The isolated-world relay: accepts the hook's messages from this very window only, attaches the
 * shop the page shows right now, validates the envelope and hands it to the service worker.
 */
function forward(response: HookedResponse): void {
  const sent = shops.choose(detectPageShop(document, new URL(location.href)));
  const envelope = CaptureEnvelopeSchema.safeParse({ ...response, shop: sent.shop });
  if (!envelope.success) return;
  chrome.runtime
    .sendMessage({ type: "capture", envelope: envelope.data })
    .then((outcome: unknown) => {
      if (shops.learn(outcome, sent)) forward(response);
    })
    // The service worker may be restarting; a lost capture is re-taken on the next page load.
    .catch(() => undefined);
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== window || event.origin !== location.origin) return;
  const response = readHookMessage(event.data);
  if (response) forward(response);
});

// Pages that carry their data in the HTML itself (order detail, refund list, item editor).
function captureDocument(): void {
  const url = new URL(location.href);
  if (!isCapturedDocument(url)) return;
  forward({
    url: url.href,
    method: "GET",
    requestBody: null,
    status: 200,
    responseBody: document.documentElement.outerHTML,
    capturedAt: Date.now(),
  });
}
if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", captureDocument, { once: true });
else captureDocument();
