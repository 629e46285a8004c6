import { app } from "./app.ts";
import { runScheduled } from "./cron/run-scheduled.ts";

export default {
  fetch: app.fetch,
  scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
