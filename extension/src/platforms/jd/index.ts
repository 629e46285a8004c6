import type { Parser } from "../types.ts";

/** Every jd parser, registered by endpoint in ../registry.ts. */
export const JD_PARSERS: readonly Parser[] = [];
