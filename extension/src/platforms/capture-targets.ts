import { canonicalUrl } from "../lib/canonical-url.ts";
import { ENDPOINTS } from "./endpoints.ts";
import type { Endpoint } from "./types.ts";

function matches(endpoint: Endpoint, url: URL): boolean {
  if (!endpoint.hosts.includes(url.hostname)) return false;
  return typeof endpoint.path === "string"
    ? url.pathname === endpoint.path
    : endpoint.path.test(url.pathname);
}

/** Should the hook copy this fetch/XHR response? Only JSON endpoints a parser reads. */
export function isCapturedRequest(url: URL): boolean {
  const real = canonicalUrl(url.href);
  return real !== null && ENDPOINTS.some((e) => e.body === "json" && matches(e, real));
}

/** Is this page itself the data (HTML with embedded JSON, e.g. an order detail page)? */
export function isCapturedDocument(url: URL): boolean {
  const real = canonicalUrl(url.href);
  return real !== null && ENDPOINTS.some((e) => e.body === "html" && matches(e, real));
}
