import type { ImportFormat } from "../types.ts";

export const DAILY_FORMATS: readonly ImportFormat[] = [];
