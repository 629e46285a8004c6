import type { DeviceAuth } from "./middleware/device.ts";
import type { MemberAuth } from "./middleware/session.ts";

/** Hono's environment: the Worker bindings (from `wrangler types`) and per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: { auth: MemberAuth; device: DeviceAuth };
}
