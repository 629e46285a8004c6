import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { createSession, SESSION_TTL_MS, type SessionRef } from "../db/sessions.ts";
import { SESSION_COOKIE } from "../middleware/session.ts";

/** Secure cookies everywhere except plain-http local development. */
function isLocalHttp(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === "http:" &&
    (hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]")
  );
}

/** Starts a dashboard session (login, accepted invitation) and sets its HttpOnly cookie. */
export async function startSession(c: Context, ref: SessionRef, now: number): Promise<void> {
  const { token } = await createSession(c.env.DB, ref, now);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: !isLocalHttp(c.req.url),
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: !isLocalHttp(c.req.url) });
}
