import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy did, for the test's report and assertions. */
export interface ChaosStats {
  requests: number;
  forwarded: number;
  failed503: number;
  droppedBefore: number;
  droppedAfter: number;
  duplicated: number;
  replayedOld: number;
  backendDown: number;
  /** Requests held past the client's timeout, then delivered anyway. */
  timedOut: number;
}

export interface ChaosProxy {
  url: string;
  stats: ChaosStats;
  /** Points the proxy at a (re)started backend. */
  setTarget(url: string): void;
  /** Called after a request has been forwarded and before its answer is passed on. */
  onForwarded(hook: ((count: number) => Promise<void> | void) | null): void;
  close(): Promise<void>;
}

// Request number → roll: 503, dropped before, held past timeout, duplicated, dropped after.
const FORCED_ROLLS: Record<number, number> = { 3: 0.01, 5: 0.1, 7: 0.31, 9: 0.2, 11: 0.25 };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (typeof v === "string" && k !== "host" && k !== "content-length") out[k] = v;
  return out;
}

/**
 * A loopback HTTP proxy in front of `wrangler dev` that misbehaves on purpose for the sync
 * reliability suite: 503s, connections dropped before or after the backend saw the request,
 * requests held past the client's timeout, duplicated deliveries and old batches replayed out of
 * order. Only ingest calls are disturbed.
 */
export async function startChaosProxy(
  target: string,
  random: () => number,
  hangMs = 1500,
): Promise<ChaosProxy> {
  let backend = target;
  let hook: ((count: number) => Promise<void> | void) | null = null;
  const stats: ChaosStats = {
    requests: 0,
    forwarded: 0,
    failed503: 0,
    droppedBefore: 0,
    droppedAfter: 0,
    duplicated: 0,
    replayedOld: 0,
    backendDown: 0,
    timedOut: 0,
  };
  const seen: Array<{ body: string; headers: Record<string, string> }> = [];

  const forward = async (req: IncomingMessage, body: string) => {
    const init = {
      method: req.method ?? "GET",
      headers: headersOf(req),
      body: req.method === "GET" ? undefined : body,
    };
    return fetch(`${backend}${req.url ?? "/"}`, init);
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const isIngest = req.url?.startsWith("/api/v1/ingest") === true;
    stats.requests++;
    // Each kind of trouble happens at least once, early, whatever the random draws; then at random.
    const forced = FORCED_ROLLS[stats.requests];
    const roll = isIngest ? (forced ?? random()) : 1;
    try {
      if (roll < 0.08) {
        stats.failed503++;
        res
          .writeHead(503, { "content-type": "application/json" })
          .end('{"error":{"code":"unavailable","message":"chaos"}}');
        return;
      }
      if (roll < 0.13) {
        stats.droppedBefore++;
        req.socket.destroy();
        return;
      }
      if (roll >= 0.3 && roll < 0.33) {
        // Longer than the client waits: it times out and retries, while this copy still lands.
        stats.timedOut++;
        await new Promise((r) => setTimeout(r, hangMs));
      }
      if (isIngest && seen.length > 3 && roll < 0.18) {
        // An old batch arrives again, out of order, before this one.
        const old = seen[Math.floor(random() * seen.length)];
        if (old) {
          stats.replayedOld++;
          await fetch(`${backend}/api/v1/ingest`, {
            method: "POST",
            headers: old.headers,
            body: old.body,
          }).catch(() => undefined);
        }
      }
      const response = await forward(req, body);
      stats.forwarded++;
      if (isIngest) seen.push({ body, headers: headersOf(req) });
      if (isIngest && roll >= 0.18 && roll < 0.23) {
        stats.duplicated++;
        await forward(req, body).catch(() => undefined);
      }
      await hook?.(stats.forwarded);
      const text = Buffer.from(await response.arrayBuffer());
      if (roll >= 0.23 && roll < 0.3) {
        // The server did the work, the client never hears of it: it must retry safely.
        stats.droppedAfter++;
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => {
        if (k !== "content-encoding" && k !== "content-length" && k !== "transfer-encoding")
          headers[k] = v;
      });
      res.writeHead(response.status, headers).end(text);
    } catch {
      stats.backendDown++;
      if (!res.headersSent)
        res
          .writeHead(502, { "content-type": "application/json" })
          .end('{"error":{"code":"bad_gateway","message":"backend down"}}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    setTarget: (url) => {
      backend = url;
    },
    onForwarded: (h) => {
      hook = h;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
