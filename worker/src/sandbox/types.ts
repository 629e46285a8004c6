import type { DemoWorkspace } from "../demo/index.ts";

export interface SandboxContext {
  demo: DemoWorkspace;
  now: number;
}

/** One platform's sandbox back office: a page or endpoint under /sandbox/<platform>/<host>/…, or null. */
export type SandboxHandler = (
  request: Request,
  path: string,
  ctx: SandboxContext,
) => Response | null | Promise<Response | null>;
