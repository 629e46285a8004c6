import { existsSync } from "node:fs";
import { run } from "./run.ts";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Browser tests use Debian's Chromium. When it is missing, install it with apt if we are root;
 * otherwise stop at once with the one line that fixes it.
 */
export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error("Chromium is missing. Install it first:  sudo apt-get install -y chromium");
    process.exit(1);
  }
  console.log("Installing Debian chromium for the browser tests (apt-get)…");
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], { env, quiet: true });
  await run(
    "apt-get",
    ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-cjk"],
    { env, quiet: true },
  );
  if (!existsSync(CHROMIUM))
    throw new Error("apt-get finished but /usr/bin/chromium is still missing");
}
