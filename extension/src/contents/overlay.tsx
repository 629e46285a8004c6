import type { Platform } from "@tongshu/shared";
import type { PlasmoCSConfig } from "plasmo";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { platformGroup } from "../lib/capture-prefs.ts";
import { canonicalUrl } from "../lib/canonical-url.ts";
import { DEFAULT_LOCALE, parseLocale } from "../lib/i18n.ts";
import { STORAGE_KEYS } from "../lib/settings.ts";
import { type OverlaySnapshot, startPageOverlay } from "../overlay/page-overlay.ts";
import { pagePlatform } from "../overlay/page-platform.ts";
import { Panel } from "../overlay/panel.tsx";
import { type PanelState, panelStateKey, parsePanelState } from "../overlay/panel-state.ts";
import { OrderBadge, ProductBadge } from "../overlay/row-badges.tsx";
import { overlayTranslator } from "../overlay/strings.ts";
import { PANEL_CSS } from "../overlay/styles.ts";
import { detectPageShop } from "../platforms/detect-shop.ts";

// The seller hosts (lib/hosts.ts) and, in dev builds only, the local sandbox (as relay.ts).
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
  run_at: "document_idle",
  // Back offices often show their lists in an iframe (千牛 frames its pages).
  all_frames: true,
};

export const getStyle = (): HTMLStyleElement => {
  const style = document.createElement("style");
  style.textContent = PANEL_CSS;
  return style;
};

/** The page's platform and shop; a Taobao back office may show a Tmall shop. */
function readPage(): { platform: Platform; shopId: string | null; host: string } | null {
  const platform = pagePlatform(location.href);
  const url = canonicalUrl(location.href);
  if (!platform || !url) return null;
  const shop = detectPageShop(document, new URL(location.href));
  const same = shop && platformGroup(shop.platform) === platformGroup(platform);
  return {
    platform: same ? shop.platform : platform,
    shopId: same ? shop.shopId : null,
    host: url.host,
  };
}

/** The in-page overlay: badges on known list rows and the floating panel; nothing elsewhere. */
export default function Overlay() {
  const [page] = useState(readPage);
  const [snapshot, setSnapshot] = useState<OverlaySnapshot | null>(null);
  const [panel, setPanel] = useState<PanelState | null>(null);
  const [locale, setLocale] = useState(DEFAULT_LOCALE);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!page) return undefined;
    const key = panelStateKey(page.host);
    chrome.storage.local
      .get([key, STORAGE_KEYS.locale])
      .then((items: Record<string, unknown>) => {
        setLocale(parseLocale(items[STORAGE_KEYS.locale]) ?? DEFAULT_LOCALE);
        setPanel(parsePanelState(items[key], { width: innerWidth, height: innerHeight }));
      })
      .catch(() => setPanel(parsePanelState(null, { width: innerWidth, height: innerHeight })));
    const onLocale = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      const change = changes[STORAGE_KEYS.locale];
      if (area === "local" && change) setLocale(parseLocale(change.newValue) ?? DEFAULT_LOCALE);
    };
    chrome.storage.onChanged.addListener(onLocale);
    const stop = startPageOverlay(page, (next) => {
      setSnapshot(next);
      setNow(Date.now());
    });
    return () => {
      stop();
      chrome.storage.onChanged.removeListener(onLocale);
    };
  }, [page]);

  if (!page || !snapshot?.answer || !panel) return null;
  const t = overlayTranslator(locale);
  const savePanel = (next: PanelState) => {
    setPanel(next);
    void chrome.storage.local.set({ [panelStateKey(page.host)]: next }).catch(() => undefined);
  };
  return (
    <>
      {snapshot.showPanel && (
        <Panel
          answer={snapshot.answer}
          platform={page.platform}
          state={panel}
          now={now}
          t={t}
          onChange={savePanel}
        />
      )}
      {snapshot.slots.map((slot) =>
        createPortal(
          <>
            {slot.product && <ProductBadge id={slot.id} figures={slot.product} t={t} />}
            {slot.order && <OrderBadge id={slot.id} badges={slot.order} t={t} />}
          </>,
          slot.container,
          String(slot.key),
        ),
      )}
    </>
  );
}
