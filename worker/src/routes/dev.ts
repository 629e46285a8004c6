import { RecordBatchSchema } from "@tongshu/shared";
import { Hono } from "hono";
import * as z from "zod";
import { createMember } from "../db/members.ts";
import { recordChecksums } from "../db/record-checksum.ts";
import { createWorkspace } from "../db/workspaces.ts";
import type { AppEnv } from "../env.ts";
import { applyRecordBatch } from "../ingest/apply-record-batch.ts";
import { devOnly } from "../lib/dev-only.ts";
import { readJson } from "../lib/read-json.ts";

const DemoWorkspaceSchema = z.object({
  name: z.string().min(1).max(100),
  owner: z.object({
    email: z.string().email(),
    name: z.string().min(1).max(100),
    password: z.string().min(8).max(256),
  }),
});

const DevRecordBatchSchema = RecordBatchSchema.extend({ workspaceId: z.string().min(1) });

/**
 * Local-development routes for the demo loader, enabled only when DEV_ROUTES is "true" (set by
 * `npm start` and the tests, never in wrangler.toml). Records go through applyRecordBatch,
 * the same validated upsert the ingest endpoint uses.
 */
export const dev = new Hono<AppEnv>()
  .use(devOnly)
  .get("/workspaces", async (c) => {
    const rows = await c.env.DB.prepare("SELECT id, name FROM workspaces ORDER BY created_at").all<{
      id: string;
      name: string;
    }>();
    return c.json({ workspaces: rows.results });
  })
  .post("/workspaces", async (c) => {
    const input = await readJson(c, DemoWorkspaceSchema);
    const now = Date.now();
    const workspace = await createWorkspace(c.env.DB, input.name, now);
    const owner = await createMember(
      c.env.DB,
      workspace.id,
      { ...input.owner, role: "owner" },
      now,
    );
    return c.json({ workspace, owner }, 201);
  })
  .get("/records/checksum", async (c) => {
    const workspaceId = c.req.query("workspaceId") ?? "";
    return c.json(await recordChecksums(c.env.DB, workspaceId));
  })
  .post("/records", async (c) => {
    const batch = await readJson(c, DevRecordBatchSchema, 8 * 1024 * 1024);
    return c.json(await applyRecordBatch(c.env.DB, batch.workspaceId, batch, { now: Date.now() }));
  });
