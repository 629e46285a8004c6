import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { devOnly } from "../lib/dev-only.ts";
import { demoAsOf } from "../sandbox/demo-cache.ts";
import { renderSandboxIndex } from "../sandbox/index-page.ts";
import { jdSandbox } from "../sandbox/jd/index.ts";
import { pddSandbox } from "../sandbox/pdd/index.ts";
import { taobaoSandbox } from "../sandbox/taobao/index.ts";
import type { SandboxHandler } from "../sandbox/types.ts";

// Tmall shops live in Taobao's back office: one handler serves both.
const HANDLERS: Record<string, SandboxHandler> = {
  taobao: taobaoSandbox,
  tmall: taobaoSandbox,
  jd: jdSandbox,
  pdd: pddSandbox,
};

/**
 * Sandbox back offices for the demo and the browser tests (dev only): simplified seller-center
 * pages that load the demo workspace's data from the real endpoint paths in the real shapes.
 */
export const sandbox = new Hono<AppEnv>()
  .use(devOnly)
  .get("/", (c) => c.html(renderSandboxIndex(demoAsOf(Date.now()))))
  .all("/:platform/*", async (c) => {
    const platform = c.req.param("platform");
    const handler = HANDLERS[platform];
    const path = new URL(c.req.url).pathname.slice(`/sandbox/${platform}/`.length);
    const response = handler
      ? await handler(c.req.raw, path, { demo: demoAsOf(Date.now()), now: Date.now() })
      : null;
    return response ?? c.text("沙盒中没有这个页面 (no such sandbox page)", 404);
  });
