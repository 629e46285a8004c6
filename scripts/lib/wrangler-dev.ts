import { type ChildProcess, spawn } from "node:child_process";
import { QUIET_WRANGLER_ENV, ROOT, WRANGLER_BIN } from "./paths.ts";
import { run } from "./run.ts";

export interface DevServer {
  url: string;
  process: ChildProcess;
  /** Stops wrangler and workerd, waiting for them to exit. */
  stop(): Promise<void>;
  /** Kills wrangler and workerd at once (SIGKILL), as a crash would: for reliability tests. */
  kill(): Promise<void>;
  /** What wrangler printed, for failure messages. */
  log(): string;
}

export interface DevServerOptions {
  port: number;
  persistTo: string;
  /** Print wrangler's own output (npm start) or keep it for errors only (tests). */
  inheritOutput?: boolean;
  /** Worker vars on top of the dev defaults (e.g. SMTP settings for the SMTP test). */
  vars?: Record<string, string>;
}

/** Dev defaults: the dev routes on, and mail kept in the dev outbox instead of sent. */
const DEV_VARS: Record<string, string> = { DEV_ROUTES: "true", MAIL_TRANSPORT: "outbox" };

/** Applies the numbered migrations to the local D1 in `persistTo`. */
export async function applyLocalMigrations(persistTo: string): Promise<void> {
  await run(
    WRANGLER_BIN,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo],
    {
      env: { ...QUIET_WRANGLER_ENV, CI: "true" },
      quiet: true,
    },
  );
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`wrangler dev exited early:\n${log().slice(-3000)}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not become healthy in 90 s:\n${log().slice(-3000)}`);
}

/** Starts `wrangler dev` (workerd + local D1) on 127.0.0.1 with the dev routes on, and waits until healthy. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const args = [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(options.port),
    "--persist-to",
    options.persistTo,
    ...Object.entries({ ...DEV_VARS, ...options.vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
    "--test-scheduled",
    "--show-interactive-dev-session=false",
    "--inspector-port",
    "0",
  ];
  const child = spawn(WRANGLER_BIN, args, {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_WRANGLER_ENV },
    stdio: [
      "ignore",
      options.inheritOutput ? "inherit" : "pipe",
      options.inheritOutput ? "inherit" : "pipe",
    ],
    detached: true,
  });
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      // wrangler leaves workerd as a child: signal the whole process group.
      process.kill(-child.pid, "SIGTERM");
      setTimeout(() => {
        if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      }, 5000).unref();
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
        return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, "SIGKILL");
    });
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop, kill, log: () => output };
}
