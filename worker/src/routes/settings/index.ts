import { Hono } from "hono";
import type { AppEnv } from "../../env.ts";
import { costs } from "./costs.ts";
import { otherCosts } from "./other-costs.ts";
import { platforms } from "./platforms.ts";
import { productLinks } from "./product-links.ts";
import { products } from "./products.ts";
import { report } from "./report.ts";

/**
 * /api/v1/settings/…: one sub-app per resource, each mounted on its own path (no catch-all),
 * so sibling routers such as /settings/alert-rules mount beside this one untouched.
 */
export const settings = new Hono<AppEnv>()
  .route("/products", products)
  .route("/product-links", productLinks)
  .route("/costs", costs)
  .route("/platforms", platforms)
  .route("/report", report)
  .route("/other-costs", otherCosts);
