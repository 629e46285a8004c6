import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { loadDemoWorkspace } from "../../scripts/lib/demo-loader.ts";
import { freePort } from "../../scripts/lib/free-port.ts";
import { applyLocalMigrations, startDevServer } from "../../scripts/lib/wrangler-dev.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One real `wrangler dev` (workerd + a fresh local D1) for the browser tests, with a small demo
 * workspace loaded through the ingest path, exactly as `npm start` does.
 */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "tongshu-e2e-"));
  await applyLocalMigrations(persistTo);
  const server = await startDevServer({ port: await freePort(), persistTo });
  try {
    await loadDemoWorkspace(server.url, { scale: 0.02, today: "2026-11-20" });
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("baseUrl", server.url);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
