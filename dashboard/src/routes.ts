import type { MessageKey } from "./i18n/translate.ts";

/** One entry of the left navigation: a page id, its path and its label. */
export interface NavRoute {
  id: string;
  path: string;
  labelKey: MessageKey;
}

/** The product's navigation, in the order sellers see it. Pages are registered in pages/index.ts. */
export const ROUTES = [
  { id: "overview", path: "/", labelKey: "nav.overview" },
  { id: "platforms", path: "/platforms", labelKey: "nav.platforms" },
  { id: "products", path: "/products", labelKey: "nav.products" },
  { id: "inventory", path: "/inventory", labelKey: "nav.inventory" },
  { id: "profit", path: "/profit", labelKey: "nav.profit" },
  { id: "ads", path: "/ads", labelKey: "nav.ads" },
  { id: "traffic", path: "/traffic", labelKey: "nav.traffic" },
  { id: "customers", path: "/customers", labelKey: "nav.customers" },
  { id: "alerts", path: "/alerts", labelKey: "nav.alerts" },
  { id: "imports", path: "/imports", labelKey: "nav.imports" },
  { id: "quality", path: "/quality", labelKey: "nav.quality" },
  { id: "settings", path: "/settings", labelKey: "nav.settings" },
] as const satisfies readonly NavRoute[];

export type Route = (typeof ROUTES)[number];
export type RouteId = Route["id"];

/** "/inventory/" and "/inventory" are one page; the root stays "/". */
export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** A location path as people typed it: "/%E5%BA%93" reads "/库". Malformed escapes stay as they are. */
export function displayPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** The route a location path shows, or null for the 404 view. Query and hash are ignored. */
export function matchRoute(pathname: string): Route | null {
  const path = normalisePath(pathname.split(/[?#]/, 1)[0] ?? "");
  return ROUTES.find((route) => route.path === path) ?? null;
}

/** Minimal fields of a click event, so the check stays a pure function. */
export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * Should an in-app link handle this click itself? Only a plain left click: with a modifier
 * the browser opens a new tab or window, which must keep working.
 */
export function isPlainLeftClick(event: ClickLike): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
