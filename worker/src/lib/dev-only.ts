import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./errors.ts";

/** Routes for local development (demo loader, sandbox back offices): 404 unless DEV_ROUTES is "true". */
export const devOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.env.DEV_ROUTES !== "true") throw new ApiError("not_found", "No such route.");
  await next();
});
