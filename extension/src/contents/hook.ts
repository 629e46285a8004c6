import type { PlasmoCSConfig } from "plasmo";
import { installHook } from "../lib/hook-core.ts";
import { HOOK_CHANNEL, type HookMessage } from "../lib/hook-message.ts";
import { isCapturedRequest } from "../platforms/capture-targets.ts";

// The seller-center hosts (the same list as the manifest; content-scripts.test.ts compares), plus
// the local sandbox in dev builds only ("$VAR" entries are dropped when the variable is unset).
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
  world: "MAIN",
  run_at: "document_start",
  all_frames: true,
};

// Runs in the page's own world: it can see the page's fetch/XHR, and nothing of the extension.
installHook(window, {
  shouldCapture: isCapturedRequest,
  emit: (response) => {
    const message: HookMessage = { channel: HOOK_CHANNEL, response };
    window.postMessage(message, window.location.origin);
  },
  now: Date.now,
});
