import type { PairingCodeResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { createPairingCode } from "../db/pairing-codes.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/require-role.ts";
import { requireMember } from "../middleware/session.ts";

/** POST /api/v1/pairing-codes: a one-time code to type into the extension (viewers may not). */
export const pairingCodes = new Hono<AppEnv>()
  .use(requireMember)
  .post("/", requireRole("owner", "admin", "analyst"), async (c) => {
    const { member, workspace } = c.get("auth");
    const body: PairingCodeResponse = await createPairingCode(
      c.env.DB,
      workspace.id,
      member.id,
      Date.now(),
    );
    c.header("cache-control", "no-store");
    return c.json(body, 201);
  });
