import * as jd from "./jd/endpoints.ts";
import * as pdd from "./pdd/endpoints.ts";
import * as taobao from "./taobao/endpoints.ts";
import type { Endpoint } from "./types.ts";

function isEndpoint(value: unknown): value is Endpoint {
  return (
    typeof value === "object" &&
    value !== null &&
    "id" in value &&
    "hosts" in value &&
    "path" in value &&
    "body" in value
  );
}

/**
 * Every endpoint, read from the platforms' endpoints.ts modules alone, so the page hook (which
 * runs in every seller page) carries this list and not the parsers.
 */
export const ENDPOINTS: readonly Endpoint[] = [taobao, jd, pdd].flatMap((module) =>
  Object.values(module).flatMap((value) =>
    (Array.isArray(value) ? value : [value]).filter(isEndpoint),
  ),
);
