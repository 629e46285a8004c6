import { BADGE_CSS } from "./styles.ts";
import { BADGE_HOST_TAG, badgeParent } from "./page-rows.ts";

interface Host {
  host: HTMLElement;
  container: HTMLElement;
  /** Stable per host, for React keys. */
  key: number;
}
let nextKey = 1;
let sheet: CSSStyleSheet | null | undefined;

/** One parsed stylesheet shared by every badge (a 100-row list parses it once, not 100 times). */
function adoptBadgeStyles(shadow: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(BADGE_CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = BADGE_CSS;
  shadow.prepend(style);
}
const byRow = new WeakMap<Element, Host>();

/**
 * The row's badge host (a shadow root, so neither side's CSS leaks), created on first use and
 * re-attached if the page re-rendered the cell. The host takes no pointer events: only the
 * badge inside does, so the page's own controls around it keep working.
 */
export function ensureBadgeHost(row: Element): Host {
  const known = byRow.get(row);
  const parent = badgeParent(row);
  if (known && known.host.parentElement === parent) return known;
  const host = known?.host ?? document.createElement(BADGE_HOST_TAG);
  if (!known) {
    host.setAttribute(
      "style",
      "all:initial;display:inline-block;vertical-align:middle;margin-inline-start:6px;pointer-events:none",
    );
    const shadow = host.attachShadow({ mode: "open" });
    const container = document.createElement("span");
    shadow.append(container);
    adoptBadgeStyles(shadow);
    byRow.set(row, { host, container, key: nextKey++ });
  }
  parent.append(host);
  return byRow.get(row) as Host;
}

/** Removes every badge host not in `keep` (rows that left the list or lost their figures). */
export function removeBadgeHosts(keep: ReadonlySet<HTMLElement>): void {
  for (const host of document.querySelectorAll<HTMLElement>(BADGE_HOST_TAG))
    if (!keep.has(host)) host.remove();
}
