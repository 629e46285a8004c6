import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PYTHON } from "../../scripts/lib/ensure-aiosmtpd.ts";

const SCRIPT = fileURLToPath(new URL("./smtp-sink.py", import.meta.url));

/** One message as the sink received it: the envelope and the DATA bytes (dot-stuffing undone). */
export interface SunkMessage {
  mailFrom: string;
  rcptTos: string[];
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** Messages received so far, in arrival order. */
  messages(): SunkMessage[];
  /** Stops the server (its whole process group) and waits for it to exit. */
  stop(): Promise<void>;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
      return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid, "SIGTERM");
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined)
        process.kill(-child.pid, "SIGKILL");
    }, 3000).unref();
  });
}

/**
 * Starts Debian's aiosmtpd on 127.0.0.1:`port` with a handler that keeps every message byte
 * for byte in `folder` (e2e/lib/smtp-sink.py), and waits until it accepts connections.
 */
export async function startSmtpSink(port: number, folder: string): Promise<SmtpSink> {
  const child = spawn(PYTHON, [SCRIPT, "--listen", `127.0.0.1:${port}`, folder], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-5000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopGroup(child);
      throw new Error(`the SMTP sink did not start on port ${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const messages = () =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".eml"))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
      .map((name) => {
        const envelope = JSON.parse(
          readFileSync(join(folder, name.replace(/\.eml$/, ".json")), "utf8"),
        ) as { mailFrom: string; rcptTos: string[] };
        return {
          mailFrom: envelope.mailFrom,
          rcptTos: envelope.rcptTos,
          raw: readFileSync(join(folder, name), "utf8"),
        };
      });
  return { port, messages, stop: () => stopGroup(child) };
}
