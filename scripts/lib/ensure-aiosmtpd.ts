import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { run } from "./run.ts";

export const PYTHON = "/usr/bin/python3";

const hasAiosmtpd = () => spawnSync(PYTHON, ["-c", "import aiosmtpd"]).status === 0;

/**
 * The SMTP digest test receives mail with Debian's aiosmtpd. When it is missing, install it with
 * apt if we are root; otherwise stop at once with the one line that fixes it.
 */
export async function ensureAiosmtpd(): Promise<void> {
  if (hasAiosmtpd()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      "aiosmtpd is missing. Install it first:  sudo apt-get install -y python3-aiosmtpd",
    );
    process.exit(1);
  }
  console.log("Installing Debian python3-aiosmtpd for the SMTP digest test (apt-get)…");
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], { env, quiet: true });
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "python3-aiosmtpd"], {
    env,
    quiet: true,
  });
  if (!hasAiosmtpd())
    throw new Error("apt-get finished but `import aiosmtpd` still fails in /usr/bin/python3");
}
