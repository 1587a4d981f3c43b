import { z } from "zod";

/** Query of `GET /api/search`. */
export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  typing: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(25).default(8),
});

export const searchResult = z.object({
  kind: z.enum(["article", "service", "department", "agency"]),
  id: z.number(),
  /** Article slug, service code, department or agency code. */
  code: z.string().nullable(),
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;

/** Body of `GET /api/search`: best first; the console groups them by kind. */
export const searchResponse = z.object({ results: z.array(searchResult) });
