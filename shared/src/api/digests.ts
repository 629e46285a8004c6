import * as z from "zod";
import {
  DEFAULT_DIGEST_TIME,
  DIGEST_FREQUENCIES,
  DIGEST_TIME_PATTERN,
} from "../digests/schedule.ts";
import { LocaleSchema } from "./auth.ts";
import { ShopKeySchema } from "./reports/query.ts";

export const DigestFrequencySchema = z.enum(DIGEST_FREQUENCIES);

/** What a digest holds, in this order. `profit` is left out for recipients who may not see costs. */
export const DIGEST_SECTIONS = ["sales", "profit", "products", "stock", "alerts"] as const;
export const DigestSectionSchema = z.enum(DIGEST_SECTIONS);
export type DigestSection = z.infer<typeof DigestSectionSchema>;

export const DigestTimeSchema = z
  .string()
  .regex(DIGEST_TIME_PATTERN, "a Beijing time on the quarter hour, e.g. 08:30");

export const DIGEST_SEND_KINDS = ["digest", "alerts", "manual"] as const;
export const DIGEST_SEND_STATUSES = ["sending", "sent", "retry", "failed"] as const;

/** One email sent (or being sent) to one recipient: a scheduled digest, urgent alerts, or "send now". */
export const DigestSendSchema = z.object({
  id: z.string(),
  subscriptionId: z.string(),
  email: z.string(),
  kind: z.enum(DIGEST_SEND_KINDS),
  /**
   * "daily:2026-12-01", "weekly:2026-11-23", "monthly:2026-11", "alerts:2026-12-02T09", or for
   * "send now" "manual:<ms>:<period key>" (e.g. "manual:1764638400000:daily:2026-12-01").
   */
  period: z.string(),
  status: z.enum(DIGEST_SEND_STATUSES),
  attempts: z.number().int(),
  /** The last failure's reason (transport error text); it stays on the row after a retry succeeds. */
  lastError: z.string().nullable(),
  /** When a retry is scheduled (status "retry"). */
  nextAttemptAt: z.number().int().nullable(),
  sentAt: z.number().int().nullable(),
  createdAt: z.number().int(),
});
export type DigestSend = z.infer<typeof DigestSendSchema>;

/** One recipient's schedule. Members see what their role allows; outside addresses never see profit. */
export const DigestSubscriptionSchema = z.object({
  id: z.string(),
  /** The member this goes to, or null for an outside address (an accountant, a partner). */
  memberId: z.string().nullable(),
  /** The member's name; null for outside addresses. */
  name: z.string().nullable(),
  email: z.string(),
  locale: LocaleSchema,
  frequency: DigestFrequencySchema,
  /** Beijing time of day, "HH:MM" on the quarter hour. */
  sendAt: DigestTimeSchema,
  /**
   * Shop keys the digest covers; null = every shop the recipient may see. Members limited to
   * some shops must name shops within their scope (null is refused for them).
   */
  shops: z.array(ShopKeySchema).nullable(),
  sections: z.array(DigestSectionSchema),
  /** Immediate emails for urgent alerts (stock-out within 2 days, a shop stopped syncing). */
  urgentAlerts: z.boolean(),
  /** Set by the email's unsubscribe link; nothing is sent until someone turns it back on. */
  unsubscribedAt: z.number().int().nullable(),
  /** Profit appears only for members whose role may see costs. */
  includesProfit: z.boolean(),
  /** The next scheduled send (epoch ms); null when off, unsubscribed, or the member is disabled. */
  nextSendAt: z.number().int().nullable(),
  lastSend: DigestSendSchema.nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type DigestSubscription = z.infer<typeof DigestSubscriptionSchema>;

export const MAIL_TRANSPORTS = ["send_email", "smtp", "outbox", "none"] as const;

/** How this server sends mail (from its configuration), for the settings page. */
export const MailDeliverySchema = z.object({
  transport: z.enum(MAIL_TRANSPORTS),
  from: z.string().nullable(),
  /** Why mail cannot go out as configured (e.g. "MAIL_FROM is not set"); null when ready. */
  problem: z.string().nullable(),
  /** Dev outbox page (transport "outbox" under `npm start`), else null. */
  outboxUrl: z.string().nullable(),
});
export type MailDelivery = z.infer<typeof MailDeliverySchema>;

/** GET /api/v1/settings/digests */
export const DigestListResponseSchema = z.object({
  subscriptions: z.array(DigestSubscriptionSchema),
  delivery: MailDeliverySchema,
  /** Sends that failed for good or are waiting to retry, newest first (last 30 days). */
  problems: z.array(DigestSendSchema),
});
export type DigestListResponse = z.infer<typeof DigestListResponseSchema>;

/** POST /api/v1/settings/digests: a member (memberId) or an outside address (email). */
export const CreateDigestRequestSchema = z
  .object({
    memberId: z.string().min(1).optional(),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    locale: LocaleSchema.optional(),
    frequency: DigestFrequencySchema.default("daily"),
    sendAt: DigestTimeSchema.default(DEFAULT_DIGEST_TIME),
    shops: z.array(ShopKeySchema).min(1).max(200).nullable().default(null),
    sections: z
      .array(DigestSectionSchema)
      .min(1)
      .default([...DIGEST_SECTIONS]),
    urgentAlerts: z.boolean().default(true),
  })
  .strict()
  .refine((v) => (v.memberId === undefined) !== (v.email === undefined), {
    message: "give either memberId or email",
  });
/** What a client sends (defaults filled in by the server). */
export type CreateDigestRequest = z.input<typeof CreateDigestRequestSchema>;

/** PATCH /api/v1/settings/digests/:id. `resubscribe: true` clears an unsubscribe. */
export const UpdateDigestRequestSchema = z
  .object({
    locale: LocaleSchema.optional(),
    frequency: DigestFrequencySchema.optional(),
    sendAt: DigestTimeSchema.optional(),
    shops: z.array(ShopKeySchema).min(1).max(200).nullable().optional(),
    sections: z.array(DigestSectionSchema).min(1).optional(),
    urgentAlerts: z.boolean().optional(),
    resubscribe: z.literal(true).optional(),
  })
  .strict();
export type UpdateDigestRequest = z.input<typeof UpdateDigestRequestSchema>;

export const DigestResponseSchema = z.object({ subscription: DigestSubscriptionSchema });

/** POST /api/v1/settings/digests/:id/send: the latest complete period, now (not the schedule's). */
export const SendDigestResponseSchema = z.object({ send: DigestSendSchema });

/** GET /api/v1/settings/digests/:id/sends */
export const DigestSendsResponseSchema = z.object({ sends: z.array(DigestSendSchema) });
