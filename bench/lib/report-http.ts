/** The dashboard's side of the report bench: log in, then GET report endpoints with the cookie. */
import { request } from "node:http";

/** Logs in with POST /api/v1/sessions and returns the session cookie ("name=value"). */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("tongshu_session="));
  if (!cookie) throw new Error("login set no session cookie");
  return cookie.split(";")[0] as string;
}

/** One GET on a fresh connection (`agent: false`), the body read whole. */
function get(url: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * GET a report; the body is read whole (the dashboard waits for all of it too). Each request opens
 * its own connection: a kept-alive one sits idle while slow baselines run and the server may close
 * it just as it is reused. A dropped request is still retried: wrangler dev reloads the Worker
 * when its sources change.
 */
export async function getReport(
  baseUrl: string,
  cookie: string,
  path: string,
  attempts = 3,
): Promise<{ status: number; body: string }> {
  try {
    return await get(`${baseUrl}${path}`, cookie);
  } catch (error) {
    if (attempts <= 1) throw error;
    console.log(`GET ${path} failed (${String(error)}); retrying`);
    await new Promise((r) => setTimeout(r, 2000));
    return getReport(baseUrl, cookie, path, attempts - 1);
  }
}

/** A getter for timing that fails loudly on anything but 200 (a failing report is no figure). */
export function reportGetter(baseUrl: string, cookie: string, path: string) {
  return async () => {
    const res = await getReport(baseUrl, cookie, path);
    if (res.status !== 200)
      throw new Error(`GET ${path} → ${res.status}: ${res.body.slice(0, 300)}`);
    return res.body;
  };
}
