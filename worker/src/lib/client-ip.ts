import type { Context } from "hono";

/** The caller's IP as Cloudflare saw it; null in local tools that do not set the header. */
export function clientIp(c: Context): string | null {
  return c.req.header("cf-connecting-ip") ?? null;
}
