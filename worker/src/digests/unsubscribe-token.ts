/**
 * Unsubscribe links carry "<workspaceId>.<subscriptionId>.<signature>": HMAC-SHA-256 over the
 * two ids with the workspace's key, so a link works without signing in and cannot be forged
 * for another recipient. Ids are URL-safe (randomId), so "." separates them unambiguously.
 */
const encoder = new TextEncoder();

function base64Url(bytes: ArrayBuffer): string {
  let text = "";
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function hmac(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return base64Url(await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(message)));
}

export async function signUnsubscribe(
  key: string,
  workspaceId: string,
  subscriptionId: string,
): Promise<string> {
  const signature = await hmac(key, `unsubscribe:${workspaceId}:${subscriptionId}`);
  return `${workspaceId}.${subscriptionId}.${signature}`;
}

/** The token's ids, before checking the signature (which needs the workspace's key). */
export function readUnsubscribeToken(
  token: string,
): { workspaceId: string; subscriptionId: string; signature: string } | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]{1,200}$/.test(p))) return null;
  const [workspaceId, subscriptionId, signature] = parts as [string, string, string];
  return { workspaceId, subscriptionId, signature };
}

/** Constant-time comparison of the expected and given signatures. */
export async function verifyUnsubscribe(
  key: string,
  token: { workspaceId: string; subscriptionId: string; signature: string },
): Promise<boolean> {
  const expected = await hmac(key, `unsubscribe:${token.workspaceId}:${token.subscriptionId}`);
  if (expected.length !== token.signature.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++)
    diff |= expected.charCodeAt(i) ^ token.signature.charCodeAt(i);
  return diff === 0;
}
