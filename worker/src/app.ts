import { Hono } from "hono";
import type { AppEnv } from "./env.ts";
import { ApiError, renderError } from "./lib/errors.ts";
import { coverage } from "./routes/coverage.ts";
import { dev } from "./routes/dev.ts";
import { health } from "./routes/health.ts";
import { me } from "./routes/me.ts";
import { sessions } from "./routes/sessions.ts";

/** The API. Everything outside /api is the dashboard, served by Workers Static Assets. */
export const app = new Hono<AppEnv>().basePath("/api/v1");

app.route("/health", health);
app.route("/sessions", sessions);
app.route("/me", me);
app.route("/coverage", coverage);
app.route("/dev", dev);

app.notFound((c) =>
  renderError(
    new ApiError("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
    c,
  ),
);
app.onError(renderError);
