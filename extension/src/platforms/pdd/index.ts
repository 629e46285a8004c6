import type { Parser } from "../types.ts";

/** Every pdd parser, registered by endpoint in ../registry.ts. */
export const PDD_PARSERS: readonly Parser[] = [];
