import type { ImportFormat } from "../types.ts";

export const ORDER_FORMATS: readonly ImportFormat[] = [];
