import * as z from "zod";
import { MemberSchema, RoleSchema } from "./auth.ts";

/** Invitation links last 7 days and work once. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** New passwords (invitation acceptance, password change) need at least this many characters. */
export const PASSWORD_MIN_LENGTH = 10;

const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(256);

/**
 * Shops a member is limited to, as "platform:shopId"; null = every shop of the workspace.
 * An empty list would hide everything, so a scope names at least one shop.
 */
export const ShopScopeSchema = z
  .array(
    z
      .string()
      .regex(/^(taobao|tmall|jd|pdd):[A-Za-z0-9_.:-]{1,64}$/, 'a shop is "platform:shopId"'),
  )
  .min(1)
  .max(200)
  .nullable();
export type ShopScope = z.infer<typeof ShopScopeSchema>;

export const MemberListItemSchema = MemberSchema.extend({
  shopScope: ShopScopeSchema,
  createdAt: z.number().int(),
});
export type MemberListItem = z.infer<typeof MemberListItemSchema>;

/** GET /api/v1/members */
export const MemberListResponseSchema = z.object({ members: z.array(MemberListItemSchema) });
export type MemberListResponse = z.infer<typeof MemberListResponseSchema>;

/** PATCH /api/v1/members/:id (owner/admin): at least one field. */
export const UpdateMemberRequestSchema = z
  .object({
    role: RoleSchema.optional(),
    canSeeCosts: z.boolean().optional(),
    shopScope: ShopScopeSchema.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "change at least one of role, canSeeCosts, shopScope");
export type UpdateMemberRequest = z.input<typeof UpdateMemberRequestSchema>;

/** POST /api/v1/invitations (owner/admin; admins cannot invite owners). */
export const CreateInvitationRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  role: RoleSchema,
  canSeeCosts: z.boolean().default(false),
  shopScope: ShopScopeSchema.default(null),
});
export type CreateInvitationRequest = z.input<typeof CreateInvitationRequestSchema>;

export const CreateInvitationResponseSchema = z.object({
  /** The dashboard link to send; the token sits in the fragment so it never reaches a server log. */
  inviteUrl: z.string(),
  token: z.string(),
  expiresAt: z.number().int(),
});
export type CreateInvitationResponse = z.infer<typeof CreateInvitationResponseSchema>;

/** GET /api/v1/invitations/:token (public: the token is the credential). */
export const InvitationInfoResponseSchema = z.object({
  workspace: z.object({ name: z.string() }),
  /** Name of the member who invited; null when they have since been removed. */
  invitedBy: z.string().nullable(),
  email: z.string(),
  role: RoleSchema,
  canSeeCosts: z.boolean(),
  expiresAt: z.number().int(),
});
export type InvitationInfoResponse = z.infer<typeof InvitationInfoResponseSchema>;

/** POST /api/v1/invitations/accept → logs in; answers like POST /api/v1/sessions (MeResponse). */
export const AcceptInvitationRequestSchema = z.object({
  token: z.string().min(16).max(128),
  name: z.string().trim().min(1).max(100),
  password: PasswordSchema,
});
export type AcceptInvitationRequest = z.input<typeof AcceptInvitationRequestSchema>;

/** POST /api/v1/me/password: ends the member's other sessions. */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;
