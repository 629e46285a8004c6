import { Hono } from "hono";
import type { AppEnv } from "./env.ts";
import { ApiError, renderError } from "./lib/errors.ts";
import { alertRules } from "./routes/alert-rules.ts";
import { alerts } from "./routes/alerts.ts";
import { auditLog } from "./routes/audit-log.ts";
import { coverage } from "./routes/coverage.ts";
import { dev } from "./routes/dev.ts";
import { devOutbox } from "./routes/dev-outbox.ts";
import { devices } from "./routes/devices.ts";
import { health } from "./routes/health.ts";
import { imports } from "./routes/imports.ts";
import { ingest } from "./routes/ingest.ts";
import { invitations } from "./routes/invitations.ts";
import { me } from "./routes/me.ts";
import { members } from "./routes/members.ts";
import { pairingCodes } from "./routes/pairing-codes.ts";
import { quality } from "./routes/quality.ts";
import { reports } from "./routes/reports.ts";
import { sandbox } from "./routes/sandbox.ts";
import { sessions } from "./routes/sessions.ts";
import { digests } from "./routes/settings/digests.ts";
import { settings } from "./routes/settings/index.ts";
import { unsubscribe } from "./routes/unsubscribe.ts";

/** The API under /api/v1; everything else but /sandbox is the dashboard (Workers Static Assets). */
const api = new Hono<AppEnv>();
api.route("/health", health);
api.route("/sessions", sessions);
api.route("/me", me);
api.route("/coverage", coverage);
api.route("/members", members);
api.route("/invitations", invitations);
api.route("/pairing-codes", pairingCodes);
api.route("/devices", devices);
api.route("/ingest", ingest);
api.route("/imports", imports);
api.route("/audit-log", auditLog);
api.route("/reports", reports);
api.route("/quality", quality);
api.route("/alerts", alerts);
// Before /settings: its own sub-app, beside the other settings resources.
api.route("/settings/alert-rules", alertRules);
api.route("/settings/digests", digests);
api.route("/settings", settings);
api.route("/unsubscribe", unsubscribe);
api.route("/dev/outbox", devOutbox);
api.route("/dev", dev);

// Not strict: "/sandbox/" and "/sandbox" are the same page to a person typing the address.
export const app = new Hono<AppEnv>({ strict: false });
app.route("/api/v1", api);
app.route("/sandbox", sandbox);

app.notFound((c) =>
  renderError(
    new ApiError("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
    c,
  ),
);
app.onError(renderError);
