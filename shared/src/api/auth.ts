import * as z from "zod";

export const RoleSchema = z.enum(["owner", "admin", "analyst", "viewer"]);
export type Role = z.infer<typeof RoleSchema>;

export const LocaleSchema = z.enum(["zh-CN", "en"]);
export type Locale = z.infer<typeof LocaleSchema>;

export const LoginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const MemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  locale: LocaleSchema,
  /** Whether this member may see costs and profit (owners and admins always may). */
  canSeeCosts: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;

export const WorkspaceSchema = z.object({ id: z.string(), name: z.string() });
export type Workspace = z.infer<typeof WorkspaceSchema>;

/** GET /api/v1/me and the body of a successful POST /api/v1/sessions. */
export const MeResponseSchema = z.object({ member: MemberSchema, workspace: WorkspaceSchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;
