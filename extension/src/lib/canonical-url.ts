/**
 * The seller-center URL a capture stands for. Sandbox back offices (dev builds and tests) serve
 * the real endpoint paths under /sandbox/<platform>/<host>/…, so parsers see the real URL.
 */
export function canonicalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const isLoopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
  const sandbox = /^\/sandbox\/(?:taobao|tmall|jd|pdd)\/([a-z0-9.-]+\.[a-z]+)(\/.*)?$/.exec(
    url.pathname,
  );
  if (isLoopback && sandbox?.[1]) {
    return new URL(`https://${sandbox[1]}${sandbox[2] ?? "/"}${url.search}`);
  }
  return url;
}
