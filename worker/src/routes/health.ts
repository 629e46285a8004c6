import type { HealthResponse } from "@tongshu/shared";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** GET /api/v1/health: is the Worker up, which version, and is the database migrated. */
export const health = new Hono<AppEnv>().get("/", async (c) => {
  const row = await c.env.DB.prepare(
    "SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1",
  ).first<{ name: string }>();
  const body: HealthResponse = {
    ok: true,
    service: "tongshu",
    version: c.env.APP_VERSION,
    schema: row?.name ?? null,
    time: Date.now(),
  };
  c.header("cache-control", "no-store");
  return c.json(body);
});
