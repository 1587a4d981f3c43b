import { z } from "zod";

/** Body of `POST /api/admin/api-keys`. */
export const createApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  rateLimitPerMinute: z.number().int().min(1).max(10_000).default(60),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

/** One API key as administrators see it: never the key itself, only its public prefix. */
export const apiKeySummary = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  rateLimitPerMinute: z.number().int(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  /** The staff member who created the key; null when it was made from the command line. */
  createdBy: z.string().nullable(),
});
export type ApiKeySummary = z.infer<typeof apiKeySummary>;

/** Body of `GET /api/admin/api-keys`, newest first. */
export const apiKeyList = z.object({ items: z.array(apiKeySummary) });
export type ApiKeyList = z.infer<typeof apiKeyList>;

/** Body of a successful `POST /api/admin/api-keys`: the only answer that ever carries the full `key`. */
export const createdApiKey = apiKeySummary.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKey>;

/** Body of `PUT /api/admin/api-keys/:id`: a key's new name and rate limit (the key itself never changes). */
export const updateApiKeyInput = z.object({
  name: z.string().max(1000),
  rateLimitPerMinute: z.number(),
});
export type UpdateApiKeyInput = z.input<typeof updateApiKeyInput>;
