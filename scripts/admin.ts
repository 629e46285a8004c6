/**
 * `npm run admin -- create-owner --email you@shop.cn --name 张三 --workspace 我的店铺 [--local]`
 * Creates a workspace and its owner on your deployed D1 (or the local one with --local). The
 * password is asked for on the terminal (or ADMIN_PASSWORD) and only its PBKDF2 hash is sent.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { hashPassword, randomId, randomToken } from "../worker/src/lib/crypto.ts";
import { LOCAL_STATE, QUIET_WRANGLER_ENV, WRANGLER_BIN } from "./lib/paths.ts";
import { run } from "./lib/run.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    name: { type: "string" },
    workspace: { type: "string" },
    local: { type: "boolean", default: false },
  },
});

const sql = (value: string | number) =>
  typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`;

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question("Owner password (at least 10 characters): ");
  rl.close();
  return password;
}

try {
  if (positionals[0] !== "create-owner")
    throw new Error(
      "usage: npm run admin -- create-owner --email E --name N --workspace W [--local]",
    );
  const { email, name, workspace } = values;
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !name || !workspace)
    throw new Error("--email, --name and --workspace are required");
  const password = await askPassword();
  if (password.length < 10) throw new Error("the password must have at least 10 characters");
  const now = Date.now();
  const workspaceId = randomId("ws");
  const hash = await hashPassword(password);
  const statements = [
    `INSERT INTO workspaces (id, name, buyer_key_secret, created_at) VALUES (${[workspaceId, workspace, randomToken(32), now].map(sql).join(", ")});`,
    `INSERT INTO members (workspace_id, id, email, name, role, locale, password_hash, password_salt, password_iterations, can_see_costs, created_at) VALUES (${[workspaceId, randomId("mb"), email.toLowerCase(), name, "owner", "zh-CN", hash.hash, hash.salt, hash.iterations, 1, now].map(sql).join(", ")});`,
    `INSERT INTO audit_log (workspace_id, at, actor_type, actor_id, action, target) VALUES (${[workspaceId, now, "system", "admin-cli", "workspace.create", email.toLowerCase()].map(sql).join(", ")});`,
  ];
  const target = values.local ? ["--local", "--persist-to", LOCAL_STATE] : ["--remote"];
  await run(WRANGLER_BIN, ["d1", "execute", "DB", ...target, "--command", statements.join(" ")], {
    env: { ...QUIET_WRANGLER_ENV },
    quiet: true,
  });
  console.log(
    `Created workspace “${workspace}” with owner ${email.toLowerCase()}. Log in to the dashboard with that email.`,
  );
} catch (error) {
  console.error(`admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
