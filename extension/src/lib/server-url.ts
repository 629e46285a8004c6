export type ServerUrlError = "empty" | "invalid" | "insecure" | "credentials";
export type ServerUrlResult = { ok: true; url: string } | { ok: false; error: ServerUrlError };

// Plain http is acceptable only to this computer (a `wrangler dev` server); anything else
// would carry the device token in clear text once pairing exists.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Validates what a user typed as their Tongshu server and reduces it to its origin
 * (`https://host[:port]`): the Worker serves its API from the root, so a pasted dashboard
 * link such as `https://x.workers.dev/reports?d=7` still means `https://x.workers.dev`.
 * A bare host name is read as https.
 */
export function parseServerUrl(input: string): ServerUrlResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: "empty" };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "invalid" };
  if (url.hostname === "" || /\s/.test(text)) return { ok: false, error: "invalid" };
  if (url.username !== "" || url.password !== "") return { ok: false, error: "credentials" };
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, error: "insecure" };
  }
  return { ok: true, url: url.origin };
}
