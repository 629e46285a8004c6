import type { Parser } from "../types.ts";

/** Every taobao parser, registered by endpoint in ../registry.ts. */
export const TAOBAO_PARSERS: readonly Parser[] = [];
