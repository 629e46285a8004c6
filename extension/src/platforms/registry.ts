import { JD_PARSERS } from "./jd/index.ts";
import { PDD_PARSERS } from "./pdd/index.ts";
import { TAOBAO_PARSERS } from "./taobao/index.ts";
import type { Endpoint, Parser } from "./types.ts";

/** Every parser, one per endpoint. Taobao's parsers also read Tmall shops (one back office). */
export const PARSERS: readonly Parser[] = [...TAOBAO_PARSERS, ...JD_PARSERS, ...PDD_PARSERS];

export function endpointMatches(endpoint: Endpoint, url: URL): boolean {
  if (!endpoint.hosts.includes(url.hostname)) return false;
  return typeof endpoint.path === "string"
    ? url.pathname === endpoint.path
    : endpoint.path.test(url.pathname);
}

/** The parser for a (canonical) URL, or undefined. */
export function findParser(url: URL): Parser | undefined {
  return PARSERS.find((p) => endpointMatches(p.endpoint, url));
}
