/**
 * `npm run digest:send -- owner@example.com [--url http://127.0.0.1:8787]`: sends that
 * recipient's digest now on the local server `npm start` runs (the latest complete period),
 * and prints where to read it: the dev outbox.
 */
import { parseArgs } from "node:util";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { url: { type: "string", default: "http://127.0.0.1:8787" } },
});
const email = positionals[0];
if (!email) {
  console.error("usage: npm run digest:send -- EMAIL [--url http://127.0.0.1:8787]");
  process.exit(1);
}
try {
  const res = await fetch(`${values.url}/api/v1/dev/outbox/send`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const body = (await res.json()) as {
    period?: string;
    status?: string;
    lastError?: string | null;
    error?: { message: string };
  };
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  if (body.status !== "sent") throw new Error(`the send failed: ${body.lastError}`);
  console.log(`Sent ${body.period} to ${email}. Read it at ${values.url}/api/v1/dev/outbox`);
} catch (error) {
  console.error(
    `digest:send failed: ${error instanceof Error ? error.message : String(error)} (is npm start running?)`,
  );
  process.exit(1);
}
