import type { ImportFormat } from "../types.ts";

export const PRODUCT_FORMATS: readonly ImportFormat[] = [];
