import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";

/**
 * CORS for the routes the extension's service worker calls (pairing, ingest, insights), for
 * the given methods. Only chrome-extension:// origins get an Allow-Origin; no credentials,
 * because these routes authenticate with a pairing code or a bearer token, never the
 * dashboard cookie.
 */
export const extensionCorsFor = (methods: string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header("origin") ?? "";
    const allowed = origin.startsWith("chrome-extension://");
    if (c.req.method === "OPTIONS") {
      const headers = new Headers({ vary: "Origin" });
      if (allowed) {
        headers.set("access-control-allow-origin", origin);
        headers.set("access-control-allow-methods", methods);
        headers.set("access-control-allow-headers", "content-type, authorization");
        headers.set("access-control-max-age", "86400");
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append("vary", "Origin");
    if (allowed) c.res.headers.set("access-control-allow-origin", origin);
  });

/** The POST routes: pairing and ingest. */
export const extensionCors = extensionCorsFor("POST");
