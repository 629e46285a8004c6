import * as z from "zod";

/** One-time pairing codes: 8 characters from an unambiguous alphabet, shown as "ABCD-EFGH". */
export const PAIRING_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;

/** POST /api/v1/pairing-codes (dashboard session) → a code to type into the extension. */
export const PairingCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: z.number().int(),
});
export type PairingCodeResponse = z.infer<typeof PairingCodeResponseSchema>;

/** POST /api/v1/devices/pair (no session: the code is the credential). */
export const PairRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .transform((c) => c.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{8}$/, "a pairing code has 8 letters and digits")),
  deviceName: z.string().trim().min(1).max(100),
});
export type PairRequest = z.input<typeof PairRequestSchema>;

export const PairResponseSchema = z.object({
  deviceId: z.string(),
  /** The device token, shown once; the server keeps only its hash. Send as `Authorization: Bearer`. */
  token: z.string(),
  /** The workspace's HMAC secret for buyer keys: one buyer, one key on every device of a team. */
  buyerKeySecret: z.string(),
  workspace: z.object({ id: z.string(), name: z.string() }),
});
export type PairResponse = z.infer<typeof PairResponseSchema>;

export const DeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;

/** GET /api/v1/devices */
export const DeviceListResponseSchema = z.object({ devices: z.array(DeviceSchema) });
export type DeviceListResponse = z.infer<typeof DeviceListResponseSchema>;

/** POST /api/v1/ingest bodies larger than this get 413; the extension then splits its batch. */
export const INGEST_BODY_LIMIT = 4 * 1024 * 1024;
