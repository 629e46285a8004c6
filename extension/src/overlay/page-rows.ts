import { idsInHref, idsInText } from "./page-ids.ts";

/** The tag of the shadow hosts the overlay inserts into rows (and skips when scanning). */
export const BADGE_HOST_TAG = "tongshu-badge";
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "TEMPLATE"]);
const MAX_TEXT_NODES = 20_000;
const MAX_DEPTH = 12;

/** Ids on the page and the elements that show them (reads only: no layout is forced). */
export function collectPageIds(root: HTMLElement): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  const add = (id: string, el: Element) => {
    const list = found.get(id);
    if (list) list.push(el);
    else found.set(id, [el]);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (
    let n = 0, node = walker.nextNode();
    node && n < MAX_TEXT_NODES;
    n++, node = walker.nextNode()
  ) {
    const text = node.nodeValue?.trim() ?? "";
    if (text.length >= 6 && node.parentElement)
      for (const id of idsInText(text)) add(id, node.parentElement);
  }
  for (const link of root.querySelectorAll("a[href]")) {
    for (const id of idsInHref(link.getAttribute("href") ?? "")) add(id, link);
  }
  return found;
}

/**
 * The list row an element belongs to: the nearest tr, li or [role=row], else the nearest
 * ancestor repeated at least three times among its siblings (a div-based list). Null when the
 * element is in no list: then no badge is drawn.
 */
export function findRow(start: Element, root: HTMLElement): Element | null {
  for (
    let el: Element | null = start, d = 0;
    el && el !== root && d < MAX_DEPTH;
    el = el.parentElement, d++
  ) {
    if (el.tagName === "TR" || el.tagName === "LI" || el.getAttribute("role") === "row") {
      // A header row is not a record row.
      return el.closest("thead") ? null : el;
    }
  }
  for (
    let el: Element | null = start, d = 0;
    el && el !== root && d < MAX_DEPTH;
    el = el.parentElement, d++
  ) {
    const parent = el.parentElement;
    if (!parent || parent === root) break;
    let alike = 0;
    for (const sibling of parent.children)
      if (sibling.tagName === el.tagName && sibling.className === el.className) alike++;
    if (alike >= 3) return el;
  }
  return null;
}

/** Where a row's badge goes: inside its last cell for a table row, else at the row's end. */
export function badgeParent(row: Element): Element {
  const last = row.lastElementChild;
  return row.tagName === "TR" && last && (last.tagName === "TD" || last.tagName === "TH")
    ? last
    : row;
}

/** Is this node ours (a badge host or inside one)? Its mutations must not wake the observer. */
export function isOverlayNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`${BADGE_HOST_TAG}, plasmo-csui`);
}
