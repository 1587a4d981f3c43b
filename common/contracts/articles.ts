import { z } from "zod";

/** Body of `POST /api/articles` and `PUT /api/articles/:id` (supervisors and administrators). */
export const articleInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
    .max(100),
  title: z.string().trim().min(3).max(200),
  publicAnswer: z.string().trim().min(1).max(20_000),
  internalNotes: z.string().trim().max(20_000).default(""),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  departmentCode: z.string().trim().max(64).nullable().default(null),
  agencyCode: z.string().trim().max(64).nullable().default(null),
  serviceCodes: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  reviewBy: z.iso.date().nullable().default(null),
  status: z.enum(["draft", "published"]).default("draft"),
  language: z.string().trim().min(2).max(10).default("en"),
});
export type ArticleInput = z.output<typeof articleInput>;

/** Body of `PUT /api/synonyms`: every group, replacing the current list. */
export const synonymsInput = z.object({
  groups: z.array(z.array(z.string().trim().toLowerCase().min(2).max(60)).min(2).max(20)).max(500),
});
