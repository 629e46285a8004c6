import { fileURLToPath } from "node:url";

/** Absolute paths the scripts share. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WRANGLER_BIN = `${ROOT}node_modules/.bin/wrangler`;
export const DASHBOARD_DIST = `${ROOT}dashboard/dist`;
export const EXTENSION_DEV_BUILD = `${ROOT}extension/build/chrome-mv3-dev`;
export const EXTENSION_PROD_BUILD = `${ROOT}extension/build/chrome-mv3-prod`;
export const LOCAL_STATE = `${ROOT}.wrangler/state`;

/** Keeps wrangler from calling home: local runs make no outside calls. */
export const QUIET_WRANGLER_ENV = {
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_LOG_SANITIZE: "true",
} as const;
