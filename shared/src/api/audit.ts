import * as z from "zod";

export const AuditLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.number().int(),
  actorType: z.enum(["member", "device", "system"]),
  actorId: z.string().nullable(),
  /** The member's or device's current name; null when it no longer exists. */
  actorName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.unknown(),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntrySchema>;

/** GET /api/v1/audit-log (owner only): newest first; pass `nextBefore` as `before` for the next page. */
export const AuditLogResponseSchema = z.object({
  entries: z.array(AuditLogEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditLogResponse = z.infer<typeof AuditLogResponseSchema>;

export const AUDIT_LOG_MAX_LIMIT = 200;

/** Query of GET /api/v1/audit-log: `?before=<id>&limit=<1..200>`. */
export const AuditLogQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_LOG_MAX_LIMIT).default(50),
});
