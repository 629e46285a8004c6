import * as z from "zod";

export const HealthResponseSchema = z.object({
  ok: z.literal(true),
  service: z.literal("tongshu"),
  version: z.string(),
  /** Latest applied D1 migration, e.g. "0003_create_records.sql". */
  schema: z.string().nullable(),
  time: z.number().int(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
