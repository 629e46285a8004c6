import type { StatusResponse } from "../lib/messages.ts";
import { readInstall } from "./install.ts";

/** The popup's view of the extension. Pairing and capture are later modules: both off. */
export async function getStatus(): Promise<StatusResponse> {
  const install = await readInstall();
  return {
    version: install.version,
    installedAt: install.installedAt,
    paired: false,
    captureEnabled: false,
  };
}
